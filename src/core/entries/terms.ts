// The reader's entries as matcher input, with the same case, genitive and surname rules that
// factbase/terms.ts derives for bundled entities.
import type { Term } from "../match";
import { entityIdOf } from "./model";
import type { Entry } from "./schema";

/** "NATO", "OSZE", "G7": at least two letters, none of them lower case. Such spellings match only as written. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

/** German adds a bare -s to most names (Merkels, Berlins); not after a hissing sound (Klaus', Paris'). */
const takesGenitiveS = (text: string): boolean => !/[sßxz]$/i.test(text);

/** One term per distinct spelling of each entry (name first, then aliases); blank and one-letter ones are left out. */
export function entryTerms(entries: readonly Entry[]): Term[] {
  const terms: Term[] = [];
  for (const entry of entries) {
    const entity = entityIdOf(entry);
    const seen = new Set<string>();
    for (const raw of [entry.name, ...entry.aliases]) {
      const text = raw.replace(/\s+/g, " ").trim();
      if (text.length < 2 || seen.has(text)) continue;
      seen.add(text);
      const caseSensitive = isAllCaps(text);
      terms.push({
        text,
        entity,
        caseSensitive,
        genitive: takesGenitiveS(text),
        lang: "any",
        surname: entry.type === "person" && !text.includes(" "),
      });
    }
  }
  return terms;
}
