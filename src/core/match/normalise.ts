// Character classes and folding, shared by the alias compiler and the scanner.
//
// The scanner never builds a normalised copy of ordinary text: it reads the original string and looks
// every code unit up in these tables, so offsets stay original and there is no per-character allocation.
// Only text with combining marks gets a composed (NFC) copy plus an offset map (composeText).
import { isInvisible } from "../invisible";

/** A letter, digit or combining mark: the characters that make up a word. */
export const WORD = 1;
/** Any Unicode space, tab or line break: a run of them equals one space inside a name. */
export const SPACE = 2;
/** Soft hyphen and zero-width characters: invisible, skipped everywhere. */
export const IGNORE = 4;
/** Combining mark (also WORD). */
export const MARK = 8;
const KNOWN = 0x80;

// Filled lazily: classifying all 65,536 code units up front with Unicode regexes costs ~10 ms, and a
// page only ever uses a few hundred distinct ones.
export const CLS = new Uint8Array(65536);
/** Separators unified (hyphens → "-", apostrophes → "'", spaces → " "), case kept. */
export const UNIFY = new Uint16Array(65536);
/** UNIFY with Latin diacritics dropped ("á" → "a"), case kept: text may omit nothing an alias has. */
export const PLAIN = new Uint16Array(65536);
/** PLAIN plus a one-to-one lower-case fold. */
export const FOLD = new Uint16Array(65536);

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /[\s\p{Zs}\u2028\u2029]/u;
// Only the true hyphens join the parts of a name; en/em/figure dashes stay separators between words.
const HYPHENS = new Set([0x2010, 0x2011]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc]);

// Latin letters with marks ("á", "ė", "İ") read as their ASCII base; ß, ı, ə, ø have no base and stay.
function latinBase(c: number): number {
  if (!((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff))) return c;
  const d = String.fromCharCode(c).normalize("NFD");
  return d.length > 1 && d.charCodeAt(0) < 0x80 ? d.charCodeAt(0) : c;
}

export function classify(c: number): number {
  let k = KNOWN;
  let u = c;
  // Lone surrogate halves: astral letters are too rare in news to pay for pair decoding here, so
  // they count as separators (emoji next to a name then do not block it).
  if (c < 0x80) {
    // ASCII without regexes: most of any text, and the first build on a page is cold JIT.
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k |= WORD;
    else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      k |= SPACE;
      u = 0x20;
    }
  } else if (c < 0xd800 || c > 0xdfff) {
    const s = String.fromCharCode(c);
    // Apostrophes first: ʼ (U+02BC) is a letter to Unicode, but in "Putinʼs" it is punctuation.
    if (isInvisible(c)) k |= IGNORE;
    else if (HYPHENS.has(c)) u = 0x2d;
    else if (APOSTROPHES.has(c)) u = 0x27;
    else if (WORD_RE.test(s)) k |= MARK_RE.test(s) ? WORD | MARK : WORD;
    else if (SPACE_RE.test(s)) {
      k |= SPACE;
      u = 0x20;
    }
  }
  let plain = u;
  let f = u;
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) f = c + 0x20;
  } else if (k & WORD) {
    plain = latinBase(c);
    // Multi-unit lower cases (İ → i̇) would break the one-to-one walk; those letters keep their case.
    const lower = String.fromCharCode(plain).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : plain;
  }
  CLS[c] = k;
  UNIFY[c] = u;
  PLAIN[c] = plain;
  FOLD[c] = f;
  return k;
}

/** Class bits of a code unit (the scanner inlines this). */
export function cls(c: number): number {
  const k = CLS[c]!;
  return k !== 0 ? k : classify(c);
}

/**
 * Normalises an alias the same way the scanner reads text: NFC, invisible characters dropped, space
 * runs folded to one space and trimmed, typographic hyphens and apostrophes unified. Case is kept.
 */
export function normaliseAlias(text: string): string {
  const s = text.normalize("NFC");
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = cls(c);
    if (k & IGNORE) continue;
    if (k & SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += String.fromCharCode(UNIFY[c]!);
  }
  return out;
}

/** The key an alias is stored under in the automaton. */
export function foldKey(normalised: string): string {
  let out = "";
  for (let i = 0; i < normalised.length; i++) out += String.fromCharCode(foldOf(normalised.charCodeAt(i)));
  return out;
}

/** FOLD[c], classifying c first when no text has shown it yet: the tables fill lazily. */
function foldOf(c: number): number {
  if (CLS[c] === 0) classify(c);
  return FOLD[c]!;
}

/** A composed copy of the text, with each unit's original [start, end). */
export interface Composed {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

// Only these blocks hold marks that NFC composes with Latin, Greek or Cyrillic letters; a regex test
// for them is far cheaper than String.normalize on every text.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** A unit of the blocks above (the scanner checks the marks it meets instead of a regex pass). */
export function combining(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** Returns null when the text has no combining marks, i.e. is already as composed as our aliases. */
export function composeText(s: string): Composed | null {
  if (!COMBINING.test(s)) return null;
  const n = s.length;
  let start: Int32Array = new Int32Array(n + 8);
  let end: Int32Array = new Int32Array(n + 8);
  const parts: string[] = [];
  let len = 0;
  let copied = 0;
  const put = (from: number, to: number, count: number): void => {
    if (len + count > start.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array((len + count) * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
    }
    for (let k = 0; k < count; k++) {
      start[len] = count === to - from ? from + k : from;
      end[len] = count === to - from ? from + k + 1 : to;
      len++;
    }
  };
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && cls(s.charCodeAt(j)) & MARK) j++;
    if (j - i > 1) {
      // A base with marks: every unit of its composed form maps to the whole cluster.
      if (copied < i) {
        parts.push(s.slice(copied, i));
        put(copied, i, i - copied);
      }
      const composed = s.slice(i, j).normalize("NFC");
      parts.push(composed);
      put(i, j, composed.length);
      copied = j;
    }
    i = j;
  }
  if (copied < n) {
    parts.push(s.slice(copied));
    put(copied, n, n - copied);
  }
  return { text: parts.join(""), start, end };
}
