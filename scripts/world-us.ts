// The 50 states of the United States: local US news names them on almost every page ("Texas", "in Ohio",
// "Florida Gov. …"). Generated at build time like the German states (docs/world-pack.md): names from
// iso3166-2-db (German "Kalifornien", English "California"), each "part of" the United States.
import type { Alias, SourceEntity } from "../src/core/factbase/schema";
import { dataPackage, packageSource, subdivisions } from "./world-sources";

type Lang = Alias["lang"];

/**
 * Names that are also another place's, a university's or a team's, in either language. "Georgia" is the
 * seed's country (the first alias of a spelling wins, src/core/match/index.ts); "Washington" the capital;
 * a bare "New York" is the city more often than the state. These three states are named only with the
 * word "state" (docs/world-pack.md).
 */
const QUALIFIED: Record<string, Array<[string, Lang]>> = {
  Georgia: [
    ["Georgia (U.S. state)", "en"],
    ["Georgia state", "en"],
    ["state of Georgia", "en"],
    ["US-Bundesstaat Georgia", "de"],
    ["Bundesstaat Georgia", "de"],
  ],
  Washington: [
    ["Washington state", "en"],
    ["state of Washington", "en"],
    ["US-Bundesstaat Washington", "de"],
    ["Bundesstaat Washington", "de"],
  ],
  "New York": [
    ["New York state", "en"],
    ["New York State", "en"],
    ["state of New York", "en"],
    ["US-Bundesstaat New York", "de"],
    ["Bundesstaat New York", "de"],
  ],
};

/**
 * Words after a state's name that make it another name, in both languages (the English open rule covers
 * English text only when the alias is English; these also hold on German pages): Kansas City, Ohio State,
 * Georgia Tech, Texas A&M.
 */
export const US_STATE_NOT_BEFORE = ["City", "State", "Tech", "University", "A&M"];

/** The names of one state: the English one as English (its open longer-name rule), the German if it differs. */
export function usStateNames(de: string, en: string): Array<[string, Lang]> {
  const qualified = QUALIFIED[en];
  if (qualified) return qualified;
  return de === en
    ? [[en, "en"]]
    : [
        [de, "de"],
        [en, "en"],
      ];
}

/**
 * One place entity per state (the District of Columbia is the capital, already in the pack), "part of"
 * the United States. `aliases` makes the aliases with world-rules.ts' precision rules.
 */
export function generateUsStates(
  usa: { id: string; label: { de: string; en: string } },
  taken: ReadonlySet<string>,
  slug: (name: string) => string,
  aliases: (names: Array<[string, Lang]>, support: string[]) => SourceEntity["aliases"],
): SourceEntity[] {
  const pkg = dataPackage("iso3166-2-db");
  const source = packageSource(pkg);
  return subdivisions("US")
    .filter((s) => s.code !== "DC")
    .map((s) => {
      const base = slug(s.de);
      const id = taken.has(base) ? `${base}-us` : base;
      const texts = usStateNames(s.de, s.en);
      const names: SourceEntity["aliases"] = aliases(texts, []).map((a) => ({
        ...a,
        notBefore: [...new Set([...(a.notBefore ?? []), ...US_STATE_NOT_BEFORE])],
      }));
      // A label must be one of the names: the first of each language (a bracketed one is kept as written).
      const first = (lang: Lang) => texts.find(([, l]) => l === lang)?.[0] ?? s.en;
      if (!names.some((a) => a.text === first("en")))
        names.unshift({ text: first("en"), lang: "en", caseSensitive: true });
      const iso = `US-${s.code}`;
      return {
        id,
        type: "place" as const,
        label: { de: first("de"), en: first("en") },
        description: { de: `Bundesstaat der ${usa.label.de}`, en: `State of the ${usa.label.en}` },
        wikidata: null,
        wikipedia: { de: null, en: null },
        genitiveS: !/[sxzß]$/.test(s.de),
        aliases: names,
        relations: [{ type: "partOf" as const, target: usa.id }],
        facts: [
          {
            text: {
              de: `Bundesstaat der ${usa.label.de} (ISO 3166-2: ${iso}).`,
              en: `State of the ${usa.label.en} (ISO 3166-2: ${iso}).`,
            },
            asOf: pkg.released,
            source,
          },
        ],
      };
    });
}
