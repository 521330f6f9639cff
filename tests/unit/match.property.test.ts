import fc from "fast-check";
import { buildMatcher, type Mention } from "../../src/core/match";
import { WindowedFind } from "../../src/core/match/windows";
import { FIXTURE_TERMS } from "./match.fixture";

const matcher = buildMatcher(FIXTURE_TERMS);

// Names, their inflections and parts, and every kind of separator the matcher treats specially.
const TOKENS = [
  "Russland",
  "Russlands",
  "Weiß",
  "russland",
  "RUSSLAND",
  "Putin",
  "Wladimir",
  "PUTIN",
  "Kreml",
  "EU",
  "neu",
  "Nato",
  "li",
  "OVKS",
  "Berg",
  "Karabach",
  "Organisation des Vertrags",
  "über kollektive Sicherheit",
  "Zu\u0308rich",
  "Pashinia\u0301n",
  "\u0301",
  "u",
  "s",
  "es",
  "'s",
  "sprecher",
  "konflikt",
  "Kaukasus",
  "x",
  "ü",
  " ",
  " ",
  "  ",
  "\n",
  "\r\n",
  "\u00a0",
  "\t",
  "\u00ad",
  "\u200b",
  "\ufeff",
  "-",
  "\u2011",
  "’",
  "–",
  "#",
  "/",
  "…",
  "@",
  ".",
  "Georgia",
  "Dmitri Peskow",
];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(""));

const IGNORABLE = new Set(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = /\u02bc/;

function isWordAt(s: string, i: number, dir: -1 | 1): boolean {
  while (i >= 0 && i < s.length && IGNORABLE.has(s[i]!)) i += dir;
  const ch = s[i];
  return ch !== undefined && WORDISH.test(ch) && !APOSTROPHE.test(ch);
}

/** A cut that does not split a word: a boundary the page itself could have (e.g. between text nodes). */
function betweenWords(s: string, at: number): boolean {
  return !(isWordAt(s, at - 1, -1) && isWordAt(s, at, 1));
}

function inPieces(s: string, cuts: number[]): Mention[] {
  const points = [0, ...cuts, s.length];
  return points.slice(1).flatMap((end, i) => {
    const start = points[i]!;
    return matcher
      .find(s.slice(start, end))
      .map((m) => ({ entity: m.entity, start: m.start + start, end: m.end + start }));
  });
}

const cutsFor = (s: string, raw: number[]): number[] =>
  [...new Set(raw.map((r) => r % (s.length + 1)))].sort((a, b) => a - b);

describe("matcher properties", () => {
  test("mentions lie within the text, are sorted and never overlap", () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const m of matcher.find(s)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("text cut between words outside mentions gives exactly the whole text's mentions", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (s, raw) => {
        const whole = matcher.find(s);
        const cuts = cutsFor(s, raw).filter(
          (at) => betweenWords(s, at) && !whole.some((m) => m.start < at && at < m.end),
        );
        expect(inPieces(s, cuts)).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  test("text cut anywhere between words finds nothing the whole text does not (up to overlap)", () => {
    // A cut inside a multi-word name ("Wladimir | Putin") may reveal a shorter name; it must still lie
    // on a mention of the whole text. (A cut inside a word is not a boundary the page has: "Weiß|russland"
    // would rightly give "russland" to the piece, so such cuts are excluded.)
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (s, raw) => {
        const whole = matcher.find(s);
        const cuts = cutsFor(s, raw).filter((at) => betweenWords(s, at));
        for (const p of inPieces(s, cuts)) {
          const same = whole.some((m) => m.start === p.start && m.end === p.end && m.entity === p.entity);
          const overlapping = whole.some((m) => m.start < p.end && p.start < m.end);
          expect(same || overlapping).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("matching does not depend on unrelated text before or after", () => {
    fc.assert(
      fc.property(text, (s) => {
        const shifted = matcher.find(`. ${s} .`).map((m) => ({ ...m, start: m.start - 2, end: m.end - 2 }));
        expect(shifted).toEqual(matcher.find(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("windowed matching of a very long text", () => {
  const words = [
    "Wladimir Putin",
    "Putin",
    "Russlands",
    "OVKS-Truppen",
    "EU",
    "Weißrussland",
    "Berg-Karabach",
    "Kassym-Schomart Tokajew",
    "und",
    "die",
    "neu",
    "Ex-Sowjetrepubliken",
    "Kremlsprecher",
    "—",
    "Nato",
  ];

  test("finds exactly what one pass over the whole text finds, for any window size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 300 }),
        fc.array(fc.constantFrom(" ", "\n", "  ", "\u00a0"), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 200 }),
        (parts, gaps, size) => {
          const text = parts.map((p, i) => p + gaps[i % gaps.length]).join("");
          const finder = new WindowedFind(matcher, text, size);
          let steps = 0;
          while (!finder.step()) steps++;
          expect(finder.mentions).toEqual(matcher.find(text));
          expect(steps).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
