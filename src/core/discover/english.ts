// English rules that run beside compromise's own lists, on its tagged tokens (docs/discovery.md,
// "English"). The rules live by family in english-people.ts (persons), english-places.ts (places) and
// english-bodies.ts (organisations); this module sets up one block's scan, applies them in order and
// ends with the short forms:
// - short forms: US, UK, EU, UN, AP and other capital acronyms;
// - a place-tagged word before a lone surname is a first name ("Georgia O'Keeffe").
// Demonyms (Russian, Central Asian) are adjectives, never names: see isDemonym in tokens.ts.
import { dateline } from "./dateline";
import { agencyPair, bodyRun, club, eventRun, kindOfBody, officeOf, possessiveBody } from "./english-bodies";
import { loneName } from "./english-lone";
import { afterRole, foreignPerson, withParticle } from "./english-people";
import { hyphenated, kindOfPlace, placeWithOf, townBeforeCountry } from "./english-places";
import type { EnglishScan, Extra, TokenRule } from "./english-types";
import { FUNCTION_TAGS, gap, isRole, ORG_FORMS, PLACE_FORMS, ROMAN, surface, word } from "./english-words";
import { longFormBefore } from "./forms";
import {
  hasTag as has,
  isDemonym,
  LEFT_OVER,
  NATIONALITY_NOUNS,
  ORG_END,
  type Token,
  startsUpper as upper,
} from "./tokens";
import type { Gazetteer } from "./types";

/**
 * "the District Court", "the School Board", "City Council": a body's word with only a generic qualifier
 * names no one body; the reader needs the place ("Burbank City Council", docs/discovery.md).
 */
const GENERIC_BODY =
  /^(?:District|School|City|County|State|Town|Village|Municipal|Circuit|Superior|Police|Parish|Borough|Planning|Zoning)\s+(?:Court|Board|Council|Commission|Department|Committee)$/;

/**
 * The last rule: a short form alone (not inside a longer capitalised name, where compromise's match wins:
 * "UN Security Council", "Central Asia"), a first name that compromise took for a place, a known place.
 */
const shortForm: TokenRule = (s, i) => {
  const { block, tokens, gaz } = s;
  const t = tokens[i]!;
  const w = word(t);
  const bare = w.replace(/\.$/, w.includes(".") && w.length > 3 ? "." : "");
  const run = s.inRun(i);
  if (!run && (PLACE_FORMS.has(w) || PLACE_FORMS.has(bare))) s.push(i, i + 1, "place");
  else if (!run && ORG_FORMS.has(w)) s.push(i, i + 1, "organisation");
  else if (
    !run &&
    /^\p{Lu}{2,5}$/u.test(w) &&
    !ROMAN.test(w) &&
    !s.isCommon?.(w.toLowerCase()) &&
    !has(t, "Place")
  ) {
    // A capital acronym of three to five letters that is no English word (CEO, GDP, TV are in the common
    // list) is an organisation ("KPMG", "IDC", "WTA"); one of two letters only in brackets after its long
    // form or when the page has it twice (docs/discovery.md, "Lone names").
    const bracket = block.charAt(t.start - 1) === "(";
    s.push(i, i + 1, "organisation", !bracket && w.length < 3);
    const long = bracket ? longFormBefore(block, t.start - 1, w) : undefined;
    const c = s.out[s.out.length - 1]!.candidate;
    if (long && c) c.of = long;
  } else if (
    has(t, "Place") &&
    !has(t, "FirstName") &&
    tokens[i + 1] &&
    has(tokens[i + 1]!, "LastName") &&
    /^ $/.test(gap(block, t, tokens[i + 1]!)) &&
    !(tokens[i + 2] && upper(tokens[i + 2]!.text) && /^ $/.test(gap(block, tokens[i + 1]!, tokens[i + 2]!)))
  ) {
    // "Georgia O'Keeffe": a place-tagged word before a lone surname is a first name.
    s.push(i, i + 2, "person");
    return i + 1;
  } else if (!run && gaz && upper(w) && !has(t, "Person", "FirstName", "LastName", "Organization")) {
    // A country, region or city the gazetteer knows, which compromise did not tag ("Almaty", "Türkiye").
    if (gaz.place(w)) s.push(i, i + 1, "place");
  }
  return i;
};

/** The rules at each token, in order: the first that decides the token wins. */
const RULES: readonly TokenRule[] = [
  eventRun,
  agencyPair,
  officeOf,
  possessiveBody,
  afterRole,
  withParticle,
  hyphenated,
  kindOfPlace,
  kindOfBody,
  club,
  placeWithOf,
  townBeforeCountry,
  bodyRun,
  foreignPerson,
  loneName,
  shortForm,
];

/** The rules above over one piece of text and compromise's tokens for it (in order, with tags). */
export function englishExtras(
  block: string,
  tokens: readonly Token[],
  isCommon?: (w: string) => boolean,
  gaz?: Gazetteer,
): Extra[] {
  const out: Extra[] = [];
  const joinedName = (a: number, b: number): boolean =>
    /^ $/.test(gap(block, tokens[a]!, tokens[b]!)) &&
    upper(tokens[a]!.text) &&
    upper(tokens[b]!.text) &&
    !/['’]s?$/u.test(tokens[a]!.text);
  const s: EnglishScan = {
    block,
    tokens,
    ...(isCommon ? { isCommon } : {}),
    ...(gaz ? { gaz } : {}),
    out,
    push(a, b, kind, twice = false, claimFrom = a) {
      let text = surface(block, tokens, a, b);
      // "Arturo Marin-Sotelo": a person's double name goes on after a hyphen (not "Houston-area").
      const double =
        kind === "person"
          ? /^-(\p{L}\p{Ll}+)(?![\p{L}-])/u.exec(block.slice(tokens[a]!.start + text.length))
          : null;
      if (double && !isCommon?.(double[1]!.toLowerCase())) text += double[0];
      if (LEFT_OVER.test(text.trim()) || (kind === "organisation" && GENERIC_BODY.test(text.trim()))) {
        out.push({ from: claimFrom, to: b });
        return;
      }
      out.push({
        candidate: { text: text.replace(/\s+/g, " "), kind, surface: text, ...(twice ? { twice } : {}) },
        from: claimFrom,
        to: b,
      });
    },
    claim(a, b) {
      out.push({ from: a, to: b });
    },
    joinedName,
    spaced: (a) => a + 1 < tokens.length && /^ $/.test(gap(block, tokens[a]!, tokens[a + 1]!)),
    afterName: (i) => i > 0 && joinedName(i - 1, i) && !has(tokens[i - 1]!, ...FUNCTION_TAGS),
    inRun: (i) =>
      (i > 0 &&
        joinedName(i - 1, i) &&
        !isRole(word(tokens[i - 1]!)) &&
        !has(tokens[i - 1]!, ...FUNCTION_TAGS)) ||
      (i + 1 < tokens.length && joinedName(i, i + 1) && !isRole(word(tokens[i + 1]!))),
    foreignName(i) {
      const t = tokens[i]!;
      const w = word(t);
      return (
        /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w) &&
        !isCommon?.(w.toLowerCase()) &&
        !isRole(w) &&
        !NATIONALITY_NOUNS.includes(w.toLowerCase()) &&
        !ORG_END.test(w) &&
        !gaz?.place(w) &&
        !has(
          t,
          "Place",
          "Organization",
          "Demonym",
          "Acronym",
          "Verb",
          "Adjective",
          "Plural",
          "Date",
          "Month",
          "WeekDay",
          ...FUNCTION_TAGS,
        ) &&
        !isDemonym(t, block)
      );
    },
  };
  let start = 0;
  const line = dateline(block);
  if (line) {
    // "LOS ANGELES (AP) -": the dateline's place and source; its tokens are claimed.
    while (start < tokens.length && tokens[start]!.start < line.end) start++;
    if (start > 0) for (const candidate of line.candidates) out.push({ candidate, from: 0, to: start });
  }
  for (let i = start; i < tokens.length; i++) {
    for (const rule of RULES) {
      const next = rule(s, i);
      if (next !== undefined) {
        i = next;
        break;
      }
    }
  }
  return out;
}
