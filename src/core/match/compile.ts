// Compiling terms into the tables the scanner reads: patterns, the trie, start filters, and per alias
// whether a mention of it can involve any rule beyond case and word boundaries (then the scanner hands
// it to nest.ts; otherwise it records the mention and skips it whole: the fast path, docs/scanner.md).
import { type Automaton, buildAutomaton, walk } from "./automaton";
import { type Pattern, slowMask } from "./boundaries";
import { cls, combining, foldKey, normaliseAlias, PLAIN, WORD } from "./normalise";
import type { PrefixPlan } from "./prefix";
import type { Term } from "./types";

// The last word has one vowel group and ends in a consonant: "Kreml", "Bund", "Rhein".
const ONE_SYLLABLE = /(?:^|[\s-])[^\s\-aeiouyäöüAEIOUYÄÖÜ]*[aeiouyäöüAEIOUYÄÖÜ]+[^\s\-aeiouyäöüAEIOUYÄÖÜ]+$/u;

// Strings built by concatenation are cons strings in V8: read by the hot loops next to the page's flat
// text, they make those loops' charCodeAt sites polymorphic and noticeably slower. Flat copies avoid it.
const flat = (s: string): string => [...s].join("");

/** The capitalised and ALL CAPS forms a case-insensitive alias also matches as written (null: none). */
export function caseForms(
  exact: string,
  caseSensitive: boolean,
): { capital: string | null; upper: string | null } {
  let capital: string | null = null;
  let upper: string | null = null;
  if (!caseSensitive) {
    const first = exact.charAt(0);
    const firstUp = first.toUpperCase();
    // join() and toUpperCase() return flat strings, far more cheaply than flat(): a page makes these the
    // first time it meets a key (serial.ts), in code that is still cold (docs/scanner.md).
    if (firstUp !== first && firstUp.length === 1) capital = [firstUp, exact.slice(1)].join("");
    const up = exact.toUpperCase();
    if (up !== exact && up.length === exact.length) upper = up;
  }
  return { capital, upper };
}

/** The pattern of one alias, `exact` being its normalised text (normaliseAlias). */
export function patternFor(term: Term, exact: string): Pattern {
  const { capital, upper } = caseForms(exact, term.caseSensitive);
  const last = exact.charCodeAt(exact.length - 1);
  const p: Pattern = {
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
    exactMask: 0,
    capitalMask: 0,
    upperMask: 0,
  };
  p.exactMask = slowMask(exact, 0, exact.length, p);
  if (capital) p.capitalMask = slowMask(capital, 0, capital.length, p);
  if (upper) p.upperMask = slowMask(upper, 0, upper.length, p);
  return p;
}

export interface Compiled {
  /** Every pattern, by id; a matcher loaded from storage (serial.ts) makes them on first use instead. */
  patterns: readonly Pattern[];
  /** The pattern of one key id: what the scanner and nest.ts read. */
  pattern: (id: number) => Pattern;
  automaton: Automaton;
  /** By PLAIN first unit: 0 no alias starts so, 1 some do, 2 a one-unit alias does. */
  canStart: Uint8Array;
  /** Bit k: some alias starts at word k of this alias (superset: no case or boundary rules). */
  innerWords: Int32Array;
  /** Not 0: a mention of this alias may be recorded as found and skipped whole (see `plain` below). */
  plain: Uint8Array;
  /** Some key holds a combining mark: only then can a mention's span hold one (see index.ts). */
  marksInKeys: boolean;
  /** The scanner's automaton as stored (prefix.ts); null: the scanner builds it from the keys. */
  prefix: PrefixPlan | null;
  /** Walk results (automaton.ts), shared by the scanner and nest.ts, which goes on from its walk. */
  nodes: Int32Array;
  ends: Int32Array;
}

export function compile(terms: readonly Term[]): Compiled {
  const patterns: Pattern[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const exact = flat(normaliseAlias(term.text));
    // Walks only start at word characters, so an alias that starts otherwise could never match.
    if (exact.length === 0 || (cls(exact.charCodeAt(0)) & WORD) === 0) continue;
    // A line break separates keys in a stored matcher (serial.ts); normalised names hold none.
    if (exact.includes("\n")) continue;
    // The stored form keeps a key's length in two bytes (serial.ts); no name is that long.
    if (exact.length > 0xffff) continue;
    const id = `${term.entity}\u0000${term.caseSensitive}\u0000${term.genitive}\u0000${exact}`;
    if (seen.has(id)) continue;
    seen.add(id);
    patterns.push(patternFor(term, exact));
    keys.push(flat(foldKey(exact)));
  }
  const automaton = buildAutomaton(keys);
  const canStart = startFilter(patterns);
  const nodes = new Int32Array(automaton.maxLength + 1);
  const ends = new Int32Array(automaton.maxLength + 1);
  const innerWords = innerWordsOf(patterns, keys, automaton, nodes, ends);
  const plain = plainOf(patterns, keys, automaton, innerWords, nodes, ends);
  const marksInKeys = hasMarks(keys);
  const pattern = (id: number) => patterns[id]!;
  return {
    patterns,
    pattern,
    automaton,
    canStart,
    innerWords,
    plain,
    marksInKeys,
    prefix: null,
    nodes,
    ends,
  };
}

/** A matcher stored by serial.ts, around its stored tables: nothing is rebuilt. */
export function assemble(parts: Omit<Compiled, "nodes" | "ends">): Compiled {
  return {
    ...parts,
    nodes: new Int32Array(parts.automaton.maxLength + 1),
    ends: new Int32Array(parts.automaton.maxLength + 1),
  };
}

// FOLD keeps combining marks as they are, so a walk steps over one only if a key holds it.
function hasMarks(keys: readonly string[]): boolean {
  return keys.some((key) => {
    for (let i = 0; i < key.length; i++) if (combining(key.charCodeAt(i))) return true;
    return false;
  });
}

// Most words on a page are ordinary lower-case words; this rejects them by their first unit as written.
// (The scan's automaton reads it too, prefix.ts: a unit that cannot start a key has no start class.)
function startFilter(patterns: readonly Pattern[]): Uint8Array {
  const canStart = new Uint8Array(65536);
  for (const p of patterns) {
    for (const form of [p.exact, p.capital, p.upper]) {
      if (!form) continue;
      cls(form.charCodeAt(0));
      canStart[PLAIN[form.charCodeAt(0)]!] = 1;
    }
  }
  // One-unit keys (2): no second unit to read.
  for (const p of patterns) {
    if (p.exact.length !== 1) continue;
    for (const form of [p.exact, p.capital, p.upper]) if (form) canStart[PLAIN[form.charCodeAt(0)]!] = 2;
  }
  return canStart;
}

function innerWordsOf(
  patterns: readonly Pattern[],
  keys: readonly string[],
  automaton: Automaton,
  nodes: Int32Array,
  ends: Int32Array,
): Int32Array {
  // Entities of the keys that go on from each key prefix ("" when several do).
  const ahead = new Map<string, string>();
  keys.forEach((key, id) => {
    const e = patterns[id]!.entity;
    for (let i = 1; i <= key.length; i++) {
      const had = ahead.get(key.slice(0, i));
      ahead.set(key.slice(0, i), had === undefined || had === e ? e : "");
    }
  });
  // Whether a key of an entity other than `entity` starts where `key` does from `i`: one that is a prefix
  // of the rest, or one that the rest is a prefix of (the text may go on past it, e.g. a genitive -s).
  // (Walks read whole keys from an offset: a sliced string here would make the scanner's walk slower.)
  const other = (key: string, i: number, entity: string): boolean => {
    const e = ahead.get(key.slice(i));
    if (e !== undefined && e !== entity) return true;
    const count = walk(automaton, key, i, nodes, ends);
    for (let c = 0; c < count; c++) {
      for (let q = automaton.firstKey[nodes[c]!]!; q !== -1; q = automaton.nextKey[q]!) {
        if (patterns[q]!.entity !== entity) return true;
      }
    }
    return false;
  };
  // Word starts of text and alias correspond one to one: space runs and invisible characters do not
  // make words, so nested mentions can start only at the alias's words marked here. Names of the
  // alias's own entity never nest in it, so only other entities' keys mark a word.
  return Int32Array.from(keys, (key, id) => {
    let mask = 0;
    let word = 0;
    for (let i = 1; i < key.length; i++) {
      if ((cls(key.charCodeAt(i)) & WORD) === 0 || (cls(key.charCodeAt(i - 1)) & WORD) !== 0) continue;
      word++;
      if (other(key, i, patterns[id]!.entity)) mask |= word > 30 ? 1 << 31 : 1 << word;
    }
    return mask;
  });
}

function plainOf(
  patterns: readonly Pattern[],
  keys: readonly string[],
  automaton: Automaton,
  innerWords: Int32Array,
  nodes: Int32Array,
  ends: Int32Array,
): Uint8Array {
  // Plain (bit 1): no name inside, and no other entity's key that is a prefix of (or equal to) this
  // key, i.e. nothing else can start where it starts, and no notAfter/notBefore words. Such a mention is
  // all there is from its start to its end, whatever the text around it, unless a longer-name rule reads
  // a capitalised word after an English alias (bit 2) or before a surname (bit 4): the scanner checks
  // that there is none, else it hands the mention to nest.ts.
  return Uint8Array.from(keys, (key, id) => {
    const p = patterns[id]!;
    // Acronyms are exempt from the longer-name rules (context.ts).
    const rules = !p.acronym;
    // Their own word lists apply to acronyms too (context.ts), so those go to nest.ts.
    if (p.notAfter || p.notBefore || innerWords[id] !== 0) return 0;
    const count = walk(automaton, key, 0, nodes, ends);
    for (let c = 0; c < count; c++) {
      for (let q = automaton.firstKey[nodes[c]!]!; q !== -1; q = automaton.nextKey[q]!) {
        if (patterns[q]!.entity !== p.entity) return 0;
      }
    }
    return rules ? 1 | (p.lang === "en" ? 2 : 0) | (p.surname ? 4 : 0) : 1;
  });
}
