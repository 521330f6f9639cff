// The word lists of the longer-name rules (context.ts), and a lookup that rarely allocates.
import { CLS, classify, PLAIN } from "./normalise";

// Capitalised words that stand before or after a name without being part of it.
export const NOT_NAME = new Set(
  (
    "president presidents präsident präsidenten prime premier minister ministers chancellor kanzler mr mrs ms " +
    "dr herr frau general leader secretary spokesman spokeswoman spokesperson press foreign defence defense " +
    "deputy acting former ex then interim russian armenian azerbaijani kazakh kyrgyz tajik georgian " +
    "belarusian ukrainian soviet president-elect kremlin tsar czar dictator autocrat strongman " +
    "republic monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december i on in at and or but the " +
    // A US state's or city's offices: "Texas Gov. Greg Abbott", "New York City Mayor Eric Adams".
    "gov governor sen senator rep mayor lt attorney sheriff lawmakers"
  ).split(" "),
);
// German role nouns end in these, written closed: "Kremlchef", "Staatspräsident", "Regierungssprecher".
export const ROLE_TAIL =
  /(chef|chefin|präsident|präsidenten|sprecher|minister|führer|herrscher|kollege|kollegen)$/;
// Given names that stand before other people's surnames that the fact base also uses as aliases; the
// open rule below covers English text, this list also German text ("Vassili Peskow").
export const GIVEN = new Set(
  (
    "vassili vasili vasily vassily wassili wassilij nikolai nikolaj nikolay sergei sergej sergey igor ivan " +
    "iwan oleg olga roman anna maria yelena jelena elena irina natalia natalja alexei alexej aleksei " +
    "alexander alexandr aleksandr andrei andrej andrey mikhail michail pavel pawel pyotr pjotr boris " +
    "yuri juri yury viktor wiktor konstantin anatoli anatoly heydar gejdar haidar mehriban arzu leyla " +
    "spiridon spiridonas lyudmila ljudmila katerina yekaterina maxim maksim denis"
  ).split(" "),
);

// Words before a place's name that make it part of another name: the Bank of England, the Prince of Wales,
// the University of Ghana, the Gulf of Mexico; die Universität Wien, der Golf von Mexiko. Not listed: words
// after which the name still means the place ("King of Jordan", "Mayor of London", "Queen of England").
// An alias whose `notAfter` holds OF_PHRASES_KEY is not a mention after any of them (docs/world-pack.md):
// one short entry instead of the whole list keeps the stored matcher small.
export const OF_PHRASES_KEY = "<of>";
export const OF_PHRASES: readonly string[] = [
  "Bank of",
  "University of",
  "Prince of",
  "Princess of",
  "Duke of",
  "Duchess of",
  "Earl of",
  "Countess of",
  "Church of",
  "Archbishop of",
  "Bishop of",
  "Museum of",
  "Tower of",
  "Gulf of",
  "Bay of",
  "Sea of",
  "Universität",
  "Universität zu",
  "Prinz von",
  "Prinzessin von",
  "Herzog von",
  "Herzogin von",
  "Kirche von",
  "Golf von",
  // Other places and companies named after one: New Bern, Lake Chad, Mount Kenya, Little Italy, Air France.
  "New",
  "Lake",
  "Mount",
  "Little",
  "Air",
  // Sports clubs named with a word before their place (FC Barcelona, THW Kiel, Borussia Dortmund, Sturm
  // Graz, Adler Mannheim); a club named by its place alone ("gegen Augsburg") still names the place.
  ..."FC SC AC SV RB VfB VfL TSV KSV MSV BSC HTHC TSG THW HSV HSG HC SG TBV EHC ERC TuS SpVgg SSV FSV".split(
    " ",
  ),
  ..."Borussia Eintracht Fortuna Dynamo Zenit Inter Real Arminia Werder Bayern Bayer Holstein Hansa".split(
    " ",
  ),
  ..."Energie Alemannia Preußen Kickers Wacker Sturm Austria LASK Jahn Greuther Viktoria Lok Chemie".split(
    " ",
  ),
  ..."Wehen Rot-Weiss Rot-Weiß Bull Adler Grizzlys Löwen Skyliners Baskets Niners Riesen Pinguins".split(" "),
];

export function plain(word: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  let out = "";
  for (let i = 0; i < word.length; i++)
    out += String.fromCharCode(PLAIN[word.charCodeAt(i)] || word.charCodeAt(i));
  return out.toLowerCase();
}

// Hashes of the lists' ASCII words, lower case. A word whose plain form (PLAIN, lower case) is ASCII
// and whose hash is missing is not on the list: that spares the slice and lower-casing for almost every
// capitalised word next to a name ("Präsident" reads as "prasident").
function asciiHash(text: string, from: number, to: number): number {
  let h = 7;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (CLS[c] === 0) classify(c);
      c = PLAIN[c]!;
      if (c >= 0x80) return -1;
    }
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) & 0x3fffffff;
  }
  return h;
}
const hashesOf = (words: Set<string>): Set<number> =>
  new Set([...words].map((w) => asciiHash(w, 0, w.length)).filter((h) => h !== -1));
export const NOT_NAME_HASHES = hashesOf(NOT_NAME);
export const GIVEN_HASHES = hashesOf(GIVEN);

/** Whether the word [from, to), made plain (see plain()), is in `words`. */
export function listed(
  words: Set<string>,
  hashes: Set<number>,
  text: string,
  from: number,
  to: number,
): boolean {
  const h = asciiHash(text, from, to);
  if (h !== -1 && !hashes.has(h)) return false;
  return words.has(plain(text.slice(from, to)));
}
