// German rules that name organisations by their words (docs/discovery.md, "Organisations by their words"):
// titles of publications, companies, clubs, institutions, agencies, bodies with their seat, acronyms.
// Each rule reads the word at h.k of a capitalised run and returns where the scan goes on when it decided.

import type { GermanScan, RunRule } from "./german-types";
import {
  ACRONYM_PLACES,
  AGENCIES,
  ARTICLES,
  commonNoun,
  DETERMINERS,
  FEDERAL,
  INSTITUTIONS,
  isAcronym,
  isCapital,
  isRole,
  NOT_ORGS,
  STATES,
} from "./german-words";
import {
  CLUB_LETTERS,
  CLUB_WORDS,
  COMPANY_NOUN,
  CORPORATE,
  INSTITUTION_HEAD,
  PUBLICATION,
  SEATED,
} from "./institutions";

/** "Fachjournal Nature Medicine": the words after it are the publication's title. */
export const publication: RunRule = (_g, h) => (PUBLICATION.test(h.t) ? h.to : undefined);

/** "Investmentbank Barclays", "Vermögensverwalter QC Partners": the noun says what the name is. */
export const companyNoun: RunRule = (g, { k, to, t, next }) => {
  if (
    !COMPANY_NOUN.test(t) ||
    k + 1 >= to ||
    !(isCapital(next) || isAcronym(next)) ||
    commonNoun(next, g.isCommon) ||
    isRole(next)
  )
    return undefined;
  let e = k + 2;
  while (e < to && e - k < 4 && isCapital(g.ws[e]!.text) && !isRole(g.ws[e]!.text)) e++;
  g.emit(k + 1, e, "organisation");
  return e;
};

/** Where a club's name that starts at `k` ends ("FC Bayern München", "Hallescher FC"), or `k`. */
function clubEnd(g: GermanScan, k: number, to: number): number {
  const t = g.ws[k]!.text;
  const next = k + 1 < to ? g.ws[k + 1]!.text : "";
  if ((CLUB_LETTERS.has(t) || CLUB_WORDS.has(t)) && isCapital(next) && !isRole(next)) {
    let e = k + 2;
    while (
      e < to &&
      e - k < 4 &&
      isCapital(g.ws[e]!.text) &&
      !isRole(g.ws[e]!.text) &&
      !commonNoun(g.ws[e]!.text, g.isCommon)
    )
      e++;
    return e;
  }
  if (CLUB_LETTERS.has(next) && isCapital(t) && !commonNoun(t, g.isCommon) && !isRole(t)) return k + 2;
  return k;
}

/** A club: its club letters or club word and its place, one organisation. */
export const club: RunRule = (g, { k, to }) => {
  const e = clubEnd(g, k, to);
  if (e <= k) return undefined;
  g.emit(k, e, "organisation");
  return e;
};

/** "Siemens Energy", "Paramount Global": a trade word makes a company. */
export const corporate: RunRule = (g, { k, to, t, next }) => {
  if (!(k + 1 < to && CORPORATE.has(next) && !commonNoun(t, g.isCommon) && !isRole(t))) return undefined;
  g.emit(k, k + 2, "organisation");
  return k + 2;
};

/**
 * "Auswärtiges Amt", "Vereinte Nationen", "Regensburger Stadtrat": an adjective and an institution word
 * (or a state's word: "Vereinigte Staaten", a place), not after an article or quantifier.
 */
export const institution: RunRule = (g, { k, t, next }) => {
  if (
    !(
      /(?:e|en|er|es)$/.test(t) &&
      (INSTITUTIONS.has(next) ||
        STATES.has(next) ||
        (INSTITUTION_HEAD.test(next) && commonNoun(next, g.isCommon))) &&
      !DETERMINERS.has(t.toLowerCase()) &&
      (g.isCommon(t.toLowerCase()) ||
        /(?:isch|ational|ereint|wärtig)(?:e|en|er|es)$/.test(t) ||
        (/er$/.test(t) && !g.isCommon(t) && !isRole(t)))
    )
  )
    return undefined;
  g.emit(k, k + 2, STATES.has(next) ? "place" : "organisation");
  return k + 2;
};

/** "Web3", "G7": no person or place has a digit in its name. */
export const digits: RunRule = (_g, { k, t }) => (/\p{N}/u.test(t) ? k + 1 : undefined);

/** News agencies ("RIA Nowosti") and the federal bodies one word names ("Bundestag"). */
export const agency: RunRule = (g, { k, t, next }) => {
  if (!(AGENCIES.has(t) || FEDERAL.test(t))) return undefined;
  const two = /^(?:Nowosti|Novosti)$/.test(next);
  g.emit(k, k + (two ? 2 : 1), "organisation");
  return k + (two ? 2 : 1);
};

/** "Landgericht Stade", "Polizeipräsidium Nordhessen": a body and its seat. */
export const seated: RunRule = (g, { k, to, t, next }) => {
  if (
    !(
      SEATED.test(t) &&
      k + 1 < to &&
      !isRole(next) &&
      (!commonNoun(next, g.isCommon) ||
        g.gaz?.place(next) ||
        /^(?:Nord|Süd|Ost|West|Mittel|Ober|Nieder)\p{Ll}/u.test(next))
    )
  )
    return undefined;
  g.emit(k, k + 2, "organisation");
  return k + 2;
};

/** "Audi", "Siemens": a company compromise's lexicon knows, standing alone. */
export const knownCompany: RunRule = (g, { k, to, t, next }) => {
  if (
    g.gaz &&
    !g.isCommon(t) &&
    !g.isCommon(t.toLowerCase()) &&
    !(k + 1 < to && !CLUB_LETTERS.has(next) && isCapital(next) && !commonNoun(next, g.isCommon)) &&
    g.gaz.organisation(t)
  ) {
    g.emit(k, k + 1, "organisation");
    return k + 1;
  }
  return undefined;
};

/** A lone acronym ("AGB", "NFT") counts when it is in brackets ("(CDU)") or on the page twice. */
export const acronym: RunRule = (g, { k, t }) => {
  if (!isAcronym(t)) return undefined;
  const before = k > 0 && g.ws[k]!.joined ? g.ws[k - 1]!.text : "";
  const bracket = g.text.charAt(g.ws[k]!.start - 1) === "(" || ARTICLES.has(before);
  if (!NOT_ORGS.has(t) && !g.isCommon(t) && !g.isCommon(t.toLowerCase()))
    g.emit(k, k + 1, ACRONYM_PLACES.has(t) ? "place" : "organisation", false, !bracket);
  return k + 1;
};

/** "CDU-Politiker", "OVKS-Truppen": the acronym names its organisation (or "US-Präsident" its country). */
export const acronymCompound: RunRule = (g, { k, t }) => {
  const head = t.slice(0, Math.max(0, t.indexOf("-")));
  if (
    !(
      head &&
      isAcronym(head) &&
      !NOT_ORGS.has(head) &&
      !g.isCommon(head) &&
      (commonNoun(t.slice(head.length + 1), g.isCommon) || isRole(t.slice(head.length + 1)))
    )
  )
    return undefined;
  const at = g.ws[k]!.start;
  const kind = ACRONYM_PLACES.has(head) ? "place" : "organisation";
  g.out.push({ text: head, kind, surface: g.text.slice(at, at + head.length) });
  return k + 1;
};
