// The frozen anchoring evaluation (docs/anchoring.md, "Frozen set"): edit kinds never tuned on (typo fixed,
// punctuation, renderer whitespace, sentence split, partial deletion, boilerplate copies, a republished
// version) on 30 real news excerpts never used for anchoring. Gold and cases were committed before the first
// run and are pinned by hash: a change to a generator or a text fails here instead of moving the figures.
import { createHash } from "node:crypto";
import { buildCases } from "./anchor-eval/edits";
import { FRESH_KINDS, freshTexts } from "./anchor-eval/fresh-kinds";
import { score } from "./anchor-eval/score";

const FROZEN_HASH = "b056a306c3834b21c7ef825764941fd44cbce6a24603737d991c98fbf57930f9";

describe("frozen anchoring evaluation (edit kinds and texts never tuned on)", () => {
  it("keeps its cases and reports missed and wrong apart", () => {
    const cases = buildCases(freshTexts(), FRESH_KINDS, 8, 2026);
    expect(createHash("sha256").update(JSON.stringify(cases)).digest("hex")).toBe(FROZEN_HASH);
    // Totals and kinds only: the per-case failures of a sealed set stay unseen, so nobody tunes on them.
    const { tally, byKind } = score(cases);
    const ok = tally.correct + tally.correctOrphan;
    console.log(
      `frozen: ${ok}/${tally.cases} correct or correctly orphaned (${((100 * ok) / tally.cases).toFixed(2)} %), ` +
        `missed ${tally.missed}, wrong ${tally.wrong}, overlong ${tally.overlong}\n` +
        Object.entries(byKind)
          .map(([k, t]) => `  ${k}: ${JSON.stringify(t)}`)
          .join("\n"),
    );
    expect(tally.cases).toBe(1496);
    // Guards at the figures of the re-run after the partial-deletion rules (docs/anchoring.md, "Frozen set"):
    // its per-case errors were never looked at, so these only catch a change that makes it worse.
    expect(tally.wrong).toBe(0);
    // 27 before the saved occurrence count (docs/anchoring.md, "Copies that were there when saved"): one
    // boilerplate copy present when saved now needs context.
    expect(tally.missed).toBeLessThanOrEqual(28);
  });
});
