// The states of Germany and Austria and the cantons of Switzerland: the places German news names every day
// ("in Bayern", "Niedersachsens Landesregierung", "im Kanton Zürich"). Generated at build time like the
// countries (docs/world-pack.md): German and English names from iso3166-2-db (its names follow Wikipedia's
// article titles in each language), the state from the ISO 3166-2 code, linked to the state's entity.
import type { SourceEntity } from "../src/core/factbase/schema";
import { dataPackage, packageSource, subdivisions } from "./world-sources";

interface State {
  id: string;
  label: { de: string; en: string };
}

type Lang = "de" | "en";

/** The states whose first-level subdivisions the pack has, with the word for one of them. */
const KINDS: Record<string, { de: string; en: string }> = {
  DE: { de: "Land", en: "State" },
  AT: { de: "Bundesland", en: "State" },
  CH: { de: "Kanton", en: "Canton" },
};

/**
 * The names of one subdivision. Where the bare name is also a city's, only the full forms are names: the
 * package's English name then says "Canton of" (Zürich, Bern, Zug), or its German name starts with "Land"
 * (Salzburg). Otherwise the bare German name is one too ("Kanton Tessin", "Ticino" → "Tessin").
 */
export function subdivisionNames(de: string, en: string): Array<[string, Lang]> {
  if (en.startsWith("Canton of "))
    return [
      [de, "de"],
      [en, "en"],
    ];
  if (de.startsWith("Land ")) return [[de, "de"]];
  if (de.startsWith("Kanton "))
    return [
      [de, "de"],
      [de.slice("Kanton ".length), "de"],
      [en, "en"],
    ];
  return [
    [de, "de"],
    [en, "en"],
  ];
}

/**
 * One place entity per first-level subdivision of the states in KINDS, with a "part of" relation to its
 * state. A subdivision that is the same thing as a capital already in the pack (Berlin, Wien) is left out.
 * `aliases` makes the aliases with world-rules.ts' precision rules.
 */
export function generateStates(
  states: ReadonlyMap<string, State>,
  taken: ReadonlySet<string>,
  slug: (name: string) => string,
  aliases: (names: Array<[string, Lang]>, support: string[]) => SourceEntity["aliases"],
): SourceEntity[] {
  const pkg = dataPackage("iso3166-2-db");
  const source = packageSource(pkg);
  return Object.entries(KINDS).flatMap(([cca2, kind]) => {
    const state = states.get(cca2);
    if (!state) return [];
    const all = subdivisions(cca2).filter((s) => !taken.has(slug(s.de)));
    // A name that needs support on the page (world-rules.ts: Bayern) finds it in another state of the
    // same country or in the country itself.
    const ids = all.map((s) => slug(s.de));
    return all.map((s) => {
      const iso = `${cca2}-${s.code}`;
      const names = subdivisionNames(s.de, s.en);
      // A label must be a name: where the English one is also a city's (Salzburg), the German stands.
      const label = { de: s.de, en: names.some(([n]) => n === s.en) ? s.en : s.de };
      return {
        id: slug(s.de),
        type: "place" as const,
        label,
        description: {
          de: `${kind.de} (${state.label.de})`,
          en: `${kind.en} of ${state.label.en}`,
        },
        wikidata: null,
        wikipedia: { de: null, en: null },
        genitiveS: !/[sxzß]$/.test(s.de),
        // Clubs named with a German state ("KSV Hessen Kassel", "HTHC Hamburg"): OF_PHRASES'
        // club words (src/core/match/names.ts), as every generated name carries them.
        aliases: aliases(
          names,
          ids.filter((id) => id !== slug(s.de)),
        ),
        relations: [{ type: "partOf" as const, target: state.id }],
        facts: [
          {
            text: {
              de: `${kind.de} des Staates ${state.label.de} (ISO 3166-2: ${iso}).`,
              en: `${kind.en} of ${state.label.en} (ISO 3166-2: ${iso}).`,
            },
            asOf: pkg.released,
            source,
          },
        ],
      };
    });
  });
}
