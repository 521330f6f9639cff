// German rules over the whole text after the word-by-word scan (docs/discovery.md, "Organisations by their
// words", "Places by their company", "One name, several forms"): each reads the candidates found so far.

import type { GermanScan } from "./german-types";
import { DETERMINERS, isAcronym, isRole } from "./german-words";
import { FOR_INSTITUTION } from "./institutions";
import type { Candidate } from "./types";

/**
 * "Max-Planck-Institut für Biochemie", "Bundesamt für Migration und Flüchtlinge": an institution word
 * with "für" and its field is one organisation; the run's own candidates inside it go.
 */
export function withForInstitutions(g: GermanScan): Candidate[] {
  // The field may open with an adjective: "Staatskomitee für nationale Sicherheit".
  // An adjective may open the name: "Schanghaier Organisation für Zusammenarbeit".
  const FOR =
    /(?:(\p{Lu}\p{Ll}+(?:er|e|en|es)) )?([\p{Lu}][\p{L}-]*) für ((?:\p{Ll}+e[nrs]? )?\p{Lu}[\p{L}-]+(?: und \p{Lu}[\p{L}-]+)?)/gu;
  const spans: Array<[number, number, Candidate]> = [];
  for (const m of g.text.matchAll(FOR)) {
    if (!FOR_INSTITUTION.test(m[2]!)) continue;
    const adjective = m[1] && !DETERMINERS.has(m[1].toLowerCase()) && !isRole(m[1]) ? m[1] : "";
    const from = adjective ? m.index : m.index + (m[1] ? m[1].length + 1 : 0);
    const surface = g.text.slice(from, m.index + m[0].length);
    const c: Candidate = { text: surface, kind: "organisation", surface };
    g.starts.set(c, from);
    spans.push([from, from + surface.length, c]);
  }
  if (spans.length === 0) return g.out;
  const inside = (c: Candidate): boolean => {
    const at = g.starts.get(c);
    return at !== undefined && spans.some(([a, b]) => at >= a && at < b);
  };
  return [...g.out.filter((c) => !inside(c)), ...spans.map((x) => x[2])];
}

/**
 * "zwischen Stepanakert und Baku", "Jerewan/Stepanakert/Baku": a lone unknown word listed with a known
 * place after a place cue (zwischen, in, nach, aus, von, bis), or beside it with a slash, is a place too.
 */
export function coordinated(g: GermanScan, list: Candidate[]): Candidate[] {
  const gaz = g.gaz;
  if (!gaz) return list;
  const places = new Set(list.filter((c) => c.kind === "place").map((c) => c.text));
  const known = (w: string | undefined): boolean => !!w && (places.has(w) || gaz.place(w));
  const CUE = /(?:^|[\s(])(?:zwischen|in|nach|aus|von|bis)[ \u00a0]+$/;
  for (const c of list) {
    const at = g.starts.get(c);
    if (!c.weak || at === undefined) continue;
    const end = at + c.surface.length;
    const head = g.text.slice(Math.max(0, at - 80), at);
    const tail = g.text.slice(end, end + 60);
    const slashBefore = /(\p{Lu}[\p{L}-]*)\)?[ \u00a0]*\/[ \u00a0]*$/u.exec(head);
    const slashAfter = /^[ \u00a0]*\/[ \u00a0]*(\p{Lu}[\p{L}-]*)/u.exec(tail);
    const andBefore = /(\p{Lu}[\p{L}-]*)[ \u00a0]+(?:und|oder)[ \u00a0]+$/u.exec(head);
    const andAfter = /^[ \u00a0]+(?:und|oder)[ \u00a0]+(\p{Lu}[\p{L}-]*)/u.exec(tail);
    const listed =
      known(slashBefore?.[1]) ||
      known(slashAfter?.[1]) ||
      (known(andBefore?.[1]) && CUE.test(head.slice(0, andBefore!.index))) ||
      (known(andAfter?.[1]) && CUE.test(head));
    if (!listed) continue;
    c.kind = "place";
    delete c.weak;
  }
  return list;
}

/**
 * "Deutsche Bank, Commerzbank, Daimler, Merck und Lufthansa": a lone unknown word listed with an
 * organisation (a comma, und, oder, sowie between them) is an organisation too, and the list passes it on.
 * Not a surname of a person named in full on the page ("DSW und Kirchhoff" beside "Klaus Rainer Kirchhoff").
 */
export function listedOrganisations(g: GermanScan, list: Candidate[]): Candidate[] {
  const surnames = new Set(
    list
      .filter((c) => c.kind === "person" && !c.weak && c.text.includes(" "))
      .map((c) => c.text.split(" ").pop()),
  );
  const starts = new Set<number>();
  const ends = new Set<number>();
  const add = (c: Candidate): void => {
    const at = g.starts.get(c);
    if (at === undefined) return;
    starts.add(at);
    ends.add(at + c.surface.length);
  };
  // A lone acronym that still needs a second mention ("Web3, NFT und Metaverse") is no evidence.
  for (const c of list) if (c.kind === "organisation" && !c.twice) add(c);
  const SEP_BEFORE = /(?:,|[ \u00a0](?:und|oder|sowie))[ \u00a0]+$/;
  const SEP_AFTER = /^(?:,|[ \u00a0]+(?:und|oder|sowie))[ \u00a0]+/;
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of list) {
      const at = g.starts.get(c);
      if (!c.weak || c.kind !== "person" || at === undefined || surnames.has(c.text)) continue;
      const end = at + c.surface.length;
      const head = g.text.slice(Math.max(0, at - 12), at);
      const before = SEP_BEFORE.exec(head);
      const after = SEP_AFTER.exec(g.text.slice(end, end + 12));
      // A sentence's first word before a comma is no list item ("Szenenwechsel, Amtsgericht Coburg.").
      const initial = at === 0 || /[.!?:\n]["“”„'’)]*\s*$/.test(g.text.slice(Math.max(0, at - 4), at));
      const listed =
        (before !== null && ends.has(at - head.length + before.index)) ||
        (after !== null && !initial && starts.has(end + after[0].length));
      if (!listed) continue;
      c.kind = "organisation";
      delete c.weak;
      add(c);
      changed = true;
    }
  }
  return list;
}

/**
 * "Schanghaier Organisation für Zusammenarbeit (SCO)": an acronym in brackets right after an
 * organisation's name is its short form, whatever language its letters come from.
 */
export function shortForms(g: GermanScan, list: Candidate[]): Candidate[] {
  const orgEnds = new Map<number, Candidate>();
  for (const c of list) {
    const at = g.starts.get(c);
    if (c.kind === "organisation" && at !== undefined) orgEnds.set(at + c.surface.length, c);
  }
  for (const c of list) {
    const at = g.starts.get(c);
    if (at === undefined || !isAcronym(c.text) || g.text.charAt(at - 1) !== "(") continue;
    const long = orgEnds.get(g.text.slice(0, at - 1).trimEnd().length);
    if (long && long !== c) c.of = long.text;
  }
  return list;
}
