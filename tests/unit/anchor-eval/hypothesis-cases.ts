// An outside reference for anchoring (docs/anchoring.md): the situations of hypothesis/client's matchQuote
// tests (src/annotator/anchoring/test/match-quote-test.js) that name where a quote must be found, restated
// as saved selectors for anchorQuote. The texts are the two public-domain openings those tests use; the
// cases are written here from the facts of that file (quote, context, hint, expected place), not copied.
import type { SavedQuote } from "../../../src/core/anchor/types";

const squash = (s: string) => s.replace(/\s+/g, " ");

const SOLITUDE = squash(`Many years later, as he faced the firing squad,
  Colonel Aureliano Buendía was to remember that distant afternoon
  when his father took him to discover ice`);

const TWO_CITIES = squash(`It was the best of times, it was the worst of times,
  it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
  it was the epoch of incredulity, it was the season of Light, it was the
  season of Darkness, it was the spring of hope, it was the winter of despair, we had
  everything before us, we had nothing before us, we were all going direct to Heaven,
  we were all going direct the other way.`);

export interface HypothesisCase {
  name: string;
  text: string;
  quote: SavedQuote;
  /** Where Hypothesis finds it: [start, end) in text, or null when nothing may be found. */
  expect: [number, number] | null;
}

const saved = (exact: string, prefix = "", suffix = "", start: number | null = null): SavedQuote => ({
  exact,
  prefix,
  suffix,
  start,
  end: start === null ? null : start + exact.length,
});

const at = (text: string, needle: string, len = needle.length): [number, number] => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return [i, i + len];
};

/** Quote with prefix or suffix (no hint); expected: the start of `where`, the quote's length. */
const ctx = (quote: string, prefix: string, suffix: string, where: string): HypothesisCase => ({
  name: `"${quote}" with ${prefix ? `prefix "${prefix}"` : `suffix "${suffix}"`}`,
  text: TWO_CITIES,
  quote: saved(quote, prefix, suffix),
  expect: at(TWO_CITIES, where, quote.length),
});

const posA = TWO_CITIES.indexOf("everything before us") + "everything ".length;
const posB = TWO_CITIES.indexOf("nothing before us") + "nothing ".length;

export const HYPOTHESIS_CASES: HypothesisCase[] = [
  {
    name: "exact quote, nothing else",
    text: SOLITUDE,
    quote: saved("discover ice"),
    expect: at(SOLITUDE, "discover ice"),
  },
  {
    name: "approximate quote, nothing else",
    text: SOLITUDE,
    quote: saved("some years later"),
    expect: at(SOLITUDE, "Many years later"),
  },
  ctx("before us", "we had everything", "", "before us, we had nothing"),
  ctx("before us", "we had nothing", "", "before us, we were all going"),
  ctx("before us", "we had every-thing", "", "before us, we had nothing"),
  ctx("before us", "we had nout", "", "before us, we were all going"),
  ctx("we had", "", "everything", "we had everything"),
  ctx("we had", "", "nothing", "we had nothing"),
  ctx("we had", "", "ever ting", "we had everything"),
  ctx("we had", "", "nutting", "we had nothing"),
  {
    name: "misspelt quote twice on the page, hint at the first",
    text: TWO_CITIES,
    quote: saved("befor us", "", "", posA),
    expect: [posA, posA + "before us".length],
  },
  {
    name: "misspelt quote twice on the page, hint at the second",
    text: TWO_CITIES,
    quote: saved("befor us", "", "", posB),
    expect: [posB, posB + "before us".length],
  },
  {
    name: "prefix longer than the text before the quote",
    text: SOLITUDE,
    quote: saved("years later", "It used to be many"),
    expect: at(SOLITUDE, "years later"),
  },
  {
    name: "quote at the end of the text, saved suffix gone",
    text: "Some document text",
    quote: saved("text", "", "missing"),
    expect: [14, 18],
  },
  {
    name: "a whole other text is not found",
    text: TWO_CITIES,
    quote: saved(SOLITUDE),
    expect: null,
  },
];
