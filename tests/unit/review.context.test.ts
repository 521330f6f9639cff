// The review page's context around a saved passage starts and ends on whole words, and says with an
// ellipsis where the page's text goes on: "…der OVKS gab es immer Versuche", never "g der OVKS gab es".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describeQuote } from "../../src/core/anchor";
import { context } from "../../src/review/model";

const seed = readFileSync(join(__dirname, "../../assets/factbase/seed.txt"), "utf8");

test("a prefix cut in the middle of a word starts at the next word, after an ellipsis", () => {
  expect(context({ prefix: "g der OVKS gab es immer Versuche ", suffix: "" }).before).toBe(
    "…der OVKS gab es immer Versuche ",
  );
  expect(context({ prefix: "", suffix: " erfülle ihren Zweck, und verwies" }).after).toBe(
    " erfülle ihren Zweck, und…",
  );
});

test("context that reaches the start or the end of the text is shown whole, without an ellipsis", () => {
  expect(context({ prefix: "Moskau, 27. Nov – ", suffix: " gegründet." })).toEqual({
    before: "Moskau, 27. Nov – ",
    after: " gegründet.",
  });
});

test("for any passage of the seed article: whole words, and an ellipsis exactly where text goes on", () => {
  const text = seed.replace(/\s+/g, " ");
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  fc.assert(
    fc.property(fc.nat(text.length - 2), fc.integer({ min: 1, max: 60 }), (at, length) => {
      const end = Math.min(text.length, at + length);
      const quote = describeQuote(text, at, end);
      const { before, after } = context(quote);
      const shownBefore = before.replace(/^…/, "");
      const shownAfter = after.replace(/…$/, "");
      // What is shown is really there, right next to the passage.
      expect(text.slice(0, at).endsWith(shownBefore)).toBe(true);
      expect(text.slice(end).startsWith(shownAfter)).toBe(true);
      const from = at - shownBefore.length;
      const to = end + shownAfter.length;
      // It starts and ends on a word boundary.
      if (shownBefore) expect(isWord(text[from - 1]) && isWord(text[from])).toBe(false);
      if (shownAfter) expect(isWord(text[to - 1]) && isWord(text[to])).toBe(false);
      // The ellipsis says exactly whether the text goes on.
      expect(before.startsWith("…")).toBe(from > 0);
      expect(after.endsWith("…")).toBe(to < text.length);
    }),
    { numRuns: 500 },
  );
});
