// The matcher: finds fact-base aliases in page text.
//
// Rules (tests/unit/match.test.ts has an example of each):
// - A mention starts and ends at a Unicode word boundary (letters, digits and marks of any script
//   are word characters); hyphens, dashes, slashes, apostrophes, "#", "@", "…" are not, so
//   "Ukraine-Krieg", "#Armenien" and "Russland/Ukraine" match, "Weißrussland" and "neu" do not.
// - Leftmost-longest, non-overlapping: "Wladimir Putin" is one mention, never also "Putin".
// - Case: caseSensitive aliases match only as written. Others match as written, with the first letter
//   capitalised, or in ALL CAPS; never in lower case ("russland" in a URL is not a mention).
// - Genitive (Term.genitive): "Russlands", "PUTINS" are mentions and the span includes the -s,
//   because that word is the mention; -es only after one-syllable names ("Kremles", never
//   "Kasachstanes"). No other suffix: "russisch", "Armenier", "Russian" are not mentions.
//   English "Putin's"/"Putin’s" gives the span "Putin".
// - A closed German compound whose head is on a short list ("Kremlsprecher", "Kaukasuskonflikts")
//   gives a mention of the name part only, like "Kreml-Sprecher", unless a longer alias spells the
//   whole word (then that wins, as always). Case-sensitive aliases never do.
// - Within a name, any run of spaces/line breaks equals one space, soft hyphens and zero-width
//   characters are ignored, ‐/‑ equal "-", ’/ʼ/‘ equal "'", and NFD text matches NFC aliases.
// - Ambiguity: when one spelling belongs to several terms, the first term (in the order given to
//   buildMatcher) whose case rules accept the text wins. Callers order terms to decide.
// Offsets are UTF-16 offsets into the original string.

import { buildAutomaton, walk } from "./automaton";
import { caseMask, finish, type Pattern } from "./boundaries";
import { CLS, classify, cls, composeText, foldKey, IGNORE, normaliseAlias, UNIFY, WORD } from "./normalise";

export interface Term {
  text: string;
  entity: string;
  caseSensitive: boolean;
  genitive: boolean;
}

/** UTF-16 offsets into the original string; end exclusive. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

/** Mentions come sorted by start and never overlap. */
export interface Matcher {
  find(text: string): Mention[];
}

// The last word has one vowel group and ends in a consonant: "Kreml", "Bund", "Rhein".
const ONE_SYLLABLE = /(?:^|[\s-])[^\s\-aeiouyäöüAEIOUYÄÖÜ]*[aeiouyäöüAEIOUYÄÖÜ]+[^\s\-aeiouyäöüAEIOUYÄÖÜ]+$/u;

function patternFor(term: Term, exact: string): Pattern {
  let capital: string | null = null;
  let upper: string | null = null;
  if (!term.caseSensitive) {
    const first = exact.charAt(0);
    const firstUp = first.toUpperCase();
    if (firstUp !== first && firstUp.length === 1) capital = firstUp + exact.slice(1);
    const up = exact.toUpperCase();
    if (up !== exact && up.length === exact.length) upper = up;
  }
  const last = exact.charCodeAt(exact.length - 1);
  return {
    entity: term.entity,
    exact,
    capital,
    upper,
    genitive: term.genitive,
    genitiveEs: term.genitive && ONE_SYLLABLE.test(exact),
    compound: !term.caseSensitive,
    endsInWord: (cls(last) & WORD) !== 0,
  };
}

/** Compiles the terms once; building for a few hundred aliases takes well under a millisecond. */
export function buildMatcher(terms: readonly Term[]): Matcher {
  const patterns: Pattern[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const exact = normaliseAlias(term.text);
    // Walks only start at word characters, so an alias that starts otherwise could never match.
    if (exact.length === 0 || (cls(exact.charCodeAt(0)) & WORD) === 0) continue;
    const id = `${term.entity}\u0000${term.caseSensitive}\u0000${term.genitive}\u0000${exact}`;
    if (seen.has(id)) continue;
    seen.add(id);
    patterns.push(patternFor(term, exact));
    keys.push(foldKey(exact));
  }
  const automaton = buildAutomaton(keys);
  // Most words on a page are ordinary lower-case words; this rejects them without touching the trie.
  const canStart = new Uint8Array(65536);
  for (const p of patterns) {
    for (const form of [p.exact, p.capital, p.upper]) if (form) canStart[form.charCodeAt(0)] = 1;
  }
  const nodes = new Int32Array(automaton.maxLength + 1);
  const ends = new Int32Array(automaton.maxLength + 1);
  const { firstKey, nextKey } = automaton;
  let found = -1;

  // The end of the longest acceptable mention starting at `start`, or -1; sets `found` to its pattern.
  const matchAt = (text: string, start: number): number => {
    const count = walk(automaton, text, start, nodes, ends);
    for (let c = count - 1; c >= 0; c--) {
      for (let id = firstKey[nodes[c]!]!; id !== -1; id = nextKey[id]!) {
        const p = patterns[id]!;
        const mask = caseMask(text, start, ends[c]!, p);
        if (mask === 0) continue;
        const end = finish(text, ends[c]!, p, mask);
        if (end !== -1) {
          found = id;
          return end;
        }
      }
    }
    return -1;
  };

  const scan = (text: string, out: Mention[], start?: Int32Array, end?: Int32Array): void => {
    // Local copies: transpiled imports are property loads on a module object, once per character.
    const classes = CLS;
    const unify = UNIFY;
    const n = text.length;
    let inWord = false;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let k = classes[c]!;
      if (k === 0) k = classify(c);
      if ((k & WORD) === 0) {
        if ((k & IGNORE) === 0) inWord = false;
        i++;
        continue;
      }
      if (inWord || canStart[unify[c]!] === 0) {
        inWord = true;
        i++;
        continue;
      }
      inWord = true;
      const stop = matchAt(text, i);
      if (stop === -1) {
        i++;
        continue;
      }
      out.push({
        entity: patterns[found]!.entity,
        start: start ? start[i]! : i,
        end: end ? end[stop - 1]! : stop,
      });
      inWord = (CLS[text.charCodeAt(stop - 1)]! & WORD) !== 0;
      i = stop;
    }
  };

  return {
    find(text: string): Mention[] {
      const out: Mention[] = [];
      const composed = composeText(text);
      if (composed) scan(composed.text, out, composed.start, composed.end);
      else scan(text, out);
      return out;
    },
  };
}
