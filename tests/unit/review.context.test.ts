// The review page's context around a saved passage comes from the passage's own sentence and block only,
// starts and ends on whole words, and says with an ellipsis where that sentence goes on: "…der OVKS gab es
// immer Versuche", never "g der OVKS gab es", and never the image caption above the paragraph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describeQuote } from "../../src/core/anchor";
import { context } from "../../src/review/context";

const seed = readFileSync(join(__dirname, "../../assets/factbase/seed.txt"), "utf8");

test("a prefix cut in the middle of a word starts at the next word, after an ellipsis", () => {
  expect(context({ exact: "Peskow", prefix: "g der OVKS gab es immer Versuche ", suffix: "" }).before).toBe(
    "…der OVKS gab es immer Versuche ",
  );
  expect(context({ exact: "OVKS", prefix: "", suffix: " erfülle ihren Zweck, und verwies" }).after).toBe(
    " erfülle ihren Zweck, und…",
  );
});

test("a dash left alone next to the ellipsis is left out with the cut word", () => {
  expect(
    context({ exact: "in Kasachstan", prefix: "and – Unser Militärbündnis hat ", suffix: "" }).before,
  ).toBe("…Unser Militärbündnis hat ");
  expect(context({ exact: "Relevanz", prefix: "", suffix: " bewiesen, sagte er am Abend – Lö" }).after).toBe(
    " bewiesen, sagte er am Abend…",
  );
});

test("context that reaches the start or the end of the text is shown whole, without an ellipsis", () => {
  expect(context({ exact: "Die OVKS", prefix: "Moskau, 27. Nov – ", suffix: " gegründet." })).toEqual({
    before: "Moskau, 27. Nov – ",
    after: " gegründet.",
  });
});

test("a caption or paragraph in the next block is not shown: the context stops at the line break", () => {
  // As saved on the demo page: the figure's caption, then the paragraph that starts with the dateline.
  const saved = {
    exact: "Moskau",
    prefix: "enov auf Pixabay\n        \n\n        ",
    suffix: ", 27. Nov – Trotz des schwelenden",
  };
  expect(context(saved)).toEqual({ before: "", after: ", 27. Nov – Trotz des…" });
  const end = {
    exact: "Kasachstan",
    prefix: "zeigt bei der Lösung der Lage in ",
    suffix: ".“\n\n        Tokajew auf Distanz",
  };
  expect(context(end)).toEqual({ before: "…bei der Lösung der Lage in ", after: ".“" });
});

test("blocks glued without whitespace are told apart at a full stop right before a capital letter", () => {
  const glued = {
    exact: "Moskau",
    prefix: "Bild von kuanish Sarsenov auf Pixabay.",
    suffix: ", 27. Nov – Trotz des",
  };
  expect(context(glued).before).toBe("");
  const after = { exact: "Zweck", prefix: "die OVKS erfülle ihren ", suffix: ".Foto: Reuters / Some Body" };
  expect(context(after).after).toBe(".");
  // "U.S.Army" is no block edge: only a lowercase letter or digit before the stop counts.
  expect(context({ exact: "Army", prefix: "the U.S.", suffix: "" }).before).toBe("the U.S.");
});

test("the sentence before and after the passage's own is left out; dates, initials, abbreviations are no ends", () => {
  expect(
    context({ exact: "Peskow", prefix: "Das sagte er. Der Sprecher ", suffix: " sagte dies. Dann ging er" }),
  ).toEqual({ before: "Der Sprecher ", after: " sagte dies." });
  expect(context({ exact: "Putin", prefix: "Am 27. Nov. hat Wladimir W. ", suffix: "" }).before).toBe(
    "Am 27. Nov. hat Wladimir W. ",
  );
  expect(context({ exact: "Müller", prefix: "Laut Dr. ", suffix: " bzw. seiner Kollegin" }).before).toBe(
    "Laut Dr. ",
  );
  // A passage that ends its sentence has nothing after it in that sentence.
  expect(
    context({ exact: "beschwert.", prefix: "", suffix: " Der russische Präsidialamtssprecher" }).after,
  ).toBe("");
});

test("for any passage of the seed article: whole words from its own sentence and block, '…' where it goes on", () => {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  // A sentence or block edge, as a reader sees one.
  const edgeAt = (pos: number) =>
    /(^|[.!?…]["'”“»«’‘)\]]*\s*|\n\s*)$/.test(seed.slice(0, pos)) || /^(\s*\n|\s*$)/.test(seed.slice(pos));
  fc.assert(
    fc.property(fc.nat(seed.length - 2), fc.integer({ min: 1, max: 60 }), (at, length) => {
      const end = Math.min(seed.length, at + length);
      const quote = describeQuote(seed, at, end);
      const { before, after } = context(quote);
      const shownBefore = before.replace(/^…/, "");
      const shownAfter = after.replace(/…$/, "");
      // What is shown is really there, right next to the passage, in its block (seed.txt: one per line).
      const rawBefore = seed.slice(Math.max(0, at - 200), at).replace(/\s+/g, " ");
      const rawAfter = seed.slice(end, end + 200).replace(/\s+/g, " ");
      expect(rawBefore.endsWith(shownBefore)).toBe(true);
      expect(rawAfter.startsWith(shownAfter)).toBe(true);
      const from = at - shownBefore.length;
      const to = end + shownAfter.length;
      if (shownBefore) expect(seed.slice(from, at)).not.toMatch(/\n/);
      if (shownAfter) expect(seed.slice(end, to)).not.toMatch(/\n/);
      // It starts and ends on a word boundary.
      if (shownBefore) expect(isWord(seed[from - 1]) && isWord(seed[from])).toBe(false);
      if (shownAfter) expect(isWord(seed[to - 1]) && isWord(seed[to])).toBe(false);
      // No "…" means the sentence or block really starts or ends there.
      if (!before.startsWith("…")) expect(edgeAt(from)).toBe(true);
      if (!after.endsWith("…")) expect(edgeAt(to)).toBe(true);
    }),
    { numRuns: 1000 },
  );
});
