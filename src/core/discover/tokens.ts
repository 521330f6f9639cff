// The plain tokens both English steps (clean.ts, english.ts) read, and the word tests they share: kept
// here so that neither step imports the other.

export interface Token {
  text: string;
  /** Offset of the token in its block; the text between tokens is read from the block. */
  start: number;
  tags?: readonly string[];
}

/** Office and courtesy words that stand before a person's name ("President", "Dr"). */
export const ROLE_WORDS: readonly string[] = (
  "president minister secretary chancellor premier mr mrs ms dr prof governor senator king queen prince " +
  "princess pope sheikh emir mayor ambassador commissioner spokesman spokeswoman chairman chairwoman ceo " +
  "leader president-elect officer deputy manager speaker sheriff administrator superintendent treasurer " +
  "clerk supervisor councilman councilwoman councillor councilor chairperson counselor counsellor"
).split(" ");

// Nouns of nationality before a name are no part of it: "Dutchman Tallon Griekspoor".
export const NATIONALITY_NOUNS: readonly string[] = (
  "dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman " +
  "scotswoman welshman welshwoman spaniard briton swede dane finn pole turk scot kiwi aussie"
).split(" ");

export const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

export const hasTag = (t: Token, ...tags: string[]): boolean => tags.some((tag) => t.tags?.includes(tag));

/** "Russian", "Armenian", "Central Asian": a demonym, by compromise's tag or by its ending before a noun. */
export function isDemonym(t: Token, block: string): boolean {
  if (hasTag(t, "Demonym")) return true;
  if (hasTag(t, "FirstName", "LastName", "Person")) return false;
  const after = block.slice(t.start + t.text.length, t.start + t.text.length + 3);
  return /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(t.text) && /^[ -]\p{Ll}/u.test(after);
}

// A name ending in (or opening with) one of these words names a body, whatever compromise tagged it:
// "Collective Rapid Reaction Force", "UN Security Council", "Ministry of Defence" (docs/discovery.md).
export const ORG_END =
  /^(?:Forces?|Council|Ministry|Division|Army|Navy|Police|Department|Office|Agency|Committee|Commission|Court|University|Institute|Party|Bank|Corporation|Company|Association|Organi[sz]ation|Fund|Group|Guard|Parliament|Assembly|Service|Authority|Times|News|Post|Legislature|Senate|Board|Bureau|Administration|Foundation|Society|College|Academy|Hospital|Center|Centre|School)$/;
export const ORG_START =
  /^(?:Ministry|Division|University|Bank|Council|Department|Court|Institute|Center|Centre|School)$/;

/**
 * "George E. Bohrer", "St. Louis County": an initial, or Saint, Mount, Fort, Port abbreviated, whose full
 * stop belongs to the name when a capitalised word follows (the engine keeps the stop on such a token).
 */
export const ABBREVIATION = /^(?:\p{Lu}|St|Ste|Mt|Ft|Pt)$/u;

/**
 * "Lowe's Companies, Inc.", "Goldman Sachs & Co. LLC", "Bruce Hwy": a legal form or a road's short form cut
 * off at a comma or a stop is no name of its own (docs/discovery.md, "English classes of the seen sets").
 */
export const LEFT_OVER =
  /^(?:(?:Inc|LLC|Ltd|Corp|Co|Cos|PLC|Plc|LLP|LP|SA|AG|NV|GmbH)\.?(?: |$)){1,2}$|^(?:Hwy|Rd|Ave|Blvd|St|Pde|Cres)\.?$/;
