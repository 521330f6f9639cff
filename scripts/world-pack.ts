// Generates the world pack's countries and capitals at build time from the pinned data packages
// (scripts/world-sources.ts), never from a hand-copied table: names, capitals, borders, regions,
// languages, currencies and UN membership from world-countries; German country names from
// i18n-iso-countries and world-countries; German names of regions, languages, currencies and some
// capitals from Unicode CLDR. The output is ordinary source entities (src/core/factbase/schema.ts) that
// compileFactbase checks like any other. docs/world-pack.md describes the result.
import { createRequire } from "node:module";
import type { Alias, Fact, SourceEntity } from "../src/core/factbase/schema";
import { OF_PHRASES_KEY } from "../src/core/match/names";
import { generateCities } from "./world-cities";
import { cityStates, isEverydayWord } from "./world-city-words";
import { generateDistricts } from "./world-districts";
import { generateParts } from "./world-parts";
import { generateRegions } from "./world-regions";
import {
  DISPUTED_CAPITALS,
  EXTRA_CAPITAL_NAMES,
  EXTRA_NAMES,
  EXTRA_TERRITORIES,
  KEPT_ALT_SPELLINGS,
  NAME_RULES,
  NO_GENITIVE,
  SEED_CAPITALS,
  SEED_COUNTRIES,
} from "./world-rules";
import {
  dataPackage,
  germanCityNames,
  germanCountryNames,
  germanCurrencies,
  germanLanguages,
  packageSource,
  subdivisions,
  type WorldCountry,
  worldCountries,
} from "./world-sources";
import { generateStates } from "./world-states";
import { generateTerritories } from "./world-territories";
import { generateUsStates } from "./world-us";

// import.meta.url under tsx (ESM); __filename under jest, which runs the scripts as CommonJS.
const require = createRequire(import.meta.url ?? __filename);

type Lang = Alias["lang"];
type Bilingual = { de: string; en: string };

/** Lowercase ASCII slug of a German name: "Äquatorialguinea" → "aequatorialguinea". */
export function slug(name: string): string {
  return name
    .replace(/ä/gi, "ae")
    .replace(/ö/gi, "oe")
    .replace(/ü/gi, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const clean = (s: string) => s.replace(/\u00ad/g, "").trim();
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

/** The countries of the pack: every UN member and the listed territories, by alpha-3 code. */
export function selectedCountries(all: readonly WorldCountry[] = worldCountries()): WorldCountry[] {
  return all.filter((c) => c.unMember || EXTRA_TERRITORIES.includes(c.cca3));
}

class NameList {
  private readonly byText = new Map<string, Alias>();
  add(raw: string, lang: Lang): void {
    const text = clean(raw);
    // Bracketed or comma-inverted forms ("Kongo (Dem. Rep.)", "Korea, Republic of") are index forms.
    if (!text || (/[(),]/.test(text) && !text.includes("D.C."))) return;
    const rule = NAME_RULES[text];
    if (rule?.drop) return;
    const had = this.byText.get(text);
    if (had) {
      if (had.lang !== lang) had.lang = "any";
      return;
    }
    // All capitals ("USA", "DPRK"): exactly as written, like the seed's acronyms.
    const acronym = text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
    const alias: Alias = { text, lang, caseSensitive: acronym };
    this.byText.set(text, alias);
    // A country's letters are also written with full stops: "UK" and "U.K.", "UAE" and "U.A.E.".
    if (acronym && /^\p{Lu}{2,3}$/u.test(text)) this.add(`${[...text].join(".")}.`, lang);
    if (!rule?.noFold && fold(text) !== text && !this.byText.has(fold(text))) this.add(fold(text), lang);
  }
  has(text: string): boolean {
    return this.byText.has(text);
  }
  /**
   * The aliases with their rules; `needs` becomes the entities that support the name on a page. Names
   * (not the letters: "Bank of UK" is no name) are not marked after "Bank of", "Prince of", … (OF_PHRASES).
   */
  aliases(support: string[]): Alias[] {
    return [...this.byText.values()].map((a) => {
      const rule = NAME_RULES[a.text] ?? NAME_RULES[fold(a.text)];
      const out: Alias = { ...a };
      const notAfter = [...(rule?.notAfter ?? []), ...(a.caseSensitive ? [] : [OF_PHRASES_KEY])];
      if (notAfter.length > 0) out.notAfter = notAfter;
      if (!rule) return out;
      if (rule.caseSensitive) out.caseSensitive = true;
      if (rule.needs && (support.length > 0 || rule.words)) {
        out.needs = { entities: support, ...(rule.words ? { words: rule.words } : {}) };
      }
      if (rule.notBefore) out.notBefore = rule.notBefore;
      return out;
    });
  }
}

/**
 * A capital's German name where CLDR has none: the name of the subdivision that is the same city (Beijing
 * → Peking), from iso3166-2-db. Only where the package links the city's own English Wikipedia article and
 * the German name has as many words as the English one ("Präfektur Tokio" is the prefecture).
 */
function capitalExonym(cca2: string, en: string): string | undefined {
  const words = (x: string) => x.split(" ").length;
  return subdivisions(cca2).find(
    (s) => s.en === en && s.wikipedia === `en:${en.replace(/ /g, "_")}` && words(s.de) === words(en),
  )?.de;
}

interface Regions {
  de(subregion: string, region: string): string;
}

function regions(): Regions {
  const de = require("cldr-localenames-full/main/de/territories.json").main.de.localeDisplayNames
    .territories as Record<string, string>;
  const en = require("cldr-localenames-full/main/en/territories.json").main.en.localeDisplayNames
    .territories as Record<string, string>;
  // UN M.49 region codes are three digits; world-countries names regions in English.
  const code = new Map(
    Object.entries(en)
      .filter(([k]) => /^\d{3}$/.test(k))
      .map(([k, v]) => [v, k]),
  );
  return {
    de: (subregion, region) => {
      const c = code.get(subregion) ?? code.get(region);
      return (c && de[c]) || region;
    },
  };
}

/** Items joined for a sentence that ends with its own full stop ("Washington D.C." keeps one). */
function list(items: string[]): string {
  return items.join(", ").replace(/\.$/, "");
}

/**
 * The world pack's countries and capitals as source entities. Countries the seed pack has keep the seed's
 * id (SEED_COUNTRIES), so compileFactbase joins them; the same for capitals (SEED_CAPITALS).
 */
export function generateWorld(): {
  countries: SourceEntity[];
  capitals: SourceEntity[];
  parts: SourceEntity[];
  states: SourceEntity[];
  regions: SourceEntity[];
  territories: SourceEntity[];
  cities: SourceEntity[];
  districts: SourceEntity[];
} {
  const wc = dataPackage("world-countries");
  const source = () => packageSource(wc);
  const asOf = wc.released;
  // Every statement is world-countries'; German names in it come from i18n-iso-countries and CLDR
  // (docs/world-pack.md lists all four packages and their licences).
  const fact = (de: string, en: string): Fact => ({ text: { de, en }, asOf, source: source() });

  const countries = selectedCountries();
  const germanNames = germanCountryNames();
  const cities = germanCityNames();
  const langs = germanLanguages();
  const currencies = germanCurrencies();
  const region = regions();

  // Labels and ids first: facts name neighbours and capitals by label and link them by id.
  const label = new Map<string, Bilingual>();
  const id = new Map<string, string>();
  const names = new Map<string, NameList>();
  for (const c of countries) {
    const list = new NameList();
    list.add(c.name.common, "en");
    if (c.name.official !== c.name.common) list.add(c.name.official, "en");
    for (const alt of KEPT_ALT_SPELLINGS[c.cca3] ?? []) {
      if (!c.altSpellings.includes(alt))
        throw new Error(`${c.cca3}: "${alt}" is no longer an alternative spelling`);
      list.add(alt, "en");
    }
    const german = germanNames[c.cca2];
    const deNames = [c.translations.deu?.common, ...(Array.isArray(german) ? german : [german])].filter(
      (n): n is string => typeof n === "string",
    );
    for (const n of deNames) list.add(n, "de");
    for (const extra of EXTRA_NAMES[c.cca3] ?? []) list.add(extra.text, extra.lang);
    const extraDe = (EXTRA_NAMES[c.cca3] ?? []).filter((x) => x.lang === "de").map((x) => x.text);
    const deLabel = [...deNames.map(clean), ...extraDe].find((n) => list.has(n)) ?? c.name.common;
    label.set(c.cca3, { de: deLabel, en: c.name.common });
    id.set(c.cca3, SEED_COUNTRIES[c.cca3] ?? slug(deLabel));
    names.set(c.cca3, list);
  }

  // Capitals: one entity per capital city; a city whose name is its country's (Monaco) is not a second thing.
  const countryTexts = new Set(
    [...names.values()].flatMap((n) => n.aliases([]).map((a) => a.text.toLowerCase())),
  );
  const capitalIds = new Map<string, string[]>();
  const capitals: SourceEntity[] = [];
  const usedIds = new Set(id.values());
  for (const c of countries) {
    const ids: string[] = [];
    for (const raw of c.capital) {
      const en = clean(raw);
      if (countryTexts.has(en.toLowerCase())) continue;
      const cldr = cities.get(en) ? clean(cities.get(en)!) : en;
      const de = cldr !== en ? cldr : (capitalExonym(c.cca2, en) ?? en);
      // The id stays the one made from CLDR's or the English name, so a later German name changes no id.
      let capId = SEED_CAPITALS[en] ?? slug(cldr);
      if (!SEED_CAPITALS[en] && usedIds.has(capId)) capId = `${capId}-stadt`;
      usedIds.add(capId);
      ids.push(capId);
      const list = new NameList();
      list.add(en, "en");
      list.add(de, "de");
      for (const extra of EXTRA_CAPITAL_NAMES[en] ?? []) list.add(extra.text, extra.lang);
      const country = label.get(c.cca3)!;
      const disputed = DISPUTED_CAPITALS.has(c.cca3);
      capitals.push({
        id: capId,
        type: "place",
        label: { de, en },
        description: disputed
          ? {
              de: `Stadt; world-countries führt sie als Hauptstadt (${country.de})`,
              en: `City that world-countries lists as the capital of ${country.en}`,
            }
          : { de: `Hauptstadt (${country.de})`, en: `Capital of ${country.en}` },
        wikidata: null,
        wikipedia: { de: null, en: null },
        genitiveS: !/[sxzß]$/.test(de),
        aliases: list.aliases([id.get(c.cca3)!]),
        relations: [{ type: "capitalOf", target: id.get(c.cca3)! }],
        facts: [
          disputed
            ? fact(
                `world-countries führt ${de} als Hauptstadt; Staat: ${country.de}. Dieser Status ist international umstritten.`,
                `world-countries lists ${en} as the capital of ${country.en}; this status is disputed internationally.`,
              )
            : fact(`Hauptstadt; Staat: ${country.de}.`, `Capital of ${country.en}.`),
        ],
      });
    }
    capitalIds.set(c.cca3, ids);
  }
  const capitalLabel = new Map(capitals.map((e) => [e.id, e.label]));

  const selected = new Set(countries.map((c) => c.cca3));
  const out: SourceEntity[] = countries.map((c) => {
    const me = label.get(c.cca3)!;
    const neighbours = c.borders.filter((b) => selected.has(b));
    const caps = capitalIds.get(c.cca3)!;
    const capNames = caps.map((cid) => capitalLabel.get(cid)!);
    const independent = c.independent === true;
    const regionDe = region.de(c.subregion, c.region);
    const regionEn = c.subregion || c.region;
    const languageNames = Object.entries(c.languages ?? {}).map(([code, en]) => ({
      en,
      de: langs.names[langs.alias[code] ?? code] ?? en,
    }));
    const currencyNames = Object.entries(c.currencies ?? {}).map(([code, cur]) => ({
      en: cur.name,
      de: currencies[code] ?? cur.name,
    }));
    const facts: Fact[] = [];
    const disputed = DISPUTED_CAPITALS.has(c.cca3);
    if (capNames.length > 0) {
      const many = capNames.length > 1;
      facts.push(
        disputed
          ? fact(
              `Hauptstadt laut world-countries: ${list(capNames.map((n) => n.de))} (international umstritten).`,
              `Capital according to world-countries: ${list(capNames.map((n) => n.en))} (disputed internationally).`,
            )
          : fact(
              `${many ? "Hauptstädte" : "Hauptstadt"}: ${list(capNames.map((n) => n.de))}.`,
              `${many ? "Capitals" : "Capital"}: ${list(capNames.map((n) => n.en))}.`,
            ),
      );
    }
    facts.push(
      fact(
        `Liegt in ${regionDe}; ${c.unMember ? "Mitglied" : "kein Mitglied"} der Vereinten Nationen.`,
        `In ${regionEn}; ${c.unMember ? "a member" : "not a member"} of the United Nations.`,
      ),
    );
    facts.push(
      neighbours.length > 0
        ? fact(
            `Nachbarstaaten: ${list(neighbours.map((b) => label.get(b)!.de))}.`,
            `Neighbours: ${list(neighbours.map((b) => label.get(b)!.en))}.`,
          )
        : fact("Keine Landgrenze zu einem anderen Staat.", "No land border with another state."),
    );
    if (languageNames.length > 0)
      facts.push(
        fact(
          `Amtssprache${languageNames.length > 1 ? "n" : ""}: ${list(languageNames.map((l) => l.de))}.`,
          `Official language${languageNames.length > 1 ? "s" : ""}: ${list(languageNames.map((l) => l.en))}.`,
        ),
      );
    if (currencyNames.length > 0)
      facts.push(
        fact(
          `Währung: ${list(currencyNames.map((x) => x.de))}.`,
          `Currency: ${list(currencyNames.map((x) => x.en))}.`,
        ),
      );
    const support = [...neighbours.map((b) => id.get(b)!), ...caps];
    return {
      id: id.get(c.cca3)!,
      type: "country" as const,
      label: me,
      description: independent
        ? { de: `Staat in ${regionDe}`, en: `State in ${regionEn}` }
        : {
            de: `Land in ${regionDe}; sein Status ist international umstritten`,
            en: `Country in ${regionEn}; its status is disputed internationally`,
          },
      wikidata: null,
      wikipedia: { de: null, en: null },
      genitiveS: !/[sxzß]$|ei$|e$|Republik/.test(me.de) && !NO_GENITIVE.has(me.de),
      aliases: names.get(c.cca3)!.aliases(support),
      relations: [...neighbours.map((b) => ({ type: "borders" as const, target: id.get(b)! }))],
      facts,
    };
  });
  const states = new Map(countries.map((c) => [c.cca2, { id: id.get(c.cca3)!, label: label.get(c.cca3)! }]));
  const partAliases = (texts: Array<[string, Lang]>, support: string[] = []) => {
    const names = new NameList();
    for (const [text, lang] of texts) names.add(text, lang);
    return names.aliases(support);
  };
  const parts = generateParts(states, slug, partAliases);
  const taken = new Set([...out, ...capitals, ...parts].map((e) => e.id));
  const regionEntities = generateRegions(countries, slug, partAliases);
  const stateEntities = [
    ...generateStates(states, taken, slug, partAliases),
    ...generateUsStates(states.get("US")!, taken, slug, partAliases),
  ];
  const territories = generateTerritories(worldCountries(), {
    germanNames,
    regionDe: region.de,
    states: new Map(countries.map((c) => [c.cca3, { id: id.get(c.cca3)!, label: label.get(c.cca3)! }])),
    slug,
    aliases: partAliases,
    taken: new Set([...taken, ...[...regionEntities, ...stateEntities].map((e) => e.id)]),
  });
  const before = [...out, ...capitals, ...parts, ...stateEntities, ...regionEntities, ...territories];
  const cityEntities = generateCities({
    countries: states,
    stateOf: cityStates(stateEntities, parts),
    takenNames: new Set(before.flatMap((e) => e.aliases.map((a) => a.text.toLowerCase()))),
    takenIds: new Set(before.map((e) => e.id)),
    germanCityNames: cities,
    capitalCountries: new Set(countries.filter((c) => c.capital.length > 0).map((c) => c.cca2)),
    slug,
    aliases: partAliases,
    isWord: isEverydayWord,
  });
  const districts = generateDistricts({
    germany: states.get("DE")!,
    stateOf: cityStates(stateEntities, parts),
    takenIds: new Set([...before, ...cityEntities].map((e) => e.id)),
    slug,
  });
  return {
    countries: out,
    capitals,
    parts,
    states: stateEntities,
    regions: regionEntities,
    territories,
    cities: cityEntities,
    districts,
  };
}
