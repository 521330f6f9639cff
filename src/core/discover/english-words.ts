// English word classes and token helpers for the rules beside compromise (docs/discovery.md, "English").
// Pure data and small predicates; the rule families (english-people.ts, english-places.ts,
// english-bodies.ts) apply them.
import { hasTag as has, isDemonym, ROLE_WORDS, type Token, startsUpper as upper } from "./tokens";

// A role word, with or without its full stop ("Dr."): the shared ones and a few that never lead a title.
const ROLES = new Set([
  ...ROLE_WORDS,
  // Ranks too: "Secretary General" alone (an infobox label) is a title, not a person called General.
  ..."spokesperson chair envoy diplomat counterpart director head chief judge prosecutor attorney lawyer coach justice sheriff general admiral colonel marshal".split(
    " ",
  ),
  // Police and museum titles: "Senior Sergeant Brett Young", "Snr Sgt Young", "Chief Curator".
  ..."sergeant sgt snr constable inspector detective curator trooper corporal lieutenant".split(" "),
]);
export const isRole = (w: string): boolean => ROLES.has(w.toLowerCase().replace(/\.$/, ""));
// "U.S. District Judge Lee Rosenthal": capitalised words before a role word belong to the title.
export const TITLE_MODIFIER =
  /^(?:District|Circuit|Chief|Magistrate|Superior|Federal|Deputy|Assistant|Senior|Associate|Head|Vice|Acting|Former|County|State|U\.S\.|US)$/;
// "Securities and Exchange Commission": lower-case words that join the capitalised words of a body's name.
export const NAME_JOINERS = new Set(["and", "of", "for", "&", "on"]);
// "Secretary of State Rex Tillerson": the office's own capitalised words belong to the title.
export const OFFICE = /^(?:State|Defense|Defence|Health|Commerce|Energy|the Treasury|Treasury)$/;

export const PLACE_FORMS = new Set([
  "US",
  "U.S.",
  "USA",
  "U.S.A.",
  "UK",
  "U.K.",
  "UAE",
  "DPRK",
  "PRC",
  "USSR",
  "Britain",
]);
// Short forms and news agencies (cited as sources: "TASS reported", "(Reuters)"): organisations.
export const ORG_FORMS = new Set(
  "EU UN AP AFP NATO OSCE WHO IMF BBC CNN TASS Tass Reuters Xinhua Interfax Kyodo Yonhap DPA dpa ANSA EFE Congress".split(
    " ",
  ),
);
// "Wake County Sheriff's Office", "California Governor's Office of Emergency Services": an office holder's
// possessive before Office or Department stays inside the body's name (docs/discovery.md, "Offices").
export const OFFICE_HOLDER =
  /^(?:Sheriff|Governor|Attorney|Marshal|Coroner|Examiner|Assessor|Treasurer|Clerk|Recorder|Comptroller|Controller|Prosecutor|Mayor|Solicitor|Commissioner|Auditor|President|Chancellor|Secretary)['’]s$/;
export const OFFICE_BODY = /^(?:Office|Department|Bureau)$/;
// A capitalised run ending in one of these names an event, a competition, a prize or an instrument
// ("Billie Jean King Trophy", "Premier League", "Belt and Road Forum", "Transiting Exoplanet Survey
// Satellite", "Tropical Storm Ophelia" after its storm word): no person, place or body (docs/discovery-eval.md
// ignores them), and compromise's pieces of it ("Trophy", "League", "Road Forum") are no names either.
export const EVENT_END =
  /^(?:Trophy|Cup|League|Forum|Satellite|Telescope|Championships?|Open|Games|Olympics|Festival|Awards?|Prize|Summit|Conference|Expo|Marathon|Tour|Series|Classic|Grand Prix|Finals)$/;
// Roads and streets are no names of places or bodies (docs/discovery-eval.md ignores them): "D'Aguilar
// Highway", "Bruce Hwy", "Seasalter Road" are claimed whole, so that compromise's "D'Aguilar" is no person.
export const ROAD_END =
  /^(?:Highway|Hwy|Motorway|Freeway|Expressway|Road|Rd|Street|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Parkway)$/;
// Buildings and venues are ignored too: "The Eric Carle Museum of Picture Book Art", "Anfield Stadium".
export const VENUE_END = /^(?:Museum|Gallery|Stadium|Arena|Theatre|Theater|Hotel|Cathedral)$/;
export const STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical)$/;
// News agencies named in two words: "according to Thomson Reuters" (compromise reads "Thomson" as a person).
export const AGENCY_PAIRS = new Set(["Thomson Reuters", "Associated Press", "Dow Jones", "Bloomberg News"]);
// A place and a club word name a club: "Blackburn Rovers", "MK Dons", "Tottenham Hotspur". Words that also
// end places' names ("City", "Town": "Kansas City", "Cape Town") are no evidence, nor is a run that goes on
// ("Burbank City Council").
export const CLUB_END = /^(?:United|Rovers|Athletic|Wanderers|Albion|Hotspur|Dons|Rangers|Argyle|FC|AFC)$/;
// "Anna van Densky", "Ludwig van Beethoven": a given name, a particle and a surname are one person.
export const PARTICLES = new Set("van von de da di del der den le la bin ibn al dos das du".split(" "));
// "the cities of Zhanaozen and Aktau", "the town of Abiquiu": the noun says the names after "of" are places.
export const PLACE_KINDS = new Set(
  "city cities town towns village villages region province district".split(" "),
);
// "Internet watchdog Netblocks", "the broadcaster Euronews": the noun says the name after it is a body.
export const BODY_KINDS = new Set(
  "watchdog company firm agency broadcaster newspaper carrier airline insurer retailer automaker carmaker lender".split(
    " ",
  ),
);
// "in Geelong, Australia": after a preposition of place, a word before a comma and a known place is a town.
export const PLACE_PREPOSITIONS = new Set(["in", "from", "at", "near", "outside"]);
// "The UN", "In Almaty": a capitalised function word before a short form is no part of a name.
export const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb"];
export const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** A token's word without its possessive. */
export const word = (t: Token): string => t.text.replace(/['’]s$/u, "");

/** The text between two tokens. */
export const gap = (block: string, a: Token, b: Token): string =>
  block.slice(a.start + a.text.length, b.start);

/** Index after the capitalised words from `i` on, joined by spaces (or hyphens), at most `max`. */
export function capitalRun(block: string, tokens: readonly Token[], i: number, max: number): number {
  let e = i;
  while (e < tokens.length && e - i < max) {
    const t = tokens[e]!;
    if (e > i) {
      const g = gap(block, tokens[e - 1]!, t);
      if (g === "-" || g === "‑") {
        e++;
        continue;
      }
      if (!/^[ \u00a0]+$/.test(g) || /['’]s?$/u.test(tokens[e - 1]!.text)) break;
    }
    if (!upper(t.text) || isRole(t.text) || isDemonym(t, block)) break;
    // Title-case headlines: "Prime Minister Calls…", "King Penguins".
    if (has(t, "Plural", "Verb") && !has(t, "Person", "FirstName", "LastName")) break;
    e++;
  }
  return e;
}

/** The page text of tokens [a, b), without the last one's possessive. */
export const surface = (block: string, tokens: readonly Token[], a: number, b: number): string =>
  block.slice(tokens[a]!.start, tokens[b - 1]!.start + word(tokens[b - 1]!).length);
