// Territories the news names as places of their own (Grönland, Hongkong, Puerto Rico, Gibraltar, …): every
// entry of world-countries that is neither a UN member nor one of the pack's listed states, with a capital
// or main town (so no uninhabited islands), generated at build time like the countries (docs/world-pack.md).
// The wording is neutral: a territory with its own ISO code, not a member of the United Nations; the package
// names no sovereign, and the pack names none either.
import type { Alias, Fact, SourceEntity } from "../src/core/factbase/schema";
import { EXTRA_TERRITORIES, KEPT_ALT_SPELLINGS } from "./world-rules";
import { dataPackage, packageSource, type WorldCountry } from "./world-sources";

type Lang = "de" | "en";

/** Territories left out although they have a main town: military and research stations. */
const LEFT_OUT = new Set(["ATF", "IOT", "SGS", "UMI"]);

/** The territories of the pack, by alpha-3 code. */
export function selectedTerritories(all: readonly WorldCountry[]): WorldCountry[] {
  return all.filter(
    (c) =>
      !c.unMember && !EXTRA_TERRITORIES.includes(c.cca3) && !LEFT_OUT.has(c.cca3) && c.capital.length > 0,
  );
}

export interface TerritoryContext {
  /** German names by ISO alpha-2 (i18n-iso-countries): a string or several. */
  germanNames: Record<string, string | string[]>;
  /** German name of a world-countries (sub)region. */
  regionDe: (subregion: string, region: string) => string;
  /** Ids and labels of the pack's states by alpha-3 code, for neighbours. */
  states: ReadonlyMap<string, { id: string; label: { de: string; en: string } }>;
  slug: (name: string) => string;
  aliases: (names: Array<[string, Lang]>, support: string[]) => Alias[];
  /** Ids already taken by other entities of the pack. */
  taken: ReadonlySet<string>;
}

const list = (items: string[]) => items.join(", ").replace(/\.$/, "");

/** One place entity per territory of selectedTerritories, with its region, main town and neighbours. */
export function generateTerritories(all: readonly WorldCountry[], ctx: TerritoryContext): SourceEntity[] {
  const wc = dataPackage("world-countries");
  const source = packageSource(wc);
  const fact = (de: string, en: string): Fact => ({ text: { de, en }, asOf: wc.released, source });
  return selectedTerritories(all).flatMap((c) => {
    const german = ctx.germanNames[c.cca2];
    const deNames = [c.translations.deu?.common, ...(Array.isArray(german) ? german : [german])].filter(
      (n): n is string => typeof n === "string" && !/[(),]/.test(n),
    );
    const label = { de: deNames[0] ?? c.name.common, en: c.name.common };
    const id = ctx.slug(label.de);
    if (ctx.taken.has(id)) return [];
    const names: Array<[string, Lang]> = [
      [c.name.common, "en"],
      ...(c.name.official !== c.name.common ? [[c.name.official, "en"] as [string, Lang]] : []),
      ...(KEPT_ALT_SPELLINGS[c.cca3] ?? []).map((n): [string, Lang] => [n, "en"]),
      ...deNames.map((n): [string, Lang] => [n, "de"]),
    ];
    const neighbours = c.borders.filter((b) => ctx.states.has(b));
    const aliases = ctx.aliases(
      names,
      neighbours.map((b) => ctx.states.get(b)!.id),
    );
    // A label must be a name: an index form ("Cocos (Keeling) Islands") gives way to another English one.
    const texts = new Set(aliases.map((a) => a.text));
    if (!texts.has(label.en)) label.en = names.find(([n, l]) => l === "en" && texts.has(n))?.[0] ?? label.de;
    const regionDe = ctx.regionDe(c.subregion, c.region);
    const regionEn = c.subregion || c.region;
    const facts: Fact[] = [
      fact(
        `Gebiet mit eigenem Ländercode (ISO 3166-1: ${c.cca2}) in ${regionDe}; kein Mitglied der Vereinten Nationen.`,
        `Territory with its own country code (ISO 3166-1: ${c.cca2}) in ${regionEn}; not a member of the United Nations.`,
      ),
      fact(`Hauptort: ${list(c.capital)}.`, `Main town: ${list(c.capital)}.`),
    ];
    if (neighbours.length > 0)
      facts.push(
        fact(
          `Grenzt an: ${list(neighbours.map((b) => ctx.states.get(b)!.label.de))}.`,
          `Borders: ${list(neighbours.map((b) => ctx.states.get(b)!.label.en))}.`,
        ),
      );
    return [
      {
        id,
        type: "place" as const,
        label,
        description: {
          de: `Gebiet in ${regionDe} (kein UN-Mitglied)`,
          en: `Territory in ${regionEn} (not a UN member)`,
        },
        wikidata: null,
        wikipedia: { de: null, en: null },
        genitiveS: !/[sxzß]$|e$|n$|Färöer$/.test(label.de),
        aliases,
        relations: neighbours.map((b) => ({ type: "borders" as const, target: ctx.states.get(b)!.id })),
        facts,
      },
    ];
  });
}
