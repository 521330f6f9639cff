// Is a candidate part of a longer proper name? ("Vassili Peskov", "Georgia O'Keeffe", "The Moscow Times",
// "South Georgia"). Called only for candidates, so none of this costs anything on ordinary words.
//
// German capitalises every noun ("Russland Präsident", "Kremlchef Putin"), and English headlines
// capitalise every word, so the open-ended rules apply to English aliases in running text only; German
// and language-neutral aliases see just the list of given names and their own `notAfter`/`notBefore` words.

import { OF_PHRASES, OF_PHRASES_KEY } from "../../../src/core/match/names";
import type { Pattern } from "./boundaries";
import { GIVEN, GIVEN_HASHES, listed, NOT_NAME, NOT_NAME_HASHES, plain, ROLE_TAIL } from "./names";
import { CLS, classify, WORD } from "./normalise";

function hspace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

function wordUnit(c: number): boolean {
  const k = CLS[c]!;
  return ((k !== 0 ? k : classify(c)) & WORD) !== 0;
}

function isWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && wordUnit(text.charCodeAt(i));
}

function apostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

// Apostrophes and the hyphen inside a name: "O'Keeffe", "O’Keeffe".
function joiner(c: number): boolean {
  return apostrophe(c) || c === 0x2d;
}

/** Cheap test on the first unit only: A–Z, or a non-ASCII letter that has a lower case. */
function startsUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

/** Starts with a lower-case letter (ASCII without a string). */
function startsLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  const ch = text.charAt(i);
  return ch !== ch.toUpperCase();
}

/** [from, to) is a capitalised word: upper first letter, and not all capitals unless one letter long. */
function capitalised(text: string, from: number, to: number): boolean {
  const f = text.charCodeAt(from);
  if (f < 0x80 ? f < 65 || f > 90 : !startsUpper(text, from)) return false;
  if (to - from === 1) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 0x80) return text.slice(from, to) !== text.slice(from, to).toUpperCase();
  }
  return false;
}

/** Start of the word that ends at `to` (a hyphen between word characters stays inside it). */
function wordStartBefore(text: string, to: number): number {
  let i = to - 1;
  while (i >= 0 && (isWord(text, i) || (text.charCodeAt(i) === 0x2d && isWord(text, i - 1)))) i--;
  return i + 1;
}

/** End of the word that starts at `from`; "O'Keeffe" is one word. */
function wordEndAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isWord(text, i) || (joiner(text.charCodeAt(i)) && isWord(text, i + 1)))) i++;
  return i;
}

function sentenceStart(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && hspace(text.charCodeAt(i))) i--;
  return i < 0 || /[\n\r.!?:;"„“”«»()[\]–—•|]/.test(text.charAt(i));
}

/** One title-case step: counts the word [i, j) and tells whether it is a lower-case word of 4+ units. */
function lowerLongWord(text: string, i: number, j: number): boolean {
  return j - i >= 4 && startsLower(text, i);
}

/**
 * A headline in title case capitalises every longer word. Reads words outwards from `at` within the line
 * and 100 characters, and stops at the first lower-case word of four letters or more (running text).
 */
function titleCase(text: string, at: number): boolean {
  const n = text.length;
  let words = 0;
  const stopAt = Math.min(n, at + 100);
  let prevWord = isWord(text, at - 1);
  for (let i = at; i < stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    const word = wordUnit(c);
    if (!word || prevWord) {
      prevWord = word;
      continue;
    }
    let j = i + 1;
    while (j < n && wordUnit(text.charCodeAt(j))) j++;
    words++;
    if (lowerLongWord(text, i, j)) return false;
    // Go on at the unit after the word (a line break ends the line).
    i = j;
    prevWord = false;
    if (i >= stopAt || text.charCodeAt(i) === 10) break;
  }
  const stopBack = Math.max(0, at - 100);
  let nextWord = isWord(text, at);
  for (let j = at; j > stopBack; j--) {
    const c = text.charCodeAt(j - 1);
    if (c === 10) break;
    const word = wordUnit(c);
    if (!word || nextWord) {
      nextWord = word;
      continue;
    }
    let i = j - 1;
    while (i > 0 && wordUnit(text.charCodeAt(i - 1))) i--;
    words++;
    if (lowerLongWord(text, i, j)) return false;
    j = i;
    nextWord = false;
    if (j <= stopBack || text.charCodeAt(j - 1) === 10) break;
  }
  return words >= 4;
}

/**
 * True when the candidate [start, end) of `p` is part of a longer name and so not the entity.
 * `isAlias(at)` tells whether some alias starts at `at` ("Russia Ukraine" is two names, not one).
 * The common case (a name between lower-case words or punctuation) reads a few units and allocates nothing.
 */
export function partOfLongerName(
  text: string,
  start: number,
  end: number,
  p: Pattern,
  isAlias: (at: number) => boolean,
): boolean {
  // Acronyms are exempt from the open-ended rules, not from their own word lists ("ABOUT US", not the US).
  if (p.acronym) return listedAround(text, start, end, p);
  if (p.surname || p.notAfter) {
    const to = wordBefore(text, start);
    if (to !== -1 && partOfNameBefore(text, start, wordStartBefore(text, to), to, p, isAlias)) return true;
  }
  // The word after, on the same line: only English aliases and those with notBefore words look at it.
  if (p.lang !== "en" && !p.notBefore) return false;
  const from = wordAfter(text, end);
  if (from === -1 || (!p.notBefore && !startsUpper(text, from))) return false;
  const to = wordEndAfter(text, from);
  if (p.notBefore?.includes(text.slice(from, to))) return true;
  if (p.lang !== "en") return false;
  return (
    capitalised(text, from, to) &&
    !listed(NOT_NAME, NOT_NAME_HASHES, text, from, to) &&
    !isAlias(from) &&
    !titleCase(text, start)
  );
}

/** Whether a `notAfter` word stands right before [start, end) or a `notBefore` word right after it. */
function listedAround(text: string, start: number, end: number, p: Pattern): boolean {
  if (p.notAfter) {
    const to = wordBefore(text, start);
    if (to !== -1 && notAfterListed(text, wordStartBefore(text, to), to, p.notAfter)) return true;
  }
  if (p.notBefore) {
    const from = wordAfter(text, end);
    if (from !== -1 && p.notBefore.includes(text.slice(from, wordEndAfter(text, from)))) return true;
  }
  return false;
}

/**
 * Whether the word [from, to) is an entry of `list`, or the last word of a phrase entry ("Strait of") whose
 * other words stand before it on the line, spaces between; OF_PHRASES_KEY stands for every OF_PHRASES
 * phrase (the world pack's "Bank of", "University of", …). Written word by word, independently of the
 * scanner's backwards character walk.
 */
function notAfterListed(text: string, from: number, to: number, list: readonly string[]): boolean {
  const entries = list.flatMap((e) => (e === OF_PHRASES_KEY ? OF_PHRASES : [e]));
  for (const entry of entries) {
    const words = entry.split(" ");
    let end = to;
    let start = from;
    let ok = true;
    for (let k = words.length - 1; k >= 0; k--) {
      if (text.slice(start, end) !== words[k]) {
        ok = false;
        break;
      }
      if (k === 0) break;
      const before = wordBefore(text, start);
      if (before === -1) {
        ok = false;
        break;
      }
      end = before;
      start = end;
      while (start > 0 && isWord(text, start - 1)) start--;
    }
    if (ok) return true;
  }
  return false;
}

/** The word [from, to) right before the surname or notAfter alias starting at `start`. */
function partOfNameBefore(
  text: string,
  start: number,
  from: number,
  to: number,
  p: Pattern,
  isAlias: (at: number) => boolean,
): boolean {
  if (p.notAfter && notAfterListed(text, from, to, p.notAfter)) return true;
  if (!p.surname || !capitalised(text, from, to)) return false;
  if (listed(GIVEN, GIVEN_HASHES, text, from, to)) return true;
  if (p.lang !== "en") return false;
  // The cheap tests first (all are pure, so their order changes nothing).
  if (apostrophe(text.charCodeAt(from - 1)) || sentenceStart(text, from)) return false;
  const key = plain(text.slice(from, to));
  return !NOT_NAME.has(key) && !ROLE_TAIL.test(key) && !isAlias(from) && !titleCase(text, start);
}

/**
 * The scanner's pre-check: whether a capitalised word may stand right before (`rules` bit 4, surnames)
 * or after (bit 2, English aliases) the mention [start, end) on its line. If not, partOfLongerName
 * would say no, so a mention with no other rule is recorded at once.
 */
export function capitalNear(text: string, start: number, end: number, rules: number): boolean {
  if (rules & 4) {
    const to = wordBefore(text, start);
    if (to !== -1 && startsUpper(text, wordStartBefore(text, to))) return true;
  }
  if ((rules & 2) === 0) return false;
  const from = wordAfter(text, end);
  return from !== -1 && startsUpper(text, from);
}

/** End of the word before `start` on its line, with only spaces between, or -1. */
function wordBefore(text: string, start: number): number {
  if (start === 0 || !hspace(text.charCodeAt(start - 1))) return -1;
  let to = start - 1;
  while (to >= 0 && hspace(text.charCodeAt(to))) to--;
  return isWord(text, to) ? to + 1 : -1;
}

/** Start of the word after `end` on its line, with only spaces between, or -1. */
function wordAfter(text: string, end: number): number {
  if (end >= text.length || !hspace(text.charCodeAt(end))) return -1;
  let from = end + 1;
  while (from < text.length && hspace(text.charCodeAt(from))) from++;
  return isWord(text, from) ? from : -1;
}
