// The matcher: finds fact-base aliases in page text.
//
// Rules (tests/unit/match.test.ts and precision.rules.test.ts have an example of each):
// - A mention starts and ends at a Unicode word boundary (letters, digits and marks of any script
//   are word characters); hyphens, dashes, slashes, apostrophes, "#", "@", "…" are not, so
//   "Ukraine-Krieg", "#Armenien" and "Russland/Ukraine" match, "Weißrussland" and "neu" do not.
// - Leftmost-longest, and nested: inside a mention, a shorter name of a different entity is a mention
//   too ("Ukraine" in "Krieg gegen die Ukraine", "Russlands" in "Russlands Krieg gegen die Ukraine").
//   A shorter name of the same entity is not ("Putin" in "Wladimir Putin"), nor a second entity on
//   the very same span (ambiguity, below). Mentions never cross: one lies inside the other or apart.
// - Case: caseSensitive aliases match only as written. Others match as written, with the first letter
//   capitalised, or in ALL CAPS; never in lower case ("russland" in a URL is not a mention).
// - Diacritics: the text may carry Latin diacritics the alias lacks ("Pashinián" for Pashinian), never
//   lack or change one the alias has.
// - Genitive (Term.genitive): "Russlands", "PUTINS" are mentions and the span includes the -s,
//   because that word is the mention; -es only after one-syllable names ("Kremles", never
//   "Kasachstanes"). No other suffix: "russisch", "Armenier", "Russian" are not mentions.
//   English "Putin's"/"Putin’s" gives the span "Putin".
// - A closed German compound whose head is on a short list ("Kremlsprecher", "Kaukasuskonflikts")
//   gives a mention of the name part only, like "Kreml-Sprecher", unless a longer alias spells the
//   whole word (then that wins, as always). Case-sensitive aliases never do.
// - Longer names (context.ts): a surname alias after a given name ("Vassili Peskov"), an English alias
//   continued by a capitalised word ("Moscow Times", "Georgia O'Keeffe"), or after one of its
//   `notAfter` words ("South Georgia") is not a mention. Acronyms are exempt from the open-ended rules,
//   not from their own notAfter/notBefore words ("ABOUT US").
// - Within a name, any run of spaces/line breaks equals one space, soft hyphens and zero-width
//   characters are ignored, ‐/‑ equal "-", ’/ʼ/‘ equal "'", and NFD text matches NFC aliases.
// - Ambiguity: when one spelling belongs to several terms, the first term (in the order given to
//   buildMatcher) whose case rules accept the text wins. Callers order terms to decide.
// - Evidence: a mention of a term with `evidence` carries it; resolveEvidence (evidence.ts) decides per
//   page whether it stays. find() itself never drops it for that.
// Offsets are UTF-16 offsets into the original string.

import type { Mention, Term } from "./types";

export type { Mention, Term } from "./types";

import { type Compiled, compile, pairHash, tripleHash } from "./compile";
import { capitalNear } from "./context";
import { createNester } from "./nest";
import {
  CLS,
  classify,
  cls,
  combining,
  composeText,
  FOLD,
  IGNORE,
  LETTER,
  MARK,
  PLAIN,
  SPACE,
  WORD,
} from "./normalise";

export type { Evidence } from "./boundaries";

/**
 * Mentions come sorted by start, the longer first at equal start. Two mentions either do not overlap
 * or one lies inside the other (a nested name of a different entity, see the rules above).
 */
export interface Matcher {
  /**
   * @param from word starts before this offset begin no mention; the text before it is only context
   *   (windows.ts reads a little of it so that a window sees what precedes its first word).
   */
  find(text: string, from?: number): Mention[];
}

function hasCombining(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (cls(c) & MARK && combining(c)) return true;
  }
  return false;
}

/** Compiles the terms once; building for a few hundred aliases takes well under a millisecond. */
export function buildMatcher(terms: readonly Term[]): Matcher {
  return buildMatcherFrom(compile(terms));
}

/** A matcher over tables already compiled (or rebuilt from storage, see serial.ts). */
export function buildMatcherFrom(compiled: Compiled): Matcher {
  const { pattern, canStart, pairs, triples, plain: whole, marksInKeys } = compiled;
  const nester = createNester(compiled);
  const { probe, hit } = nester;

  // The hot loop, kept as small as the matcher's before issue 10 so that V8 inlines the probe: a
  // plain mention is recorded and skipped; anything else goes to the nester. Returns false, having
  // stopped early, when uncomposed text (map null) holds a combining mark: the caller then composes it
  // and scans again. This spares a separate regex pass over every text.
  const scan = (text: string, out: Mention[], from: number, map: Int32Array[] | null): boolean => {
    // Local copies: transpiled imports are property loads on a module object, once per character.
    const classes = CLS;
    const plain = PLAIN;
    const fold = FOLD;
    const n = text.length;
    let inWord = false;
    let i = 0;
    if (map === null && from > 0) {
      // Start at `from`, in a word if the unit before it (invisible ones skipped) is a word character.
      i = from;
      let j = from - 1;
      while (j >= 0 && cls(text.charCodeAt(j)) & IGNORE) j--;
      inWord = j >= 0 && (cls(text.charCodeAt(j)) & WORD) !== 0;
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      let k = classes[c]!;
      if (k === 0) k = classify(c);
      if ((k & WORD) === 0) {
        if ((k & IGNORE) === 0) inWord = false;
        i++;
        continue;
      }
      if ((k & MARK) !== 0 && map === null && combining(c)) return false;
      if (inWord) {
        // The rest of the word: letters need no other test (here and below).
        i++;
        while (i < n && classes[text.charCodeAt(i)] === LETTER) i++;
        continue;
      }
      inWord = true;
      const first = canStart[plain[c]!]!;
      let end = -1;
      if (first !== 0 && (map === null || map[0]![i]! >= from)) {
        if (first === 2) end = probe(text, i);
        else if (i + 1 < n) {
          // What the walk's first steps would read: invisible units are skipped, a space run is one " ".
          const d = text.charCodeAt(i + 1);
          let kd = classes[d]!;
          if (kd === 0) kd = classify(d);
          if (kd & IGNORE) end = probe(text, i);
          else {
            const pair = pairs[pairHash(fold[c]!, kd & SPACE ? 0x20 : fold[d]!)]!;
            if (pair === 2 || (pair === 1 && (kd & SPACE || i + 2 >= n))) end = probe(text, i);
            else if (pair === 1) {
              const e = text.charCodeAt(i + 2);
              let ke = classes[e]!;
              if (ke === 0) ke = classify(e);
              const third = ke & SPACE ? 0x20 : fold[e]!;
              if (ke & IGNORE || triples[tripleHash(pairHash(fold[c]!, fold[d]!), third)])
                end = probe(text, i);
            }
          }
        }
      }
      if (end !== -1) {
        const w = whole[hit.id]!;
        if (w !== 0 && (w === 1 || !capitalNear(text, i, end, w))) {
          const p = pattern(hit.id);
          const s = map ? map[0]![i]! : i;
          const e = map ? map[1]![end - 1]! : end;
          // Two literals rather than adding a property later: no shape transition per mention.
          out.push(
            p.evidence
              ? { entity: p.entity, start: s, end: e, evidence: p.evidence }
              : { entity: p.entity, start: s, end: e },
          );
        } else end = nester.at(text, i, out, map, end);
      }
      if (end === -1) {
        i++;
        while (i < n && classes[text.charCodeAt(i)] === LETTER) i++;
        continue;
      }
      // The loop skips the mention's units: a combining mark can be among them only if a key has one.
      if (marksInKeys && map === null && hasCombining(text, i, end)) return false;
      i = end;
      inWord = (cls(text.charCodeAt(i - 1)) & WORD) !== 0;
    }
    return true;
  };

  return {
    find(text: string, from = 0): Mention[] {
      const out: Mention[] = [];
      if (!hasCombining(text, 0, from) && scan(text, out, from, null)) return out;
      out.length = 0;
      const composed = composeText(text);
      if (composed) scan(composed.text, out, from, [composed.start, composed.end]);
      else scan(text, out, from, null);
      return out;
    },
  };
}
