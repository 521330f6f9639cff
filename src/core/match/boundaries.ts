// Everything decided after the trie has found a folded candidate: its capitalisation, and what may
// follow it (word boundary, German genitive, a known compound head).

import { cls, IGNORE, PLAIN, SPACE, UNIFY, WORD } from "./normalise";
import type { Evidence } from "./types";

/** One alias as the scanner checks it. */
export interface Pattern {
  entity: string;
  /** The alias as written (normalised, see normaliseAlias). */
  exact: string;
  /** First letter upper-cased ("von der Leyen" → "Von der Leyen"), or null. */
  capital: string | null;
  /** ALL CAPS headline form, or null (case-sensitive, already upper case, or length-changing like ß). */
  upper: string | null;
  genitive: boolean;
  /** Also "-es": only one-syllable names take it ("des Kremles"; never "Kasachstanes"). */
  genitiveEs: boolean;
  /** May be the first part of a closed German compound ("Kremlsprecher"). */
  compound: boolean;
  /** The alias ends in a word character, so the text must not continue the word. */
  endsInWord: boolean;
  /** Context rules for longer names (context.ts). */
  lang: string;
  surname: boolean;
  acronym: boolean;
  notAfter: readonly string[] | null;
  notBefore: readonly string[] | null;
  evidence: Evidence | null;
  /** caseMask of a span that spells `exact` (`capital`, `upper`) unit for unit: the common case. */
  exactMask: number;
  capitalMask: number;
  upperMask: number;
}

export const EXACT = 1;
export const CAPITAL = 2;
export const UPPER = 4;

/**
 * Which case forms of `p` the text span [start, end) spells. The trie already matched it case-folded,
 * so the span has exactly as many visible units as the alias, with space runs for its spaces.
 */
export function caseMask(text: string, start: number, end: number, p: Pattern): number {
  const { exact, capital, upper } = p;
  // Most names are written as the alias or capitalised: a plain comparison decides, and the mask
  // depends on the span's units only, so the one computed for the alias itself holds.
  if (end - start === exact.length) {
    if (spells(text, start, exact)) return p.exactMask;
    if (capital !== null && spells(text, start, capital)) return p.capitalMask;
    if (upper !== null && spells(text, start, upper)) return p.upperMask;
  }
  return slowMask(text, start, end, p);
}

function spells(text: string, start: number, form: string): boolean {
  for (let j = 0; j < form.length; j++) if (text.charCodeAt(start + j) !== form.charCodeAt(j)) return false;
  return true;
}

/** caseMask unit by unit, for spans with space runs, invisible units or diacritics. */
export function slowMask(text: string, start: number, end: number, p: Pattern): number {
  const { exact, capital, upper } = p;
  let mask = EXACT | (capital ? CAPITAL : 0) | (upper ? UPPER : 0);
  let j = 0;
  for (let i = start; i < end && mask !== 0; i++) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    if (k & IGNORE) continue;
    if (k & SPACE) {
      while (i + 1 < end && cls(text.charCodeAt(i + 1)) & (SPACE | IGNORE)) i++;
      j++;
      continue;
    }
    // The text may add a diacritic the alias lacks ("Pashinián"), never drop or change one.
    const u = UNIFY[c]!;
    const p = PLAIN[c]!;
    const e = exact.charCodeAt(j);
    if (u !== e && p !== e) mask &= ~EXACT;
    if (capital && u !== capital.charCodeAt(j) && p !== capital.charCodeAt(j)) mask &= ~CAPITAL;
    if (upper && u !== upper.charCodeAt(j) && p !== upper.charCodeAt(j)) mask &= ~UPPER;
    j++;
  }
  return mask;
}

function skipIgnorable(text: string, i: number): number {
  while (i < text.length && cls(text.charCodeAt(i)) & IGNORE) i++;
  return i;
}

function wordAt(text: string, i: number): boolean {
  return i < text.length && (cls(text.charCodeAt(i)) & WORD) !== 0;
}

// Heads of German compounds that news writes with a name in front of them ("Kremlsprecher",
// "Kaukasuskonflikt"). A fixed list keeps this precise: "Natoli" or "Europa" never qualify, because
// "li" and "pa" are not heads. The mention then covers the name only, as for "Kreml-Sprecher".
const HEADS = (
  "abkommen angriff anhänger armee außenminister außenministerin beitritt besuch botschaft " +
  "botschafter bündnis chef chefin experte expertin führung gebiet gegner gipfel grenze " +
  "invasion konflikt krieg kritik kritiker medien militär minister ministerin mission " +
  "offensive partei politik präsident präsidentin propaganda regierung reise sanktion " +
  "sprecher sprecherin truppe vertrag wahl"
).split(" ");
const ENDINGS = ["", "s", "es", "e", "en", "n", "er", "ern", "nen"];
const COMPOUND_TAILS = new Set(HEADS.flatMap((h) => ENDINGS.map((e) => h + e)));
const MAX_TAIL = 24;

function compoundTail(text: string, i: number): boolean {
  let tail = "";
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    i++;
    if (k & IGNORE) continue;
    if ((k & WORD) === 0) break;
    // Heads are lower case: a capital inside ("KremlSprecher") is not German compounding.
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase() || tail.length >= MAX_TAIL) return false;
    tail += ch;
  }
  return COMPOUND_TAILS.has(tail);
}

/**
 * Where a candidate that ends at `end` really ends, or -1 if the word goes on. A genitive -s/-es is
 * part of the mention ("Russlands", "Kremles"); a following "'s" or a compound head is not.
 */
export function finish(text: string, end: number, p: Pattern, mask: number): number {
  if (!p.endsInWord) return end;
  const next = skipIgnorable(text, end);
  return wordAt(text, next) ? goesOn(text, end, next, p, mask) : end;
}

// The text continues the word after the alias: a genitive or a compound head may still end it. Apart
// from finish() so that finish, which runs for every candidate, stays small enough to inline.
function goesOn(text: string, end: number, next: number, p: Pattern, mask: number): number {
  if (p.genitive) {
    // The suffix takes the case of the name: "Putins", "PUTINS", never "PUTINs".
    const lowerForm = (mask & (EXACT | CAPITAL)) !== 0;
    const upperForm = (mask & UPPER) !== 0;
    const c = text.charCodeAt(next);
    const isS = (lowerForm && c === 0x73) || (upperForm && c === 0x53);
    const isE = (lowerForm && c === 0x65) || (upperForm && c === 0x45);
    if (isS) {
      const after = skipIgnorable(text, next + 1);
      if (!wordAt(text, after)) return next + 1;
    } else if (isE && p.genitiveEs) {
      const s = skipIgnorable(text, next + 1);
      const d = text.charCodeAt(s);
      if ((lowerForm && d === 0x73) || (upperForm && d === 0x53)) {
        if (!wordAt(text, skipIgnorable(text, s + 1))) return s + 1;
      }
    }
  }
  if (p.compound && (mask & (EXACT | CAPITAL)) !== 0 && compoundTail(text, next)) return end;
  return -1;
}
