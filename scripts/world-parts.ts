// The parts of states that the news names as countries of their own: England, Scotland and Wales, the
// subdivisions that Unicode CLDR names in German (scripts/world-sources.ts, namedSubdivisions). Generated
// at build time like the countries (docs/world-pack.md): names from CLDR, the state from the ISO 3166-2
// code's first two letters, linked to the state's entity.
import type { SourceEntity } from "../src/core/factbase/schema";
import { dataPackage, namedSubdivisions, packageSource } from "./world-sources";

interface State {
  id: string;
  label: { de: string; en: string };
}

type Lang = "de" | "en";

/**
 * One place entity per named subdivision of a selected state (`states` by ISO alpha-2 code), with a
 * "part of" relation to it. `aliases` makes the aliases of the names with world-rules.ts' precision rules.
 */
export function generateParts(
  states: ReadonlyMap<string, State>,
  slug: (name: string) => string,
  aliases: (names: Array<[string, Lang]>) => SourceEntity["aliases"],
): SourceEntity[] {
  const pkg = dataPackage("cldr-subdivisions-full");
  const source = packageSource(pkg);
  return namedSubdivisions().flatMap(({ code, de, en }) => {
    const state = states.get(code.slice(0, 2).toUpperCase());
    if (!state) return [];
    const iso = `${code.slice(0, 2).toUpperCase()}-${code.slice(2).toUpperCase()}`;
    return [
      {
        id: slug(de),
        type: "place" as const,
        label: { de, en },
        description: { de: `Landesteil: ${state.label.de}`, en: `Country of the ${state.label.en}` },
        wikidata: null,
        wikipedia: { de: null, en: null },
        genitiveS: !/[sxzß]$/.test(de),
        aliases: aliases([
          [en, "en"],
          [de, "de"],
        ]),
        relations: [{ type: "partOf" as const, target: state.id }],
        facts: [
          {
            text: {
              de: `Landesteil des Staates ${state.label.de} (ISO 3166-2: ${iso}).`,
              en: `Part of the ${state.label.en} (ISO 3166-2: ${iso}).`,
            },
            asOf: pkg.released,
            source,
          },
        ],
      },
    ];
  });
}
