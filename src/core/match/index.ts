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
//   `notAfter` words ("South Georgia") is not a mention. Acronyms are exempt.
// - Within a name, any run of spaces/line breaks equals one space, soft hyphens and zero-width
//   characters are ignored, ‐/‑ equal "-", ’/ʼ/‘ equal "'", and NFD text matches NFC aliases.
// - Ambiguity: when one spelling belongs to several terms, the first term (in the order given to
//   buildMatcher) whose case rules accept the text wins. Callers order terms to decide.
// - Evidence: a mention of a term with `evidence` carries it; resolveEvidence (evidence.ts) decides per
//   page whether it stays. find() itself never drops it for that.
// Offsets are UTF-16 offsets into the original string.

import { buildAutomaton, walk } from "./automaton";
import { caseMask, type Evidence, finish, type Pattern } from "./boundaries";
import { partOfLongerName } from "./context";
import {
  CLS,
  classify,
  cls,
  combining,
  composeText,
  FOLD,
  foldKey,
  IGNORE,
  MARK,
  normaliseAlias,
  PLAIN,
  SPACE,
  WORD,
} from "./normalise";

export type { Evidence } from "./boundaries";
export { resolveEvidence } from "./evidence";

export interface Term {
  text: string;
  entity: string;
  caseSensitive: boolean;
  genitive: boolean;
  /** The alias's language; the open-ended longer-name rules apply to "en" only. Default "any". */
  lang?: "de" | "en" | "ru" | "any";
  /** A person's surname on its own ("Peskov"): a given name in front makes it someone else. */
  surname?: boolean;
  /** Words that, right before the alias, make it part of another name ("South" Georgia). */
  notAfter?: readonly string[];
  /** Words that, right after the alias, make it part of another name (Minsk "Group"). */
  notBefore?: readonly string[];
  /** The alias counts only with support elsewhere on the page (resolveEvidence). */
  evidence?: Evidence;
}

/** UTF-16 offsets into the original string; end exclusive. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Present when the alias needs support on the page: pass the page's mentions to resolveEvidence. */
  evidence?: Evidence;
}

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

// The last word has one vowel group and ends in a consonant: "Kreml", "Bund", "Rhein".
const ONE_SYLLABLE = /(?:^|[\s-])[^\s\-aeiouyäöüAEIOUYÄÖÜ]*[aeiouyäöüAEIOUYÄÖÜ]+[^\s\-aeiouyäöüAEIOUYÄÖÜ]+$/u;

function hasCombining(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (cls(c) & MARK && combining(c)) return true;
  }
  return false;
}

function pairHash(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

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
    lang: term.lang ?? "any",
    surname: term.surname === true,
    acronym: exact.length > 1 && exact === exact.toUpperCase() && exact !== exact.toLowerCase(),
    notAfter: term.notAfter && term.notAfter.length > 0 ? term.notAfter : null,
    notBefore: term.notBefore && term.notBefore.length > 0 ? term.notBefore : null,
    evidence: term.evidence ?? null,
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
    for (const form of [p.exact, p.capital, p.upper]) {
      if (!form) continue;
      cls(form.charCodeAt(0));
      canStart[PLAIN[form.charCodeAt(0)]!] = 1;
    }
  }
  // The first two folded units of every key, hashed (a superset). Most capitalised words that share an
  // alias's first letter fail here, before a walk; 2 in canStart marks one-unit keys, which need no pair.
  const pairs = new Uint8Array(65536);
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id]!;
    if (key.length > 1) pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    else
      for (const form of [patterns[id]!.exact, patterns[id]!.capital, patterns[id]!.upper]) {
        if (form) canStart[PLAIN[form.charCodeAt(0)]!] = 2;
      }
  }
  const nodes = new Int32Array(automaton.maxLength + 1);
  const ends = new Int32Array(automaton.maxLength + 1);
  // A second pair for isAlias, which runs while the first pair is being read.
  const nodes2 = new Int32Array(automaton.maxLength + 1);
  const ends2 = new Int32Array(automaton.maxLength + 1);
  const { firstKey, nextKey } = automaton;

  // Whether some alias (case and boundary rules only) starts at `at` of the text being scanned.
  let scanned = "";
  const isAlias = (at: number): boolean => {
    const text = scanned;
    const count = walk(automaton, text, at, nodes2, ends2);
    for (let c = count - 1; c >= 0; c--) {
      for (let id = firstKey[nodes2[c]!]!; id !== -1; id = nextKey[id]!) {
        const p = patterns[id]!;
        const mask = caseMask(text, at, ends2[c]!, p);
        if (mask !== 0 && finish(text, ends2[c]!, p, mask) !== -1) return true;
      }
    }
    return false;
  };

  // Bit k: an alias starts at word k of this alias (superset: no case or boundary rules). Nested
  // mentions can start only there, so the scanner walks no other inner word of a mention. Word starts
  // of text and alias correspond one to one: space runs and invisible characters do not make words.
  const innerWords = Int32Array.from(keys, (key) => {
    let mask = 0;
    let word = 0;
    for (let i = 1; i < key.length; i++) {
      if ((cls(key.charCodeAt(i)) & WORD) === 0 || (cls(key.charCodeAt(i - 1)) & WORD) !== 0) continue;
      word++;
      if (walk(automaton, key, i, nodes2, ends2) > 0) mask |= word > 30 ? 1 << 31 : 1 << word;
    }
    return mask;
  });

  // Mentions that contain the current position, outermost first.
  // Nesting is at most as deep as an alias has words; depth counts the open ones.
  const openEnd = new Int32Array(64);
  const openEntity: string[] = new Array(64).fill("");
  let depth = 0;
  // Inner words of the outermost open mention: the mask, and the word start last seen in it.
  let openWords = 0;
  let openWord = 0;

  const isOpen = (entity: string): boolean => {
    for (let d = 0; d < depth; d++) if (openEntity[d] === entity) return true;
    return false;
  };

  // Records a mention unless it is part of a longer name; kept apart so that matchAt stays small.
  const accept = (
    text: string,
    start: number,
    end: number,
    id: number,
    out: Mention[],
    map: Int32Array[] | null,
  ) => {
    const p = patterns[id]!;
    if (
      (p.lang === "en" || p.surname || p.notAfter || p.notBefore) &&
      partOfLongerName(text, start, end, p, isAlias)
    ) {
      return false;
    }
    const from = map ? map[0]![start]! : start;
    const to = map ? map[1]![end - 1]! : end;
    // Two literals rather than adding a property later: no shape transition per mention.
    out.push(
      p.evidence
        ? { entity: p.entity, start: from, end: to, evidence: p.evidence }
        : { entity: p.entity, start: from, end: to },
    );
    if (depth === 0) {
      openWords = innerWords[id]!;
      openWord = 0;
    }
    if (depth < openEnd.length) {
      openEnd[depth] = end;
      openEntity[depth] = p.entity;
      depth++;
    }
    return true;
  };

  // Every mention starting at `start`: the longest acceptable one, then shorter ones of other entities.
  const matchAt = (
    text: string,
    n: number,
    start: number,
    out: Mention[],
    map: Int32Array[] | null,
  ): void => {
    while (depth > 0 && openEnd[depth - 1]! <= start) depth--;
    const count = walk(automaton, text, start, nodes, ends);
    const limit = depth > 0 ? openEnd[depth - 1]! : n;
    let taken = -1;
    for (let c = count - 1; c >= 0; c--) {
      const stop = ends[c]!;
      // Cheap rejections first: a name that would cross its container, or not be shorter than the one taken.
      if (stop > limit || (taken !== -1 && stop >= taken)) continue;
      for (let id = firstKey[nodes[c]!]!; id !== -1; id = nextKey[id]!) {
        const p = patterns[id]!;
        if (depth > 0 && isOpen(p.entity)) continue;
        const mask = caseMask(text, start, stop, p);
        if (mask === 0) continue;
        const end = finish(text, stop, p, mask);
        if (end === -1 || end > limit || (taken !== -1 && end >= taken)) continue;
        if (accept(text, start, end, id, out, map)) taken = end;
      }
    }
  };

  // Returns false, having stopped early, when uncomposed text (map null) holds a combining mark: the
  // caller then composes it and scans again. This spares a separate regex pass over every text.
  const scan = (text: string, out: Mention[], from: number, map: Int32Array[] | null): boolean => {
    // Local copies: transpiled imports are property loads on a module object, once per character.
    const classes = CLS;
    const plain = PLAIN;
    const fold = FOLD;
    const n = text.length;
    depth = 0;
    scanned = text;
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
        i++;
        continue;
      }
      inWord = true;
      if (depth > 0) {
        if (openEnd[0]! <= i) depth = 0;
        else if ((openWords & (++openWord > 30 ? 1 << 31 : 1 << openWord)) === 0) {
          i++;
          continue;
        }
      }
      const start = canStart[plain[c]!]!;
      if (start === 0) {
        i++;
        continue;
      }
      if (start === 1) {
        // What the walk's first step would read: invisible units are skipped, a space run is one " ".
        if (i + 1 >= n) break;
        const d = text.charCodeAt(i + 1);
        let kd = classes[d]!;
        if (kd === 0) kd = classify(d);
        if ((kd & IGNORE) === 0 && pairs[pairHash(fold[c]!, kd & SPACE ? 0x20 : fold[d]!)] === 0) {
          i++;
          continue;
        }
      }
      if (map === null || map[0]![i]! >= from) {
        matchAt(text, n, i, out, map);
        if (depth > 0 && openWords === 0) {
          // No name starts inside this one: go on after it, as if it were one word.
          const end = openEnd[0]!;
          if (map === null && hasCombining(text, i, end)) return false;
          i = end;
          inWord = (cls(text.charCodeAt(i - 1)) & WORD) !== 0;
          continue;
        }
      }
      i++;
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
