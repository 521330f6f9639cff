// English rules that run beside compromise's own lists, on its tagged tokens:
// - a name after a role word is a person ("Secretary of State Rex Tillerson", "spokesman Noh Kyu-duk"),
//   which compromise often misreads ("State Rex" as a place);
// - short forms: US, UK, EU, UN, AP and other capital acronyms;
// - a place-tagged word before a lone surname is a first name ("Georgia O'Keeffe").
// Demonyms (Russian, Central Asian) are adjectives, never names: see isDemonym in tokens.ts.
import { dateline } from "./dateline";
import { longFormBefore } from "./forms";
import { CORPORATE } from "./institutions";
import {
  hasTag as has,
  isDemonym,
  ORG_END,
  ORG_START,
  ROLE_WORDS,
  type Token,
  startsUpper as upper,
} from "./tokens";
import type { Candidate, Gazetteer } from "./types";

// A role word, with or without its full stop ("Dr."): the shared ones and a few that never lead a title.
const ROLES = new Set([
  ...ROLE_WORDS,
  // Ranks too: "Secretary General" alone (an infobox label) is a title, not a person called General.
  ..."spokesperson chair envoy diplomat counterpart director head chief judge prosecutor attorney lawyer coach justice sheriff general admiral colonel marshal".split(
    " ",
  ),
]);
const isRole = (w: string): boolean => ROLES.has(w.toLowerCase().replace(/\.$/, ""));
// "U.S. District Judge Lee Rosenthal": capitalised words before a role word belong to the title.
const TITLE_MODIFIER =
  /^(?:District|Circuit|Chief|Magistrate|Superior|Federal|Deputy|Assistant|Senior|Associate|Head|Vice|Acting|Former|County|State|U\.S\.|US)$/;
// "Securities and Exchange Commission": lower-case words that join the capitalised words of a body's name.
const NAME_JOINERS = new Set(["and", "of", "for", "&", "on"]);
// "Secretary of State Rex Tillerson": the office's own capitalised words belong to the title.
const OFFICE = /^(?:State|Defense|Defence|Health|Commerce|Energy|the Treasury|Treasury)$/;

const PLACE_FORMS = new Set([
  "US",
  "U.S.",
  "USA",
  "U.S.A.",
  "UK",
  "U.K.",
  "UAE",
  "DPRK",
  "PRC",
  "USSR",
  "Britain",
]);
// Short forms and news agencies (cited as sources: "TASS reported", "(Reuters)"): organisations.
const ORG_FORMS = new Set(
  "EU UN AP AFP NATO OSCE WHO IMF BBC CNN TASS Tass Reuters Xinhua Interfax Kyodo Yonhap DPA dpa ANSA EFE Congress".split(
    " ",
  ),
);
// A place and a club word name a club: "Blackburn Rovers", "MK Dons", "Tottenham Hotspur". Words that also
// end places' names ("City", "Town": "Kansas City", "Cape Town") are no evidence, nor is a run that goes on
// ("Burbank City Council").
const CLUB_END = /^(?:United|Rovers|Athletic|Wanderers|Albion|Hotspur|Dons|Rangers|Argyle|FC|AFC)$/;
// "Anna van Densky", "Ludwig van Beethoven": a given name, a particle and a surname are one person.
const PARTICLES = new Set("van von de da di del der den le la bin ibn al dos das du".split(" "));
// "the cities of Zhanaozen and Aktau", "the town of Abiquiu": the noun says the names after "of" are places.
const PLACE_KINDS = new Set("city cities town towns village villages region province district".split(" "));
// "Internet watchdog Netblocks", "the broadcaster Euronews": the noun says the name after it is a body.
const BODY_KINDS = new Set(
  "watchdog company firm agency broadcaster newspaper carrier airline insurer retailer automaker carmaker lender".split(
    " ",
  ),
);
// "in Geelong, Australia": after a preposition of place, a word before a comma and a known place is a town.
const PLACE_PREPOSITIONS = new Set(["in", "from", "at", "near", "outside"]);
// "The UN", "In Almaty": a capitalised function word before a short form is no part of a name.
const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb"];
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

const word = (t: Token): string => t.text.replace(/['’]s$/u, "");

/** The text between two tokens. */
const gap = (block: string, a: Token, b: Token): string => block.slice(a.start + a.text.length, b.start);

/** Index after the capitalised words from `i` on, joined by spaces (or hyphens), at most `max`. */
function capitalRun(block: string, tokens: readonly Token[], i: number, max: number): number {
  let e = i;
  while (e < tokens.length && e - i < max) {
    const t = tokens[e]!;
    if (e > i) {
      const g = gap(block, tokens[e - 1]!, t);
      if (g === "-" || g === "‑") {
        e++;
        continue;
      }
      if (!/^[ \u00a0]+$/.test(g) || /['’]s?$/u.test(tokens[e - 1]!.text)) break;
    }
    if (!upper(t.text) || isRole(t.text) || isDemonym(t, block)) break;
    // Title-case headlines: "Prime Minister Calls…", "King Penguins".
    if (has(t, "Plural", "Verb") && !has(t, "Person", "FirstName", "LastName")) break;
    e++;
  }
  return e;
}

const surface = (block: string, tokens: readonly Token[], a: number, b: number): string =>
  block.slice(tokens[a]!.start, tokens[b - 1]!.start + word(tokens[b - 1]!).length);

export interface Extra {
  candidate: Candidate;
  /** Token range [from, to) this candidate claims: compromise's matches there are dropped. */
  from: number;
  to: number;
}

/** The rules above over one piece of text and compromise's tokens for it (in order, with tags). */
export function englishExtras(
  block: string,
  tokens: readonly Token[],
  isCommon?: (w: string) => boolean,
  gaz?: Gazetteer,
): Extra[] {
  const out: Extra[] = [];
  const push = (a: number, b: number, kind: Candidate["kind"], twice = false, claimFrom = a): void => {
    const s = surface(block, tokens, a, b);
    out.push({
      candidate: { text: s.replace(/\s+/g, " "), kind, surface: s, ...(twice ? { twice } : {}) },
      from: claimFrom,
      to: b,
    });
  };
  const joinedName = (a: number, b: number): boolean =>
    /^ $/.test(gap(block, tokens[a]!, tokens[b]!)) &&
    upper(tokens[a]!.text) &&
    upper(tokens[b]!.text) &&
    !/['’]s?$/u.test(tokens[a]!.text);
  const inRun = (i: number): boolean =>
    (i > 0 &&
      joinedName(i - 1, i) &&
      !isRole(word(tokens[i - 1]!)) &&
      !has(tokens[i - 1]!, ...FUNCTION_TAGS)) ||
    (i + 1 < tokens.length && joinedName(i, i + 1) && !isRole(word(tokens[i + 1]!)));
  const foreignName = (i: number): boolean => {
    const t = tokens[i]!;
    const w = word(t);
    return (
      /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w) &&
      !isCommon?.(w.toLowerCase()) &&
      !isRole(w) &&
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
  };
  let start = 0;
  const line = dateline(block);
  if (line) {
    // "LOS ANGELES (AP) -": the dateline's place and source; its tokens are claimed.
    while (start < tokens.length && tokens[start]!.start < line.end) start++;
    if (start > 0) for (const candidate of line.candidates) out.push({ candidate, from: 0, to: start });
  }
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = word(t);
    if (isRole(w) && !/['’]s?$/u.test(t.text)) {
      let k = i + 1;
      if (tokens[k]?.text === "of" && OFFICE.test(tokens[k + 1]?.text ?? "")) k += 2;
      const next = tokens[k];
      if (next && /^[ \u00a0]+$/.test(gap(block, tokens[k - 1]!, next))) {
        const e = capitalRun(block, tokens, k, 4);
        // "Chief Financial Officer Terri Willoughby": words between two role words belong to the title.
        const titleGoesOn = e < tokens.length && isRole(word(tokens[e]!)) && joinedName(e - 1, e);
        if (e > k && !titleGoesOn && !(e - k === 1 && has(next, "Place", "Organization"))) {
          let title = i;
          while (
            title > 0 &&
            TITLE_MODIFIER.test(tokens[title - 1]!.text) &&
            /^ $/.test(gap(block, tokens[title - 1]!, tokens[title]!))
          )
            title--;
          push(k, e, "person", false, title);
          i = e - 1;
          continue;
        }
      }
    }
    const afterName = i > 0 && joinedName(i - 1, i) && !has(tokens[i - 1]!, ...FUNCTION_TAGS);
    const next = tokens[i + 1];
    const spaced = (a: number): boolean =>
      a + 1 < tokens.length && /^ $/.test(gap(block, tokens[a]!, tokens[a + 1]!));
    if (
      (has(t, "FirstName") || gaz?.firstName(w)) &&
      upper(w) &&
      next &&
      PARTICLES.has(next.text) &&
      spaced(i) &&
      spaced(i + 1) &&
      upper(tokens[i + 2]!.text)
    ) {
      push(i, i + 3, "person");
      i += 2;
      continue;
    }
    if (
      upper(w) &&
      next &&
      upper(next.text) &&
      gap(block, t, next) === "-" &&
      has(t, "Hyphenated") &&
      !has(t, "FirstName") &&
      i > 0 &&
      (/^(?:in|into|near)$/.test(tokens[i - 1]!.text) ||
        (/^capital,?$/.test(tokens[i - 1]!.text) && block.charAt(t.start - 2) === ",")) &&
      !(tokens[i + 2] && joinedName(i + 1, i + 2))
    ) {
      // "landed in Alma-Ata", "the former capital, Alma-Ata": a hyphenated name after "in" is a place.
      push(i, i + 2, "place");
      i++;
      continue;
    }
    if (PLACE_KINDS.has(w) && next?.text === "of" && spaced(i) && spaced(i + 1)) {
      // Each capitalised word of the list after "of", joined by "and" or commas.
      let k = i + 2;
      while (k < tokens.length && upper(tokens[k]!.text) && !has(tokens[k]!, "Person", "Organization")) {
        push(k, k + 1, "place");
        const after = block.slice(
          tokens[k]!.start + tokens[k]!.text.length,
          tokens[k + 1]?.start ?? block.length,
        );
        if (tokens[k + 1]?.text === "and" && spaced(k + 1)) k += 2;
        else if (/^, $/.test(after) && tokens[k + 1] && upper(tokens[k + 1]!.text)) k += 1;
        else break;
      }
      if (k > i + 2) {
        i = k;
        continue;
      }
    }
    if (
      BODY_KINDS.has(w) &&
      next &&
      spaced(i) &&
      upper(next.text) &&
      !has(next, "Person", "FirstName", "Place") &&
      !isRole(word(next)) &&
      !gaz?.place(word(next))
    ) {
      let e = i + 2;
      while (e < tokens.length && e - i < 4 && joinedName(e - 1, e) && !isRole(word(tokens[e]!))) e++;
      push(i + 1, e, "organisation");
      i = e - 1;
      continue;
    }
    if (
      !afterName &&
      next &&
      joinedName(i, i + 1) &&
      CLUB_END.test(word(next)) &&
      !(tokens[i + 2] && joinedName(i + 1, i + 2)) &&
      (has(t, "Place") || gaz?.place(w) || /^\p{Lu}{2,3}$/u.test(w)) &&
      !gaz?.place(`${w} ${word(next)}`)
    ) {
      push(i, i + 2, "organisation");
      i++;
      continue;
    }
    if (gaz && upper(w) && !afterName) {
      // "United States of America": a known place with "of" in it, which compromise splits.
      let n = Math.min(5, tokens.length - i);
      while (
        n >= 3 &&
        !(/ of /.test(surface(block, tokens, i, i + n)) && gaz.place(surface(block, tokens, i, i + n)))
      )
        n--;
      if (n >= 3) {
        push(i, i + n, "place");
        i += n - 1;
        continue;
      }
    }
    if (
      gaz &&
      i > 0 &&
      PLACE_PREPOSITIONS.has(tokens[i - 1]!.text) &&
      foreignName(i) &&
      t.text.endsWith(",") === false &&
      block.charAt(t.start + t.text.length) === "," &&
      next &&
      gaz.place(word(next).replace(/[,.]$/, ""))
    ) {
      push(i, i + 1, "place");
      continue;
    }
    if (upper(w) && !afterName && !has(t, ...FUNCTION_TAGS)) {
      // A run of capitalised words that ends in "Force", "Council", "Ministry" …: one organisation; "and",
      // "of", "for" may join its words ("Securities and Exchange Commission"). A trade word ends a
      // company's name ("Paramount Global", "Skydance Media").
      // The longest such run wins: "Collective Rapid Reaction Force and …" stops at "Force".
      let e = i + 1;
      let best = 0;
      let joined = false;
      let firstJoin = -1;
      const orgWord = (k: number): boolean => {
        const w = word(tokens[k]!);
        return ORG_END.test(w) || (!joined && CORPORATE.has(w));
      };
      while (e < tokens.length && e - i < 7) {
        if (joinedName(e - 1, e)) e++;
        else if (
          NAME_JOINERS.has(tokens[e]!.text) &&
          e + 1 < tokens.length &&
          /^ $/.test(gap(block, tokens[e - 1]!, tokens[e]!)) &&
          /^ $/.test(gap(block, tokens[e]!, tokens[e + 1]!)) &&
          upper(tokens[e + 1]!.text)
        ) {
          if (!joined) firstJoin = e;
          e += 2;
          joined = true;
        } else break;
        if (orgWord(e - 1)) best = e;
      }
      // "Timothy Clark of Deakin University": a person of a body is an affiliation, not one name; the
      // body starts after "of" and the person is left to compromise.
      const person =
        firstJoin > i &&
        tokens.slice(i, firstJoin).some((x) => has(x, "Person", "FirstName", "LastName")) &&
        !tokens.slice(i, firstJoin).some((x) => ORG_END.test(word(x)) || CORPORATE.has(word(x)));
      if (person && best >= firstJoin + 2) {
        push(firstJoin + 1, best, "organisation");
        i = best - 1;
        continue;
      }
      // "Ministry of Foreign Affairs", "University of Delaware": a body's opening word and "of" make the
      // whole run one body.
      if (!person && best === 0 && ORG_START.test(w) && tokens[i + 1]?.text === "of" && e >= i + 3) best = e;
      if (best >= i + 2 && !person) {
        e = best;
        push(i, e, "organisation");
        i = e - 1;
        continue;
      }
    }
    const foreignBefore = i > 0 && joinedName(i - 1, i) && foreignName(i - 1);
    if (
      isCommon &&
      !foreignBefore &&
      foreignName(i) &&
      i + 1 < tokens.length &&
      joinedName(i, i + 1) &&
      foreignName(i + 1)
    ) {
      // "Nurlan Yermekbayev", "Jiang Zemin": two or three capitalised words that are no English words and
      // that compromise tagged as nothing else read as a person, as in a table cell or after a comma.
      let e = i + 2;
      while (e < tokens.length && e - i < 3 && joinedName(e - 1, e) && foreignName(e)) e++;
      push(i, e, "person");
      i = e - 1;
      continue;
    }
    const bare = w.replace(/\.$/, w.includes(".") && w.length > 3 ? "." : "");
    // Inside a longer capitalised name ("UN Security Council", "Central Asia") compromise's match wins.
    const run = inRun(i);
    if (!run && (PLACE_FORMS.has(w) || PLACE_FORMS.has(bare))) push(i, i + 1, "place");
    else if (!run && ORG_FORMS.has(w)) push(i, i + 1, "organisation");
    else if (
      !run &&
      /^\p{Lu}{2,5}$/u.test(w) &&
      !ROMAN.test(w) &&
      !isCommon?.(w.toLowerCase()) &&
      !has(t, "Place")
    ) {
      // A capital acronym: an organisation when it stands in brackets after its long form, else twice.
      const bracket = block.charAt(t.start - 1) === "(";
      push(i, i + 1, "organisation", !bracket);
      const long = bracket ? longFormBefore(block, t.start - 1, w) : undefined;
      if (long) out[out.length - 1]!.candidate.of = long;
    } else if (
      has(t, "Place") &&
      !has(t, "FirstName") &&
      tokens[i + 1] &&
      has(tokens[i + 1]!, "LastName") &&
      /^ $/.test(gap(block, t, tokens[i + 1]!)) &&
      !(tokens[i + 2] && upper(tokens[i + 2]!.text) && /^ $/.test(gap(block, tokens[i + 1]!, tokens[i + 2]!)))
    ) {
      push(i, i + 2, "person");
      i++;
    } else if (!run && gaz && upper(w) && !has(t, "Person", "FirstName", "LastName", "Organization")) {
      // A country, region or city the gazetteer knows, which compromise did not tag ("Almaty", "Türkiye").
      if (gaz.place(w)) push(i, i + 1, "place");
    }
  }
  return out;
}
