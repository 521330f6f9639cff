// The third sealed anchoring evaluation (docs/anchoring.md, "Third sealed set"): 79 real news texts no
// anchoring code ran on, every earlier edit kind and seven new ones never tuned on. The cases and their gold
// are pinned by this hash before anchorQuote first runs on them.
import { createHash } from "node:crypto";
import { buildCases } from "./anchor-eval/edits";
import { score } from "./anchor-eval/score";
import { SEALED3_KINDS, SEALED3_ONLY_KINDS, sealed3Texts } from "./anchor-eval/sealed3";

const SEALED3_HASH = "c7be929a2e5b559afb930cb28f716dc712960296b36fbe09df3bc0deae5c3c61";

describe("third sealed anchoring evaluation (new texts, seven new edit kinds)", () => {
  it("keeps its cases, pinned before the first run", () => {
    const cases = buildCases(sealed3Texts(), SEALED3_KINDS, 8, 20261208);
    expect(createHash("sha256").update(JSON.stringify(cases)).digest("hex")).toBe(SEALED3_HASH);
    expect(cases).toHaveLength(18190);
    // Every gold span lies inside its edited page.
    for (const c of cases) if (c.expect) expect(c.expect[1]).toBeLessThanOrEqual(c.edited.length);
  });

  it("reports missed and wrong apart (totals and kinds only: the cases stay unseen)", () => {
    const cases = buildCases(sealed3Texts(), SEALED3_KINDS, 8, 20261208);
    const { tally, byKind } = score(cases);
    const ok = tally.correct + tally.correctOrphan;
    const fresh = Object.keys(SEALED3_ONLY_KINDS);
    const sum = (k: "cases" | "missed" | "wrong") =>
      fresh.reduce((n, kind) => n + (byKind[kind]?.[k] ?? 0), 0);
    console.log(
      `sealed 3: ${ok}/${tally.cases} correct or correctly orphaned (${((100 * ok) / tally.cases).toFixed(2)} %), ` +
        `missed ${tally.missed}, wrong ${tally.wrong}, overlong ${tally.overlong}; ` +
        `new kinds: ${sum("cases")} cases, missed ${sum("missed")}, wrong ${sum("wrong")}\n` +
        Object.entries(byKind)
          .map(([k, t]) => `  ${k}: ${JSON.stringify(t)}`)
          .join("\n"),
    );
    expect(tally.cases).toBe(18190);
    // Guards at the one run's figures (docs/anchoring.md, "Third sealed set"): 657 missed, 114 wrong, every
    // wrong one of the new kind "a parenthetical inside" (a span short of the inserted words).
    expect(tally.wrong - (byKind.phraseInsertedInside?.wrong ?? 0)).toBe(0);
    expect(tally.wrong).toBeLessThanOrEqual(114);
    expect(tally.missed).toBeLessThanOrEqual(657);
  });
});
