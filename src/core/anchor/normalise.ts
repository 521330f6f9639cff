// Whitespace-insensitive view of the page text. Re-indented markup and text nodes that are split or joined
// differently change only whitespace runs ("\n    " for " "), so every run becomes one space and invisible
// format characters (soft hyphen, zero-width space/joiners, BOM) are dropped.
import { isInvisible } from "../invisible";

export interface Normalised {
  /** The normalised text. */
  s: string;
  /** map[i] is the raw offset of s[i]; map[s.length] is the raw end. */
  map: Int32Array;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Normalises text[lo, hi). */
export function normaliseRange(text: string, lo = 0, hi = text.length): Normalised {
  const codes = new Uint16Array(hi - lo);
  const map = new Int32Array(hi - lo + 1);
  let n = 0;
  let inSpace = false;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inSpace) continue;
      inSpace = true;
      codes[n] = 32;
    } else if (isInvisible(c)) {
      continue;
    } else {
      inSpace = false;
      codes[n] = c;
    }
    map[n++] = i;
  }
  map[n] = hi;
  return { s: decode(codes, n), map: map.subarray(0, n + 1) };
}

/** Every start of `needle` in `hay`, overlapping ones included. */
export function indexesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Reads a string backwards: context before a quote is compared outward from the quote. */
export const reverse = (s: string) => Array.from(s).reverse().join("");

export function normalise(text: string): string {
  return normaliseRange(text).s;
}

/** The raw span of normalised [start, end); end is exclusive and stays inside the last matched character. */
export function rawSpan(norm: Normalised, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start] ?? 0;
  const e = end > start ? (norm.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}

export function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && (isSpace(s.charCodeAt(i)) || isInvisible(s.charCodeAt(i)))) i++;
  return i;
}

export function trailingSpace(s: string): number {
  let i = s.length;
  while (i > 0 && (isSpace(s.charCodeAt(i - 1)) || isInvisible(s.charCodeAt(i - 1)))) i--;
  return s.length - i;
}

const CHUNK = 8192;

function decode(codes: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
