// The frozen set's edit kinds (typo fixed, punctuation, whitespace, sentence split, partial deletion,
// boilerplate copies, republished) run on dev texts only: the 16 anchoring dev texts and the discovery dev
// pages (tests/fixtures/discover/*-dev-*). The rules for partial deletion, corrected spellings and copies
// inserted after a passage were tuned here (docs/anchoring.md), never on the frozen or sealed sets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCases } from "./anchor-eval/edits";
import { FRESH_KINDS } from "./anchor-eval/fresh-kinds";
import { devTexts, score } from "./anchor-eval/score";

function discoveryDevTexts() {
  const dir = join(process.cwd(), "tests/fixtures/discover");
  return readdirSync(dir)
    .filter((f) => /^(de|en)-dev-/.test(f))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      text: JSON.parse(readFileSync(join(dir, f), "utf8")).text as string,
    }))
    .filter((t) => typeof t.text === "string" && t.text.length > 0);
}

function report(name: string, cases: ReturnType<typeof buildCases>) {
  const { tally, byKind, failures } = score(cases);
  const ok = tally.correct + tally.correctOrphan;
  console.log(
    `${name}: ${ok}/${tally.cases} (${((100 * ok) / tally.cases).toFixed(2)} %), missed ${tally.missed}, wrong ${tally.wrong}\n` +
      Object.entries(byKind)
        .map(([k, t]) => `  ${k}: ${JSON.stringify(t)}`)
        .join("\n") +
      (failures.length ? `\n  ${failures.slice(0, 60).join("\n  ")}` : ""),
  );
  return tally;
}

describe("dev: the frozen set's edit kinds on dev texts", () => {
  it("on the 16 anchoring dev texts", () => {
    const t = report("dev texts, fresh kinds", buildCases(devTexts(), FRESH_KINDS, 8, 77));
    expect(t.cases).toBe(811);
    expect(t.wrong).toBe(0);
    // Measured 23 missed (docs/anchoring.md); was 67 before the partial-deletion and typo rules.
    expect(t.missed).toBeLessThanOrEqual(25);
  });
  it("on the discovery dev pages", () => {
    const t = report("discovery dev pages, fresh kinds", buildCases(discoveryDevTexts(), FRESH_KINDS, 8, 78));
    expect(t.cases).toBe(2326);
    expect(t.wrong).toBe(0);
    // Measured 58 missed, 0 wrong; was 187 missed and 7 wrong.
    expect(t.missed).toBeLessThanOrEqual(62);
  });
});
