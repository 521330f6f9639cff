// Continents and regions of the world as the news names them ("in Afrika", "Osteuropa", "Latin America"):
// the UN M.49 regions that Unicode CLDR names in German and English (cldr-localenames-full), generated at
// build time like the countries (docs/world-pack.md). A continent's second fact counts the UN member
// states that world-countries puts in it.

// import.meta.url under tsx (ESM); __filename under jest, which runs the scripts as CommonJS.
import { createRequire } from "node:module";
import type { SourceEntity } from "../src/core/factbase/schema";
import { dataPackage, packageSource, type WorldCountry } from "./world-sources";

const require = createRequire(import.meta.url ?? __filename);

type Lang = "de" | "en";

/**
 * The M.49 codes the pack names, and Antarctica (ISO AQ). Left out: 001 (German "Welt" is a word), 019
 * ("Amerika" often means the United States in German), and the regions news hardly names (Nördliches
 * Amerika, Melanesien, Mikronesisches Inselgebiet, Äußeres Ozeanien).
 */
export const REGION_CODES = [
  "002",
  "003",
  "005",
  "009",
  "011",
  "013",
  "014",
  "015",
  "017",
  "018",
  "029",
  "030",
  "034",
  "035",
  "039",
  "053",
  "142",
  "143",
  "145",
  "150",
  "151",
  "154",
  "155",
  "202",
  "419",
  "AQ",
];

/** Continents: world-countries' `region` spelled as CLDR's English name. */
const CONTINENTS = new Set(["Africa", "Asia", "Europe", "Oceania"]);

function territoryNames(lang: Lang): Record<string, string> {
  return require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames
    .territories as Record<string, string>;
}

/** One place entity per region of REGION_CODES; `aliases` applies world-rules.ts' precision rules. */
export function generateRegions(
  countries: readonly WorldCountry[],
  slug: (name: string) => string,
  aliases: (names: Array<[string, Lang]>) => SourceEntity["aliases"],
): SourceEntity[] {
  const cldr = dataPackage("cldr-localenames-full");
  const wc = dataPackage("world-countries");
  const de = territoryNames("de");
  const en = territoryNames("en");
  return REGION_CODES.map((code) => {
    const label = { de: de[code]!, en: en[code]! };
    const m49 = /^\d+$/.test(code);
    const members = countries.filter((c) => c.unMember && c.region === label.en).length;
    return {
      id: slug(label.de),
      type: "place" as const,
      label,
      description: m49
        ? { de: "Region der Erde (UN M.49)", en: "Region of the world (UN M.49)" }
        : { de: "Kontinent am Südpol", en: "Continent at the South Pole" },
      wikidata: null,
      wikipedia: { de: null, en: null },
      genitiveS: !/[sxzß]$/.test(label.de),
      aliases: aliases([
        [label.de, "de"],
        [label.en, "en"],
      ]),
      relations: [],
      facts: [
        {
          text: m49
            ? {
                de: `Region der Erde in der Gliederung der Vereinten Nationen (UN M.49, Code ${code}).`,
                en: `Region of the world in the United Nations' classification (UN M.49, code ${code}).`,
              }
            : {
                de: "Kontinent um den Südpol (ISO 3166-1: AQ).",
                en: "Continent around the South Pole (ISO 3166-1: AQ).",
              },
          asOf: cldr.released,
          source: packageSource(cldr),
        },
        ...(CONTINENTS.has(label.en) && members > 0
          ? [
              {
                text: {
                  de: `world-countries ordnet ${members} Mitgliedstaaten der Vereinten Nationen ${label.de} zu.`,
                  en: `world-countries places ${members} member states of the United Nations in ${label.en}.`,
                },
                asOf: wc.released,
                source: packageSource(wc),
              },
            ]
          : []),
      ],
    };
  });
}
