// Fuzz (issue 13): the matcher over the real fact base, fed hostile Unicode — astral characters, combining
// marks, lone surrogates, bidi controls, very long words — mixed with real aliases. It must never throw,
// and its mentions must be valid spans: inside the text, not splitting a surrogate pair, sorted, nested
// or disjoint. Seeded; FC_SEED=<n> replays another run.
import fc from "fast-check";
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher, type Mention } from "../../src/core/match";
import { WindowedFind } from "../../src/core/match/windows";

const SEED = Number(process.env.FC_SEED ?? 13_2026);
fc.configureGlobal({ seed: SEED });

const terms = matchTerms(buildFactbaseFromDisk());
const matcher = buildMatcher(terms);
const aliases = [...new Set(terms.map((t) => t.text))];

const char = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c));
const BIDI = [
  "\u200e",
  "\u200f",
  "\u061c",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

/** One piece of text; the pieces are glued with no separator, so they also end up inside each other's words. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...aliases) },
  // An alias as pages bend it: genitive, capitals, decomposed accents, a suffix.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...aliases), fc.constantFrom("", "s", "'s", "’s", "es", "-Krieg", "\u0301"))
      .chain(([a, tail]) =>
        fc.constantFrom(a + tail, a.toUpperCase() + tail, a.normalize("NFD") + tail, a.toLowerCase()),
      ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      " ",
      "  ",
      "\n",
      "\u00a0",
      ", ",
      ". ",
      "-",
      "/",
      "#",
      "(",
      ")",
      "\u00ad",
      "\u200b",
    ),
  },
  { weight: 2, arbitrary: char(0x10000, 0x10ffff) }, // astral: emoji, historic scripts, unassigned
  { weight: 2, arbitrary: fc.constantFrom("😀", "𝐎𝐕𝐊𝐒", "𠀋", "👩‍👩‍👧", "🇦🇲") },
  { weight: 2, arbitrary: char(0x300, 0x36f) }, // combining diacritics
  { weight: 1, arbitrary: fc.constantFrom("\u0591", "\u05b0", "\u064b", "\u0670", "\u20dd", "\ufe0f") },
  { weight: 2, arbitrary: char(0xd800, 0xdfff) }, // a lone surrogate
  { weight: 2, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom("قال", "עם", "Москва", "Ελλάδα", "東京", "ﬁ", "İ", "ß", "ǅ") },
  // A very long word, sometimes of letters an alias starts with.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("a", "O", "Ka", "ü", "\u0301", "𝐀"), fc.integer({ min: 200, max: 5000 }))
      .map(([s, n]) => s.repeat(n)),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset `i` lies between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number) =>
  i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

/** The reason `mentions` are not valid spans of `s`, or null. */
function problem(s: string, mentions: readonly Mention[]): string | null {
  const open: Mention[] = [];
  let prev: Mention | null = null;
  for (const m of mentions) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end))
      return `non-integer offsets ${m.start}-${m.end}`;
    if (m.start < 0 || m.end > s.length || m.end <= m.start)
      return `span ${m.start}-${m.end} outside 0-${s.length}`;
    if (splitsPair(s, m.start) || splitsPair(s, m.end))
      return `span ${m.start}-${m.end} splits a surrogate pair`;
    if (prev && (m.start < prev.start || (m.start === prev.start && m.end > prev.end)))
      return `not sorted: ${prev.start}-${prev.end} before ${m.start}-${m.end}`;
    // The spans that contain this start must contain the whole span: nested or disjoint, never crossing.
    while (open.length > 0 && open[open.length - 1]!.end <= m.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && m.end > outer.end) return `${outer.start}-${outer.end} and ${m.start}-${m.end} cross`;
    open.push(m);
    prev = m;
  }
  return null;
}

describe(`matcher fuzz (seed ${SEED})`, () => {
  test("the checker itself rejects bad spans", () => {
    const s = "a😀b OVKS";
    expect(problem(s, [{ entity: "x", start: 2, end: 4 }])).toMatch(/surrogate/);
    expect(problem(s, [{ entity: "x", start: 5, end: 10 }])).toMatch(/outside/);
    expect(
      problem(s, [
        { entity: "x", start: 0, end: 3 },
        { entity: "y", start: 1, end: 5 },
      ]),
    ).toMatch(/cross/);
    expect(
      problem(s, [
        { entity: "x", start: 5, end: 9 },
        { entity: "y", start: 0, end: 1 },
      ]),
    ).toMatch(/sorted/);
    expect(problem(s, matcher.find(s))).toBeNull();
    expect(matcher.find(s).length).toBe(1);
  });

  test("random Unicode with real aliases: no throw, every mention a valid span", () => {
    let found = 0;
    fc.assert(
      fc.property(text, (s) => {
        const mentions = matcher.find(s);
        found += mentions.length;
        expect(problem(s, mentions)).toBeNull();
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the interesting part: text in which names are found.
    expect(found).toBeGreaterThan(1000);
  });

  test("the same holds from any start offset, and for the windowed matcher of very long texts", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 400 }), (s, rawFrom, size) => {
        const from = rawFrom % (s.length + 1);
        const later = matcher.find(s, from);
        expect(problem(s, later)).toBeNull();
        for (const m of later) expect(m.start).toBeGreaterThanOrEqual(from);
        const windows = new WindowedFind(matcher, s, size);
        while (!windows.step()) {
          // every window is one slice of work
        }
        expect(problem(s, windows.mentions)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  test("a mention is never blank and starts on a letter or digit", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const m of matcher.find(s)) {
          const span = s.slice(m.start, m.end);
          expect(span.trim()).not.toBe("");
          expect(/^[\p{L}\p{N}]/u.test(span)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
