// German rules for persons and places (docs/discovery.md, "German", "Places by their company", "German
// persons after role words"): kinds of place, known places, given names, role words, regions, and the
// last rule for a stretch of uncommon capitalised words. Each reads the word at h.k of a capitalised run.

import type { GermanScan, RunRule } from "./german-types";
import {
  ABBREVIATIONS,
  COMPASS,
  commonNoun,
  GENITIVE,
  inflectedNoun,
  isAcronym,
  isCapital,
  isRole,
  ORG_APPOSITION,
  opensWithNoun,
  PERSON_APPOSITION,
  PLACE_CUES,
  REGION,
} from "./german-words";
import { PLACE_KIND, PLACE_NOUN } from "./institutions";
import type { NameKind } from "./types";

/** A capitalised word that can be part of a name: no role, no digit, no abstract or inflected noun. */
function nameWord(g: GermanScan, w: string): boolean {
  return isCapital(w) && !isRole(w) && !/\p{N}/u.test(w) && !inflectedNoun(w, g.isCommon);
}

/** "Freistaat Bayern", "Landkreis Harburg": the noun says what kind of place the next word is. */
export const kindOfPlace: RunRule = (g, { k, to, t, next }) => {
  const kind = PLACE_NOUN.test(t) || (!!g.gaz && PLACE_KIND.test(t) && !g.gaz.place(t));
  if (!(kind && k + 1 < to && isCapital(next) && !commonNoun(next, g.isCommon) && !isRole(next)))
    return undefined;
  g.emit(k + 1, k + 2, "place");
  return k + 2;
};

/** Words (2 or 1) from `k` that the gazetteer knows as a place, as spelled or as a genitive in -s. */
function placeLength(g: GermanScan, k: number, to: number): number {
  const gaz = g.gaz!;
  const one = g.ws[k]!.text;
  if (k + 1 < to && gaz.place(`${one} ${g.ws[k + 1]!.text}`)) return 2;
  // "St. Cassian": an abbreviation is no place of its own.
  if (ABBREVIATIONS.test(one)) return 0;
  const base = one.endsWith("s") ? one.slice(0, -1) : "";
  // A capitalised common noun is no place ("Essen"), unless the list holds it only capitalised.
  const common = g.isCommon(one.toLowerCase());
  if (!common && (gaz.place(one) || (base.length > 2 && gaz.place(base)))) return 1;
  // "Ostukraine", "Nordsyrien": a compass word and a country the gazetteer knows.
  const compass = COMPASS.exec(one)?.[0];
  if (!compass) return 0;
  const rest = one.slice(compass.length);
  return gaz.place(rest.charAt(0).toUpperCase() + rest.slice(1)) ? 1 : 0;
}

/** A place the gazetteer knows, in its base form: "Estlands" is listed as "Estland" (the page's spelling kept). */
export const knownPlace: RunRule = (g, { k, to }) => {
  const n = g.gaz ? placeLength(g, k, to) : 0;
  if (!n) return undefined;
  g.emit(k, k + n, "place");
  const c = g.out[g.out.length - 1]!;
  if (!g.gaz!.place(c.text) && c.text.endsWith("s") && g.gaz!.place(c.text.slice(0, -1)))
    c.text = c.text.slice(0, -1);
  return k + n;
};

/**
 * "Studienleiterin Wiebke Hansen", "Verteidiger Jan Kruse": the word before a given name and a surname is
 * a title or a role, not part of the name.
 */
export const titleBeforeName: RunRule = (g, { k, to, t, next }) =>
  g.gaz &&
  !g.gaz.firstName(t) &&
  k + 2 < to &&
  g.gaz.firstName(next) &&
  nameWord(g, g.ws[k + 2]!.text) &&
  !g.gaz.place(t) &&
  !/^\p{Lu}{2,}-/u.test(t)
    ? k + 1
    : undefined;

/** Up to `max` words from `k + 1` that are name words and no common nouns: the end of a person's name. */
function nameEnd(g: GermanScan, k: number, to: number, first: number, max: number): number {
  let e = first;
  while (e < to && e - k < max && nameWord(g, g.ws[e]!.text) && !commonNoun(g.ws[e]!.text, g.isCommon)) e++;
  return e;
}

/**
 * "Amtsrichter Franz Hölzle", "Bundesaußenminister Gabriel": after a role word, a given name or two name
 * words are a person, even where the first is a common word too (the subtitle list has "Franz").
 */
export const afterRole: RunRule = (g, { k, from, to, t, prev, next }) => {
  if (
    !(
      k > from &&
      isRole(prev) &&
      !isRole(t) &&
      !isAcronym(t) &&
      (g.gaz?.firstName(t) || (k + 1 < to && nameWord(g, next) && !commonNoun(next, g.isCommon)))
    )
  )
    return undefined;
  // "Bürgermeister Manuel Just", "Trainer Julian Nagelsmann": after a given name the next word is the
  // surname even where the word lists know it ("just", "Nagel"), unless the dictionary has it whole.
  const surname = given(g, t) && k + 1 < to && nameWord(g, next) && !g.isNoun?.(next, true);
  const e = nameEnd(g, k, to, surname ? k + 2 : k + 1, 3);
  g.emit(k, e, "person");
  return e;
};

/** A given name the gazetteer knows, or two joined by a hyphen ("Frank-Walter", "Klaus-Peter"). */
function given(g: GermanScan, w: string): boolean {
  return (
    !!g.gaz &&
    (g.gaz.firstName(w) || (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w) && w.split("-").some(g.gaz.firstName)))
  );
}

/** "Donald Trump", "Boris Pistorius": a given name starts a person; up to two more name words. */
export const givenName: RunRule = (g, { k, from, to, t, next }) => {
  if (!(given(g, t) && k + 1 < to && nameWord(g, next) && !(k > from && isRole(t)))) return undefined;
  // "Nur Leverkusens …": a sentence's first word that is a common word in lower case is that word.
  if (g.ws[k]!.initial && g.isCommon(t.toLowerCase())) return undefined;
  const e = nameEnd(g, k, to, k + 2, 4);
  g.emit(k, e, "person");
  return e;
};

/** Regions by their ending ("Zentralasien", "Osteuropa"): a place. */
export const region: RunRule = (g, { k, t }) => {
  if (!(REGION.test(t) && !commonNoun(t, g.isCommon))) return undefined;
  g.emit(k, k + 1, "place");
  return k + 1;
};

/**
 * The kind a noun before a name gives it ("Gewerkschaft Verdi", "TV-Sender Sky", "Rechtsextremist Sellner"),
 * or undefined when the word is no noun of the dictionary or says no kind.
 */
function appositionKind(g: GermanScan, noun: string): NameKind | undefined {
  if (!g.isNoun?.(noun)) return undefined;
  if (ORG_APPOSITION.test(noun)) return "organisation";
  if (PERSON_APPOSITION.test(noun) || isRole(noun)) return "person";
  return undefined;
}

/**
 * The last rule: common nouns are skipped; a stretch of uncommon capitalised words is a person, a place
 * after in/nach/aus, or a lone word that counts only as the surname of a person found otherwise (weak).
 */
export const stretch: RunRule = (g, { k, from, to, t, prev }) => {
  const { ws, isCommon } = g;
  // Right after a role word only the list itself rules a word out: surnames hold nouns ("Hebestreit").
  const roleBefore = k > from && isRole(prev) && !isRole(t);
  if (roleBefore ? isCommon(t) : commonNoun(t, isCommon) || isRole(t)) return k + 1;
  // A noun of the dictionary is no name: before a name it is an apposition ("Gewerkschaft Verdi"), after
  // one the sentence goes on ("Gewerkschaft Verdi Warnstreiks") (docs/discovery.md, "Nouns beside a name").
  const cue = PLACE_CUES.has(prev.toLowerCase());
  if (!roleBefore && g.isNoun?.(t, true)) return k + 1;
  if (!roleBefore && !cue && g.isNoun?.(t)) {
    // A noun by its head only ("Flughafenbetreiber", but also "Commerzbank"): never a name on its own
    // evidence, but a list of companies may still take it (german-passes.ts, listedOrganisations).
    g.emit(k, k + 1, "person", true);
    return k + 1;
  }
  // After a role word or a given name, surnames hold nouns ("Aufsichtsratschef Klaus-Peter Müller").
  const surname = roleBefore || given(g, t);
  let e = k + 1;
  while (
    e < to &&
    isCapital(ws[e]!.text) &&
    !/\p{N}/u.test(ws[e]!.text) &&
    !commonNoun(ws[e]!.text, isCommon) &&
    !(g.isNoun?.(ws[e]!.text) && !surname) &&
    !isRole(ws[e]!.text)
  )
    e++;
  const placeCue = cue && !GENITIVE.has(ws[e]?.text ?? "");
  // After in/nach/aus a lone noun is a phrase ("nach Angaben", "in Bedrängnis", "nach Militärangaben"),
  // not a place.
  if (placeCue && e - k === 1 && !roleBefore && (inflectedNoun(t, isCommon) || opensWithNoun(t, isCommon)))
    return e;
  const appos = k > from ? appositionKind(g, prev) : undefined;
  // In German text, a run of English words only ("Nature Medicine", "Science Advances") is a title, unless
  // a noun before it says what it names ("TV-Sender Sky").
  const isEnglish = g.isEnglish;
  if (!placeCue && !appos && isEnglish && ws.slice(k, e).every((x) => isEnglish(x.text.toLowerCase())))
    return e;
  let kind: NameKind = "person";
  let weak = false;
  if (appos) kind = appos;
  else if (e - k >= 2) kind = placeCue ? "place" : "person";
  else if (isRole(prev) && k > from) kind = "person";
  else if (placeCue) kind = "place";
  else weak = true;
  g.emit(k, e, kind, weak);
  return e;
};
