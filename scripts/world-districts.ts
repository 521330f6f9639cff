// Germany's districts (Landkreise and Kreise): local news names them on most pages ("im Landkreis
// Rottal-Inn", "Kreis Euskirchen", "im Berchtesgadener Land"). Generated at build time from Destatis'
// official names and populations (31 Dec 2018) through landkreise-deutschland (docs/world-pack.md).
// A district is named with its kind ("Landkreis Augsburg", "Kreis Karlsruhe"), never by its bare name,
// which is nearly always also its seat's (Augsburg, Kassel, Leer, Regen, Hof): only names that carry the
// kind themselves ("Rhein-Sieg-Kreis", "Region Hannover") or end in "Land" stand alone.
import type { Alias, Fact, SourceEntity } from "../src/core/factbase/schema";
import { dataPackage, type GeoCity, geoCities, germanDistricts, packageSource } from "./world-sources";

interface Place {
  id: string;
  label: { de: string; en: string };
}

export interface DistrictInput {
  germany: Place;
  /** A German state's entity by GeoNames admin code. */
  stateOf: (cca2: string, admin: string) => Place | undefined;
  takenIds: ReadonlySet<string>;
  slug: (name: string) => string;
}

const KINDS = new Set(["Landkreis", "Kreis", "Regionalverband"]);

/** Destatis' abbreviations of a name's addition, written out as text writes them. */
function writtenOut(name: string): string {
  return name
    .replace(/\s*\(([^)]*)\)/, " ($1)")
    .replace(/\ba\.d\.\s*/g, "an der ")
    .replace(/\bi\.d\.\s*/g, "in der ")
    .replace(/\ba\.\s*/g, "am ")
    .replace(/\bi\.\s*/g, "im ")
    .replace(/\bOPf\.$/, "Oberpfalz")
    .replace(/\s*\(.*\)$/, "")
    .trim();
}

/** Whether the name says what it is, so that it may stand alone ("Rhein-Sieg-Kreis", "Region Hannover"). */
const selfNamed = (name: string) =>
  /kreis\b|Kreis\b|^Region |^Städteregion |^Regionalverband |^Landkreis | Land$/.test(name);

/**
 * The genitive of a district's name: "des Landkreises Augsburg", "des Rhein-Sieg-Kreises", "des
 * Märkischen Kreises".
 */
const genitive = (name: string) =>
  name.replace(/^(\S+)er Kreis$/, "$1en Kreis").replace(/([Kk]reis)( |$)/, "$1es$2");

const number = (n: number, lang: "de" | "en") => n.toLocaleString(lang === "de" ? "de-DE" : "en-GB");

/** The state of each district by the first two digits of its key, as GeoNames' German places give it. */
function statesByKey(all: readonly GeoCity[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const c of all) {
    if (c.country !== "DE" || !c.muni) continue;
    const key = c.muni.slice(0, 2);
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(c.adminCode, (v.get(c.adminCode) ?? 0) + 1);
    votes.set(key, v);
  }
  return new Map([...votes].map(([key, v]) => [key, [...v].sort((a, b) => b[1] - a[1])[0]![0]]));
}

export function generateDistricts(input: DistrictInput): SourceEntity[] {
  const destatis = dataPackage("landkreise-deutschland");
  const admin = statesByKey(geoCities());
  const used = new Set(input.takenIds);
  const out: SourceEntity[] = [];
  for (const d of germanDistricts()) {
    if (!KINDS.has(d.type)) continue;
    const key = String(d.AGS).padStart(5, "0");
    const bare = writtenOut(d.name);
    const full = selfNamed(bare) ? bare : `${d.type} ${bare}`;
    const names = new Set([full]);
    if (d.type !== "Regionalverband" && !selfNamed(bare)) {
      // Text writes "Kreis" for a Landkreis too ("Kreis Karlsruhe", "Kreis Rosenheim").
      names.add(`Kreis ${bare}`);
      if (d.type === "Kreis") names.add(`Landkreis ${bare}`);
    }
    for (const n of [...names]) if (/[Kk]reis( |$)/.test(n)) names.add(genitive(n));
    let id = input.slug(full);
    if (used.has(id)) id = `${id}-${key}`;
    used.add(id);
    const state = input.stateOf("DE", admin.get(key.slice(0, 2)) ?? "");
    const where = state
      ? {
          de: `${state.label.de} (${input.germany.label.de})`,
          en: `${state.label.en}, ${input.germany.label.en}`,
        }
      : { de: input.germany.label.de, en: input.germany.label.en };
    const kind =
      d.type === "Regionalverband"
        ? { de: "Kommunalverband", en: "Association of municipalities" }
        : { de: d.type, en: "District" };
    const aliases: Alias[] = [...names].map((text) => ({
      text,
      lang: "any",
      caseSensitive: false,
    }));
    const facts: Fact[] = [
      {
        text: {
          de: `${kind.de} in ${where.de}; Kreisschlüssel ${key}.`,
          en: `${kind.en} in ${where.en}; official district key ${key}.`,
        },
        // Destatis' list of districts as of 31 Dec 2018, like the population.
        asOf: "2018-12-31",
        source: packageSource(destatis),
      },
      {
        text: {
          de: `Einwohner: ${number(d.population, "de")} (Destatis, Stand 31.12.2018).`,
          en: `Population: ${number(d.population, "en")} (Destatis, as of 31 Dec 2018).`,
        },
        asOf: "2018-12-31",
        source: packageSource(destatis),
      },
    ];
    out.push({
      id,
      type: "place",
      label: { de: full, en: full },
      description: { de: `${kind.de} in ${where.de}`, en: `${kind.en} in ${where.en}` },
      wikidata: null,
      wikipedia: { de: null, en: null },
      genitiveS: false,
      aliases,
      relations: [
        ...(state ? [{ type: "locatedIn" as const, target: state.id }] : []),
        { type: "locatedIn" as const, target: input.germany.id },
      ],
      facts,
    });
  }
  return out;
}
