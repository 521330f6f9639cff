// Occurrences → distinct names: one entry per name and kind, with surnames, genitives and
// possessives folded into the longest form, known names dropped, sorted and capped.
import { CORPORATE } from "./institutions";
import type { Candidate, FoundName, NameKind } from "./types";

// A company's legal form: "Google Inc" is Google, "Union Pacific Corp" is Union Pacific.
const LEGAL_FORM = / (?:inc|corp|co|cos|ltd|llc|plc|ag|se|gmbh|kgaa|sa|nv)\.?$/;

export const MAX_NAMES = 100;

interface Group {
  key: string;
  text: string;
  kinds: Map<NameKind, number>;
  /** Kinds of the lone-word guesses (weak candidates): counted only when nothing stronger gave a kind. */
  guessed: Map<NameKind, number>;
  count: number;
  forms: string[];
  first: string;
  order: number;
  strong: boolean;
  twice: number;
  into?: Group;
}

const keyOf = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ");
const lastWord = (key: string): string => key.slice(key.lastIndexOf(" ") + 1);

function root(g: Group): Group {
  let r = g;
  while (r.into) r = r.into;
  return r;
}

/** @param keepForms false for a genitive: "Paschinjans" is neither the display form nor an alias. */
/** @param as the kind the absorbed occurrences count as ("Campbell" read as a person is Campbell Soup). */
function absorb(into: Group, g: Group, keepForms = true, as?: NameKind): void {
  into.count += g.count;
  for (const [k, n] of g.kinds) into.kinds.set(as ?? k, (into.kinds.get(as ?? k) ?? 0) + n);
  for (const [k, n] of g.guessed) into.guessed.set(as ?? k, (into.guessed.get(as ?? k) ?? 0) + n);
  if (keepForms) for (const f of g.forms) if (!into.forms.includes(f)) into.forms.push(f);
  if (g.order < into.order) {
    into.order = g.order;
    into.first = g.first;
  }
  into.strong ||= g.strong;
  g.into = into;
}

function mainKind(g: Group): NameKind {
  let best: NameKind = "person";
  let n = -1;
  // "Feuerwehren Altentreptow" guesses a person; the dateline "Altentreptow (ots)" says place.
  for (const [k, c] of g.kinds.size ? g.kinds : g.guessed) if (c > n) [best, n] = [k, c];
  return best;
}

/**
 * @param covered true when a fact-base entity covers the name: such names are not shown.
 * @param german fold a trailing genitive -s ("Paschinjans") into the name without it.
 */
export function mergeNames(
  candidates: readonly Candidate[],
  covered: (name: string) => boolean,
  german = false,
): FoundName[] {
  const groups = new Map<string, Group>();
  const known = new Map<string, boolean>();
  const isCovered = (text: string): boolean => {
    const v = known.get(text) ?? covered(text);
    known.set(text, v);
    return v;
  };
  for (const [order, c] of candidates.entries()) {
    if (isCovered(c.text)) continue;
    const key = keyOf(c.text);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        text: c.text,
        kinds: new Map(),
        guessed: new Map(),
        count: 0,
        forms: [],
        first: c.surface,
        order,
        strong: false,
        twice: 0,
      };
      groups.set(key, g);
    }
    g.count++;
    const kinds = c.weak || c.guess ? g.guessed : g.kinds;
    kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    if (!g.forms.includes(c.text)) g.forms.push(c.text);
    if (c.twice) g.strong ||= ++g.twice >= 2;
    else g.strong ||= !c.weak;
  }
  const all = [...groups.values()];
  // "James Cook University (JCU)": the acronym in brackets is a form of the long name before it.
  for (const c of candidates) {
    const short = c.of ? groups.get(keyOf(c.text)) : undefined;
    const long = c.of ? groups.get(keyOf(c.of)) : undefined;
    if (short && long && root(short) !== root(long))
      absorb(root(long), root(short), true, mainKind(root(long)));
  }
  for (const g of all) {
    const m = LEGAL_FORM.exec(g.key);
    const stem = m ? groups.get(g.key.slice(0, m.index)) : undefined;
    if (stem && !g.into && root(stem) !== g) absorb(g, root(stem));
  }
  if (german) {
    for (const g of all) {
      const stem = g.key.endsWith("s") ? groups.get(g.key.slice(0, -1)) : undefined;
      if (stem && stem !== g) absorb(root(stem), g, false);
    }
  }
  // A one-word name that is the surname of exactly one longer person on the page is that person.
  const bySurname = new Map<string, Group[]>();
  for (const g of all) {
    if (g.into || !g.key.includes(" ") || mainKind(g) !== "person" || !g.strong) continue;
    const s = lastWord(g.key);
    bySurname.set(s, [...(bySurname.get(s) ?? []), g]);
  }
  for (const g of all) {
    if (g.into || g.key.includes(" ")) continue;
    const people =
      bySurname.get(g.key) ?? (german && g.key.endsWith("s") ? bySurname.get(g.key.slice(0, -1)) : undefined);
    if (people?.length === 1) absorb(people[0]!, g, bySurname.has(g.key));
  }
  // "Van Gaal" of "Louis van Gaal": a surname with its particle is that person too.
  const people = all.filter((g) => !g.into && g.key.includes(" ") && mainKind(g) === "person");
  for (const g of people) {
    if (g.into) continue;
    const longer = people.filter((p) => p !== g && !p.into && p.key.endsWith(` ${g.key}`));
    if (longer.length === 1) absorb(longer[0]!, g);
  }
  // "Campbell" of "Campbell Soup": the first word of exactly one organisation's name, alone, is that
  // organisation, unless a trade word makes the longer name a company of its own ("Siemens Energy").
  // A lone name whose kind is only a guess (docs/discovery.md, "Lone names") has nothing that makes it a
  // company of its own: "Acacia" beside "Acacia Communications" is that company.
  const byOpening = new Map<string, Group[]>();
  const byOpeningAny = new Map<string, Group[]>();
  for (const g of all) {
    if (g.into || !g.key.includes(" ") || mainKind(g) !== "organisation") continue;
    const [first, second] = g.key.split(" ");
    byOpeningAny.set(first!, [...(byOpeningAny.get(first!) ?? []), g]);
    if ([...CORPORATE].some((w) => w.toLowerCase() === second)) continue;
    byOpening.set(first!, [...(byOpening.get(first!) ?? []), g]);
  }
  for (const g of all) {
    // A place stays a place: "Texas" beside "Texas State Legislature", "Boston" beside "Boston Celtics".
    if (g.into || g.key.includes(" ") || mainKind(g) === "place") continue;
    const orgs = (g.kinds.size === 0 ? byOpeningAny : byOpening).get(g.key);
    if (orgs?.length === 1) absorb(root(orgs[0]!), g, true, "organisation");
  }
  // A given name alone ("Nikol") of exactly one longer person on the page is that person too: once the
  // person is known (a mark), the given name must not be listed as a discovery of its own.
  const byFirst = new Map<string, Group[]>();
  for (const g of all) {
    if (g.into || !g.key.includes(" ") || mainKind(g) !== "person") continue;
    const f = g.key.slice(0, g.key.indexOf(" "));
    byFirst.set(f, [...(byFirst.get(f) ?? []), g]);
  }
  for (const g of all) {
    if (g.into || g.key.includes(" ") || mainKind(g) !== "person") continue;
    const people = byFirst.get(g.key);
    if (people?.length === 1) absorb(root(people[0]!), g);
  }
  const out: FoundName[] = [];
  for (const g of all) {
    if (g.into || !g.strong) continue;
    const text = g.forms.reduce((a, b) => (b.length > a.length ? b : a));
    if (text !== g.text && isCovered(text)) continue;
    out.push({ text, kind: mainKind(g), count: g.count, forms: g.forms, first: g.first });
  }
  out.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return out.slice(0, MAX_NAMES);
}
