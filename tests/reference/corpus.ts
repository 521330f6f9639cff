// The identity corpus: texts on which the shipped matcher must find exactly what the reference matcher
// (tests/reference/match, the word-by-word scan before docs/scanner.md) finds. Real excerpts, the demo
// pages (as HTML and as text), the seed article, generated news, and fuzzed mixes of every alias with
// suffixes, capitals, separators, invisible units and combining marks; each from offset 0 and from two
// other offsets. With 40,000 fuzzed texts per term set that is 80,186 texts (bench/identity.ts); the unit
// test runs fewer fuzzed ones.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { newsText, rng } from "../../bench/match";
import { newsPage } from "../../scripts/newsgen";
import type { Term } from "../../src/core/match";

// Run from the repository root (jest and npm run bench both are).
const ROOT = process.cwd();

// Pieces that exercise every rule: aliases in all cases and with suffixes, given names, role and
// capitalised words, separators of every kind, invisible units, diacritics and combining marks.
export function fuzzPieces(terms: readonly Term[]): string[] {
  const aliases = [...new Set(terms.map((t) => t.text))];
  const pieces: string[] = [];
  for (const a of aliases) {
    pieces.push(
      a,
      a.toUpperCase(),
      a.toLowerCase(),
      `${a}s`,
      `${a}es`,
      `${a}-Krieg`,
      `${a}sprecher`,
      `${a}'s`,
    );
    const words = a.split(" ");
    if (words.length > 1) pieces.push(...words);
  }
  pieces.push(
    ..."Vassili Nikolai Georgia O'Keeffe Times Group South Republic President the The and in der die Krieg gegen Ukraine Moscow Minsk Kremlchef sagte Montag Regierung Präsident Sprecher Héllo Pashinián Ërdogan".split(
      " ",
    ),
  );
  return pieces;
}
const SEPARATORS = [
  " ",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  ". ",
  ", ",
  "-",
  "/",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "’",
  "'",
  ": ",
  "\n\n",
  "(",
  ")",
  "\u0301",
  "e\u0301",
  "…",
  "#",
];

export function fuzzText(pieces: readonly string[], r: (n: number) => number): string {
  const parts: string[] = [];
  const count = 1 + r(14);
  for (let w = 0; w < count; w++) {
    let piece = pieces[r(pieces.length)]!;
    const cut = r(12);
    if (cut === 0) piece = piece.slice(0, r(piece.length + 1));
    else if (cut === 1) piece = piece.slice(r(piece.length + 1));
    else if (cut === 2) piece = piece.normalize("NFD");
    parts.push(piece, SEPARATORS[r(SEPARATORS.length)]!);
  }
  return parts.join("");
}

/** The fixed texts: real excerpts, demo pages, the seed, generated pages and synthetic news. */
export function fixedTexts(terms: readonly Term[]): string[] {
  const dir = join(ROOT, "tests/fixtures/realtext");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  for (const page of ["de", "en", "hostile", "index"]) {
    const html = readFileSync(join(ROOT, `assets/demo/${page}.html`), "utf8");
    texts.push(html, html.replace(/<[^>]+>/g, " "));
  }
  texts.push(readFileSync(join(ROOT, "assets/factbase/seed.txt"), "utf8"));
  for (let seed = 1; seed <= 5; seed++)
    texts.push(newsPage({ textBytes: 60_000, seed }).html.replace(/<[^>]+>/g, "\n"));
  texts.push(newsText(terms, 300_000, 3));
  return texts;
}

/** Every [text, from] of the corpus for one term set: fixed texts from three offsets, then fuzzed ones. */
export function* identityCorpus(
  terms: readonly Term[],
  texts: readonly string[],
  fuzzed: number,
): Generator<[string, number]> {
  const r = rng(99);
  for (const t of texts) {
    for (const from of [0, r(t.length + 1), r(Math.min(t.length, 200) + 1)]) yield [t, from];
  }
  const pieces = fuzzPieces(terms);
  for (let k = 0; k < fuzzed; k++) {
    const t = fuzzText(pieces, r);
    yield [t, r(3) === 0 ? r(t.length + 1) : 0];
  }
}
