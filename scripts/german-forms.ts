// German case forms of the fact base's names, generated at build time from each nominative alias, never
// copied by hand: news write "der Europäischen Union", "den Vereinigten Staaten", "des Internationalen
// Strafgerichtshofs", "in den Niederlanden". The matcher itself knows only the genitive -s of a whole name
// (src/core/match), so the other forms become aliases of their own. docs/world-pack.md ("German forms").
//
// The grammar, for a name that opens with capitalised adjectives before its head noun:
// - after the definite article (how news name institutions and states), the adjective ends in -en in every
//   case but the nominative singular: "die Europäische Union" / "der, die Europäischen Union";
// - a masculine or neuter name without article ends in -er / -es ("Internationaler Strafgerichtshof",
//   "Europäisches Parlament"); with the article in the nominative it ends in -e ("der Internationale
//   Strafgerichtshof"); its head noun takes the genitive -s or -es ("des Internationalen Strafgerichtshofs");
// - a plural name whose head ends in -e takes the dative -n ("in den Niederlanden", "den Vereinigten
//   Arabischen Emiraten").
import type { Alias, SourceEntity } from "../src/core/factbase/schema";

/** Endings of the adjectives in proper names (europäisch, international, vereinigt, heilig, …). */
const ADJECTIVE_STEM = /^\p{Lu}[\p{L}-]*(?:isch|al|ig|ell|är|ar|iv|t)$/u;
const CAPITAL_WORD = /^\p{Lu}/u;

interface Split {
  adjectives: Array<{ stem: string; ending: "e" | "er" | "es" }>;
  rest: string[];
}

function split(name: string): Split | null {
  const words = name.split(" ");
  const adjectives: Split["adjectives"] = [];
  let i = 0;
  for (; i < words.length - 1; i++) {
    const m = /^(.*?)(es|er|e)$/u.exec(words[i]!);
    if (!m || !ADJECTIVE_STEM.test(m[1]!) || !CAPITAL_WORD.test(words[i + 1]!)) break;
    adjectives.push({ stem: m[1]!, ending: m[2] as "e" | "er" | "es" });
  }
  if (adjectives.length === 0) return null;
  // One gender for the run: "Vereinigte Arabische Emirate", never "Internationaler Europäische …".
  if (new Set(adjectives.map((a) => a.ending)).size > 1) return null;
  return { adjectives, rest: words.slice(i) };
}

/** The genitive of a masculine or neuter head noun: -s, and -es after a closed final syllable. */
function genitives(noun: string): string[] {
  if (/[sxzß]$/.test(noun)) return [];
  const out = [`${noun}s`];
  if (/[^aeiouäöüy][^aeiouäöüy]$|(?:of|at|ag|ug|ch)$/.test(noun) && !/e[lnr]$/.test(noun))
    out.push(`${noun}es`);
  return out;
}

/**
 * Every other case form of a German name (the name itself excluded), or none when the name has no
 * declinable part. `plural`: the name is a plural (Niederlande, Vereinigte Staaten).
 */
export function germanCaseForms(name: string, plural = false): string[] {
  const forms = new Set<string>();
  const s = split(name);
  if (s) {
    const ending = s.adjectives[0]!.ending;
    const adj = (e: string) => s.adjectives.map((a) => a.stem + e).join(" ");
    const [head, ...tail] = s.rest;
    const withHead = (h: string) => [adj("en"), h, ...tail].join(" ");
    forms.add(withHead(head!));
    if (ending !== "e") {
      forms.add([adj("e"), head, ...tail].join(" "));
      if (!plural) for (const g of genitives(head!)) forms.add(withHead(g));
    }
    if (plural && /e$/.test(head!)) forms.add(withHead(`${head}n`));
  } else if (plural && !name.includes(" ") && /e$/.test(name)) {
    forms.add(`${name}n`);
  }
  forms.delete(name);
  return [...forms];
}

/**
 * The entity with the generated German case forms of its German names added after them, each carrying
 * its source alias's rules. Names that another alias already spells are not added twice; people are left
 * alone (their names do not decline). `plurals`: the German names that are plurals.
 */
export function withGermanForms(entity: SourceEntity, plurals: ReadonlySet<string>): SourceEntity {
  if (entity.type === "person") return entity;
  const taken = new Set(entity.aliases.map((a) => a.text.toLowerCase()));
  const aliases: Alias[] = [];
  for (const alias of entity.aliases) {
    aliases.push(alias);
    if (alias.lang !== "de" && alias.lang !== "any") continue;
    if (alias.caseSensitive) continue;
    for (const form of germanCaseForms(alias.text, plurals.has(alias.text))) {
      if (taken.has(form.toLowerCase())) continue;
      taken.add(form.toLowerCase());
      aliases.push({ ...alias, text: form, lang: "de" });
    }
  }
  return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
}
