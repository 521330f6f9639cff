// The gazetteer behind docs/discovery.md's "known places" and "first names" rules, built from data the
// worker already has or that a small pinned package ships: i18n-iso-countries' country names (German and
// English, with their short forms) and compromise's own lexicon (cities, regions, countries, given names).
// Pure: the caller passes the data in.
import type { Gazetteer } from "./types";

/** i18n-iso-countries' langs/<lang>.json: a code → a name, or the name and its other forms. */
export interface CountryNames {
  countries: Record<string, string | string[]>;
}

/** compromise's lexicon: a lowercase word or phrase → its tag or tags. */
type Lexicon = Record<string, string | string[]>;

const PLACE_TAGS = new Set(["City", "Country", "Region", "Place"]);
const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const ORG_TAGS = new Set(["Organization", "SportsTeam", "Company"]);

export function buildGazetteer(countries: readonly CountryNames[], lexicon: Lexicon = {}): Gazetteer {
  const places = new Set<string>();
  const given = new Set<string>();
  const orgs = new Set<string>();
  for (const list of countries)
    for (const v of Object.values(list.countries))
      for (const name of Array.isArray(v) ? v : [v]) if (!name.includes(",")) places.add(name.toLowerCase());
  for (const [word, tags] of Object.entries(lexicon)) {
    const all = Array.isArray(tags) ? tags : [tags];
    if (all.some((t) => PLACE_TAGS.has(t))) places.add(word);
    if (all.some((t) => NAME_TAGS.has(t))) given.add(word);
    // Names of one or two words only: the lexicon's abbreviations ("dept", "co") are no names.
    if (all.some((t) => ORG_TAGS.has(t)) && word.length > 3 && !word.includes("&")) orgs.add(word);
  }
  return {
    // Capitalised only: "essen" (to eat) is no place, "Essen" may be.
    place: (name) => /^\p{Lu}/u.test(name) && places.has(name.toLowerCase()),
    firstName: (word) => /^\p{Lu}\p{Ll}/u.test(word) && given.has(word.toLowerCase()),
    organisation: (name) => /^\p{Lu}/u.test(name) && orgs.has(name.toLowerCase()),
  };
}
