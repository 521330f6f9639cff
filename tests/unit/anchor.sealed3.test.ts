// The third sealed anchoring evaluation (docs/anchoring.md, "Third sealed set"): 79 real news texts no
// anchoring code ran on, every earlier edit kind and seven new ones never tuned on. The cases and their gold
// are pinned by this hash before anchorQuote first runs on them.
import { createHash } from "node:crypto";
import { buildCases } from "./anchor-eval/edits";
import { SEALED3_KINDS, sealed3Texts } from "./anchor-eval/sealed3";

const SEALED3_HASH = "c7be929a2e5b559afb930cb28f716dc712960296b36fbe09df3bc0deae5c3c61";

describe("third sealed anchoring evaluation (new texts, seven new edit kinds)", () => {
  it("keeps its cases, pinned before the first run", () => {
    const cases = buildCases(sealed3Texts(), SEALED3_KINDS, 8, 20261208);
    expect(createHash("sha256").update(JSON.stringify(cases)).digest("hex")).toBe(SEALED3_HASH);
    expect(cases).toHaveLength(18190);
    // Every gold span lies inside its edited page.
    for (const c of cases) if (c.expect) expect(c.expect[1]).toBeLessThanOrEqual(c.edited.length);
  });
});
