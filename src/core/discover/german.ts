// German names without NLP (compromise reads no German). Conservative cues, measured in
// bench/discover.ts: fewer names rather than wrong ones (docs/discovery.md, "German").
// - A run of two or more capitalised words that are not common nouns: a person ("Sadyr Dschaparow"),
//   or a place after in/nach/aus.
// - One such word right after a role word ("Präsident Tokajew", "Kremlsprecher Peskow"): a person.
// - One such word right after in/nach/aus ("in Astana"): a place.
// - An adjective plus an institution word ("Vereinte Nationen", "Europäische Union"): an organisation;
//   so is an acronym ("OSZE").
// - Any other lone capitalised word is only counted as a surname of a person found by the rules above.
// The rules live by family in german-bodies.ts (organisations), german-people.ts (persons and places) and
// german-passes.ts (rules over the whole text); this module splits the text into runs and applies them.

import { dateline } from "./dateline";
import {
  acronym,
  acronymCompound,
  agency,
  club,
  companyNoun,
  corporate,
  digits,
  institution,
  knownCompany,
  publication,
  seated,
} from "./german-bodies";
import { coordinated, listedOrganisations, shortForms, withForInstitutions } from "./german-passes";
import {
  afterRole,
  givenName,
  kindOfPlace,
  knownPlace,
  region,
  stretch,
  titleBeforeName,
} from "./german-people";
import type { GermanScan, RunRule, Word } from "./german-types";
import { AGENCIES, commonNoun, type IsCommon, isAcronym, isCapital, isRole } from "./german-words";
import type { IsNoun } from "./nouns";
import type { Candidate, Gazetteer } from "./types";

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}]/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const gap = prevEnd < 0 ? "" : text.slice(prevEnd, m.index);
    out.push({
      text: m[0],
      start: m.index,
      initial:
        prevEnd < 0 || /[.!?:]["“”«»„'’)]*\s*$|\n/.test(gap) || /^\s*[„"«]$/.test(text.slice(0, m.index)),
      joined: prevEnd >= 0 && /^[ \u00a0]+$/.test(gap),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/**
 * A German newspaper's dateline: the block opens with one capitalised word, then ". " or " · " and a
 * sentence. The word is no common word, no noun of the dictionary and no given name (docs/discovery.md,
 * "Datelines").
 */
function printDateline(
  text: string,
  ws: readonly Word[],
  isCommon: IsCommon,
  isNoun: IsNoun | undefined,
  gaz: Gazetteer | undefined,
): boolean {
  const first = ws[0];
  if (!first || first.start !== text.search(/\S/) || !isCapital(first.text) || ws.length < 6) return false;
  const after = text.slice(first.start + first.text.length, first.start + first.text.length + 4);
  if (!/^(?:\. |[ \u00a0]·[ \u00a0])\p{Lu}/u.test(after)) return false;
  const w = first.text;
  return !commonNoun(w, isCommon) && !isNoun?.(w) && !gaz?.firstName(w) && !isRole(w);
}

/** The rules at each word of a capitalised run, in order: the first that decides the word wins. */
const RULES: readonly RunRule[] = [
  publication,
  companyNoun,
  club,
  corporate,
  institution,
  digits,
  agency,
  seated,
  knownCompany,
  kindOfPlace,
  knownPlace,
  titleBeforeName,
  afterRole,
  givenName,
  acronym,
  acronymCompound,
  region,
  stretch,
];

/** Applies RULES from word `from` to `to` (a run of capitalised words); `before` is the word joined to it. */
function scanRun(g: GermanScan, from: number, to: number, before: string): void {
  let k = from;
  while (k < to) {
    const h = {
      k,
      from,
      to,
      t: g.ws[k]!.text,
      prev: k > from ? g.ws[k - 1]!.text : before,
      next: k + 1 < to ? g.ws[k + 1]!.text : "",
    };
    let next: number | undefined;
    for (const rule of RULES) {
      next = rule(g, h);
      if (next !== undefined) break;
    }
    // stretch decides every word; the fallback only guards against an empty rule list.
    k = next ?? k + 1;
  }
}

/**
 * @param isEnglish the English common-word list: a run of English words only ("Nature Medicine") is a
 *   title in German text, not a person.
 */
export function germanCandidates(
  text: string,
  isCommon: IsCommon,
  gaz?: Gazetteer,
  isEnglish?: (lowercase: string) => boolean,
  isNoun?: IsNoun,
): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  const starts = new Map<Candidate, number>();
  const g: GermanScan = {
    text,
    ws,
    out,
    starts,
    isCommon,
    ...(gaz ? { gaz } : {}),
    ...(isEnglish ? { isEnglish } : {}),
    ...(isNoun ? { isNoun } : {}),
    emit(from, to, kind, weak = false, twice = false) {
      const a = ws[from]!;
      const b = ws[to - 1]!;
      const surface = text.slice(a.start, b.start + b.text.length);
      const c: Candidate = {
        text: surface.replace(/\s+/g, " "),
        kind,
        surface,
        ...(weak ? { weak } : {}),
        ...(twice ? { twice } : {}),
      };
      out.push(c);
      starts.set(c, a.start);
    },
  };
  let i = 0;
  const line = dateline(text);
  if (line) {
    // "Altentreptow (ots).": the dateline's place and source (docs/discovery.md, "Datelines").
    for (const c of line.candidates) {
      out.push(c);
      starts.set(c, 0);
    }
    while (i < ws.length && ws[i]!.start < line.end) i++;
  } else if (printDateline(text, ws, isCommon, isNoun, gaz)) {
    // "Stade. Zunächst ein Blick …", "Mainz · Im Jahr 2016 …": a newspaper's dateline without a source.
    g.emit(0, 1, "place");
    i = 1;
  }
  while (i < ws.length) {
    const w = ws[i]!;
    if (AGENCIES.has(w.text)) {
      // "RIA Nowosti": the agency's full name.
      const two = /^(?:Nowosti|Novosti)$/.test(ws[i + 1]?.text ?? "") && ws[i + 1]!.joined;
      g.emit(i, i + (two ? 2 : 1), "organisation");
      i += two ? 2 : 1;
      continue;
    }
    if (w.text === "picture" && ws[i + 1]?.text === "alliance" && ws[i + 1]!.joined) {
      // The photo agency writes itself in lower case ("Foto: picture alliance / dpa").
      g.emit(i, i + 2, "organisation");
      i += 2;
      continue;
    }
    if (!isCapital(w.text) && !isAcronym(w.text)) {
      i++;
      continue;
    }
    // A run of capitalised words with only spaces between them.
    let j = i + 1;
    while (j < ws.length && ws[j]!.joined && (isCapital(ws[j]!.text) || isAcronym(ws[j]!.text))) j++;
    const before = i > 0 && ws[i]!.joined ? ws[i - 1]!.text : "";
    scanRun(g, i, j, before);
    i = j;
  }
  return shortForms(g, listedOrganisations(g, coordinated(g, withForInstitutions(g))));
}
