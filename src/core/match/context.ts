// Is a candidate part of a longer proper name? ("Vassili Peskov", "Georgia O'Keeffe", "The Moscow Times",
// "South Georgia"). Called only for candidates, so none of this costs anything on ordinary words.
//
// German capitalises every noun ("Russland Präsident", "Kremlchef Putin"), and English headlines
// capitalise every word, so the open-ended rules apply to English aliases in running text only; German
// and language-neutral aliases see just the list of given names and their own `notAfter`/`notBefore` words.
import type { Pattern } from "./boundaries";
import { cls, PLAIN, WORD } from "./normalise";

// Capitalised words that stand before or after a name without being part of it.
const NOT_NAME = new Set(
  (
    "president presidents präsident präsidenten prime premier minister ministers chancellor kanzler mr mrs ms " +
    "dr herr frau general leader secretary spokesman spokeswoman spokesperson press foreign defence defense " +
    "deputy acting former ex then interim russian armenian azerbaijani kazakh kyrgyz tajik georgian " +
    "belarusian ukrainian soviet president-elect kremlin tsar czar dictator autocrat strongman " +
    "republic monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december i on in at and or but the"
  ).split(" "),
);
// German role nouns end in these, written closed: "Kremlchef", "Staatspräsident", "Regierungssprecher".
const ROLE_TAIL = /(chef|chefin|präsident|präsidenten|sprecher|minister|führer|herrscher|kollege|kollegen)$/;
// Given names that stand before other people's surnames that the fact base also uses as aliases; the
// open rule below covers English text, this list also German text ("Vassili Peskow").
const GIVEN = new Set(
  (
    "vassili vasili vasily vassily wassili wassilij nikolai nikolaj nikolay sergei sergej sergey igor ivan " +
    "iwan oleg olga roman anna maria yelena jelena elena irina natalia natalja alexei alexej aleksei " +
    "alexander alexandr aleksandr andrei andrej andrey mikhail michail pavel pawel pyotr pjotr boris " +
    "yuri juri yury viktor wiktor konstantin anatoli anatoly heydar gejdar haidar mehriban arzu leyla " +
    "spiridon spiridonas lyudmila ljudmila katerina yekaterina maxim maksim denis"
  ).split(" "),
);

function hspace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
const APOSTROPHE = /['’ʼ]/;

function isWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (cls(text.charCodeAt(i)) & WORD) !== 0;
}

// Apostrophes and the hyphen inside a name: "O'Keeffe", "O’Keeffe".
function joiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d;
}

function plain(word: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  let out = "";
  for (let i = 0; i < word.length; i++)
    out += String.fromCharCode(PLAIN[word.charCodeAt(i)] || word.charCodeAt(i));
  return out.toLowerCase();
}

/** Cheap test on the first unit only: A–Z, or a non-ASCII letter that has a lower case. */
function startsUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

function capitalised(word: string): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return false;
  return word.length === 1 || word !== word.toUpperCase();
}

/** The word right before `start`, separated by spaces on the same line only, as [from, to). */
function wordBefore(text: string, start: number): [number, number] | null {
  let i = start - 1;
  while (i >= 0 && hspace(text.charCodeAt(i))) i--;
  if (i === start - 1 || !isWord(text, i)) return null;
  const to = i + 1;
  while (i >= 0 && (isWord(text, i) || (text.charAt(i) === "-" && isWord(text, i - 1)))) i--;
  return [i + 1, to];
}

/** The word right after `end`, on the same line; "O'Keeffe" is one word. */
function wordAfter(text: string, end: number): [number, number] | null {
  let i = end;
  while (i < text.length && hspace(text.charCodeAt(i))) i++;
  if (i === end || !isWord(text, i)) return null;
  const from = i;
  while (i < text.length && (isWord(text, i) || (joiner(text.charCodeAt(i)) && isWord(text, i + 1)))) i++;
  return [from, i];
}

function sentenceStart(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && hspace(text.charCodeAt(i))) i--;
  return i < 0 || /[\n\r.!?:;"„“”«»()[\]–—•|]/.test(text.charAt(i));
}

/**
 * A headline in title case capitalises every longer word. Reads words outwards from `at` within the line
 * and 100 characters, and stops at the first lower-case word of four letters or more (running text).
 */
function titleCase(text: string, at: number): boolean {
  let words = 0;
  // Returns true when a lower-case longer word starts at i.
  const lowerWordAt = (i: number, j: number): boolean => {
    words++;
    const c = text.charCodeAt(i);
    const first = text.charAt(i);
    return j - i >= 4 && (c < 0x80 ? c >= 97 && c <= 122 : first !== first.toUpperCase());
  };
  const stopAt = Math.min(text.length, at + 100);
  for (let i = at; i < stopAt && text.charCodeAt(i) !== 10; i++) {
    if (!isWord(text, i) || isWord(text, i - 1)) continue;
    let j = i;
    while (j < text.length && isWord(text, j)) j++;
    if (lowerWordAt(i, j)) return false;
    i = j - 1; // the loop's i++ then reads the unit after the word (a line break ends the line)
  }
  const stopBack = Math.max(0, at - 100);
  for (let j = at; j > stopBack && text.charCodeAt(j - 1) !== 10; j--) {
    if (!isWord(text, j - 1) || isWord(text, j)) continue;
    let i = j - 1;
    while (i > 0 && isWord(text, i - 1)) i--;
    if (lowerWordAt(i, j)) return false;
    j = i + 1;
  }
  return words >= 4;
}

/**
 * True when the candidate [start, end) of `p` is part of a longer name and so not the entity.
 * `isAlias(at)` tells whether some alias starts at `at` ("Russia Ukraine" is two names, not one).
 */
export function partOfLongerName(
  text: string,
  start: number,
  end: number,
  p: Pattern,
  isAlias: (at: number) => boolean,
): boolean {
  if (p.acronym) return false;
  const before = p.surname || p.notAfter ? wordBefore(text, start) : null;
  if (before) {
    const w = text.slice(before[0], before[1]);
    if (p.notAfter?.includes(w)) return true;
    if (p.surname && capitalised(w)) {
      const key = plain(w);
      if (GIVEN.has(key)) return true;
      if (
        p.lang === "en" &&
        !NOT_NAME.has(key) &&
        !ROLE_TAIL.test(key) &&
        !APOSTROPHE.test(text.charAt(before[0] - 1)) &&
        !sentenceStart(text, before[0]) &&
        !isAlias(before[0]) &&
        !titleCase(text, start)
      ) {
        return true;
      }
    }
  }
  const after = wordAfter(text, end);
  if (
    !after ||
    (p.lang !== "en" && !p.notBefore) ||
    (p.lang === "en" && !p.notBefore && !startsUpper(text, after[0]))
  ) {
    return false;
  }
  const w = text.slice(after[0], after[1]);
  if (p.notBefore?.includes(w)) return true;
  if (p.lang !== "en") return false;
  return capitalised(w) && !NOT_NAME.has(plain(w)) && !isAlias(after[0]) && !titleCase(text, start);
}
