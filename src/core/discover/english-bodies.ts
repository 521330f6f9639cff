// English rules for organisations beside compromise (docs/discovery.md, "English", "Organisations by their
// words"): a body named by its kind noun, clubs, and capitalised runs that end in a body's word.
import type { TokenRule } from "./english-types";
import {
  AGENCY_PAIRS,
  BODY_KINDS,
  CLUB_END,
  EVENT_END,
  FUNCTION_TAGS,
  gap,
  isRole,
  NAME_JOINERS,
  OFFICE_BODY,
  OFFICE_HOLDER,
  ROAD_END,
  STORM,
  VENUE_END,
  word,
} from "./english-words";
import { CORPORATE } from "./institutions";
import { hasTag as has, ORG_END, ORG_START, startsUpper as upper } from "./tokens";

/** "Internet watchdog Netblocks", "the broadcaster Euronews": the noun says the name after it is a body. */
export const kindOfBody: TokenRule = (s, i) => {
  const { tokens } = s;
  const next = tokens[i + 1];
  if (
    !(
      BODY_KINDS.has(word(tokens[i]!)) &&
      next &&
      s.spaced(i) &&
      upper(next.text) &&
      !has(next, "Person", "FirstName", "Place") &&
      !isRole(word(next)) &&
      !s.gaz?.place(word(next))
    )
  )
    return undefined;
  let e = i + 2;
  while (e < tokens.length && e - i < 4 && s.joinedName(e - 1, e) && !isRole(word(tokens[e]!))) e++;
  s.push(i + 1, e, "organisation");
  return e - 1;
};

/** "Blackburn Rovers", "MK Dons": a place (or two or three capitals) and a club word name a club. */
export const club: TokenRule = (s, i) => {
  const { tokens, gaz } = s;
  const t = tokens[i]!;
  const w = word(t);
  const next = tokens[i + 1];
  if (
    !s.afterName(i) &&
    next &&
    s.joinedName(i, i + 1) &&
    CLUB_END.test(word(next)) &&
    !(tokens[i + 2] && s.joinedName(i + 1, i + 2)) &&
    (has(t, "Place") || gaz?.place(w) || /^\p{Lu}{2,3}$/u.test(w)) &&
    !gaz?.place(`${w} ${word(next)}`)
  ) {
    s.push(i, i + 2, "organisation");
    return i + 1;
  }
  return undefined;
};

/**
 * A run of capitalised words that ends in "Force", "Council", "Ministry" …: one organisation; "and", "of",
 * "for" may join its words ("Securities and Exchange Commission"). A trade word ends a company's name
 * ("Paramount Global", "Skydance Media"). The longest such run wins: "Collective Rapid Reaction Force and
 * …" stops at "Force".
 */
export const bodyRun: TokenRule = (s, i) => {
  const { block, tokens } = s;
  const t = tokens[i]!;
  const w = word(t);
  if (!(upper(w) && !s.afterName(i) && !has(t, ...FUNCTION_TAGS))) return undefined;
  let e = i + 1;
  let best = 0;
  let joined = false;
  let firstJoin = -1;
  const orgWord = (k: number): boolean => {
    const w = word(tokens[k]!);
    return ORG_END.test(w) || (!joined && CORPORATE.has(w));
  };
  while (e < tokens.length && e - i < 7) {
    if (s.joinedName(e - 1, e)) e++;
    else if (
      NAME_JOINERS.has(tokens[e]!.text) &&
      e + 1 < tokens.length &&
      // "Goldman Sachs and Bank of America": "and" before a body's own opening word ends the run.
      !(
        /^(?:and|&)$/.test(tokens[e]!.text) &&
        ORG_START.test(word(tokens[e + 1]!)) &&
        tokens[e + 2]?.text === "of"
      ) &&
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
  // "Timothy Clark of Deakin University": a person of a body is an affiliation, not one name; the body
  // starts after "of" and the person is left to compromise.
  const person =
    firstJoin > i &&
    tokens.slice(i, firstJoin).some((x) => has(x, "Person", "FirstName", "LastName")) &&
    !tokens.slice(i, firstJoin).some((x) => ORG_END.test(word(x)) || CORPORATE.has(word(x)));
  if (person && best >= firstJoin + 2) {
    s.push(firstJoin + 1, best, "organisation");
    return best - 1;
  }
  // "Ministry of Foreign Affairs", "Center for Celiac Research and Treatment": a body's opening word and
  // "of" or "for" make the whole run one body.
  if (
    !person &&
    best === 0 &&
    ORG_START.test(w) &&
    /^(?:of|for)$/.test(tokens[i + 1]?.text ?? "") &&
    e >= i + 3
  )
    best = e;
  // "North Carolina Division of Emergency Management": a body's opening word inside the run takes "of" and
  // the words after it too.
  if (best > i && best < e && ORG_START.test(word(tokens[best - 1]!)) && tokens[best]?.text === "of")
    best = e;
  // "School of Education and Human Development": such a run ends with its capitalised words, not where the
  // scan stopped counting.
  if (best === e) while (best < tokens.length && s.joinedName(best - 1, best)) best++;
  // "Budget Cuts Spark Heated Debate Among School Board Members": a headline in title case, with a
  // capitalised preposition inside, is a sentence, not a body's name.
  const headline = tokens.slice(i + 1, best).some((x) => upper(x.text) && has(x, ...FUNCTION_TAGS));
  if (best >= i + 2 && !person && !headline) {
    s.push(i, best, "organisation");
    return best - 1;
  }
  return undefined;
};

/**
 * "Queensland Children's Hospital", "Lowe's Companies": capitalised words with a possessive inside and a
 * body's or company's word at the end are one organisation; compromise cuts at the possessive and reads the
 * first part as a person ("Lowe") or a body of its own ("Queensland Children").
 */
const GROUP_POSSESSIVE = /^(?:Children|Women|Men|People|Veterans|Workers|Teachers)['’]s?$/;

export const possessiveBody: TokenRule = (s, i) => {
  const { block, tokens } = s;
  if (!(upper(tokens[i]!.text) && !s.afterName(i) && !has(tokens[i]!, ...FUNCTION_TAGS))) return undefined;
  // Not a part of a longer name ("Royal Brisbane and Women's Hospital").
  if (i > 0 && NAME_JOINERS.has(tokens[i - 1]!.text)) return undefined;
  let k = i;
  while (k < tokens.length && k - i < 3 && !/^\p{Lu}\p{L}*['’]s$/u.test(tokens[k]!.text)) {
    if (!(k + 1 < tokens.length && s.joinedName(k, k + 1))) {
      const next = tokens[k + 1];
      if (!(next && /^ $/.test(gap(block, tokens[k]!, next)) && /^\p{Lu}\p{L}*['’]s$/u.test(next.text)))
        return undefined;
    }
    k++;
  }
  const possessive = tokens[k];
  if (!possessive || !/^\p{Lu}\p{L}*['’]s$/u.test(possessive.text)) return undefined;
  // One space, then a capitalised run that ends in a body's or company's word.
  let e = k + 1;
  if (!(e < tokens.length && /^ $/.test(gap(block, possessive, tokens[e]!)) && upper(tokens[e]!.text)))
    return undefined;
  let end = 0;
  while (e < tokens.length && e - k <= 3) {
    const w = word(tokens[e]!);
    if (ORG_END.test(w) || CORPORATE.has(w)) end = e + 1;
    if (e + 1 < tokens.length && s.joinedName(e, e + 1)) e++;
    else break;
  }
  // An owner's possessive ("NASA's Ames Research Center") is two names; only a plural noun's ("Children's
  // Hospital") or a company's before its own legal or trade word ("Lowe's Companies") is inside one.
  const inside = GROUP_POSSESSIVE.test(possessive.text) || CORPORATE.has(word(tokens[k + 1]!));
  if (!end || !inside || OFFICE_BODY.test(word(tokens[end - 1]!))) return undefined;
  s.push(i, end, "organisation");
  return end - 1;
};

/**
 * "Wake County Sheriff's Office", "California Governor's Office of Emergency Services": capitalised words,
 * an office holder's possessive and Office/Department (then "of …" with its capitalised words) are one body.
 * compromise cuts such a name at the possessive, which listed "Wake" as a place and "Emergency Services" as
 * a body of its own.
 */
export const officeOf: TokenRule = (s, i) => {
  const { block, tokens } = s;
  if (!(upper(tokens[i]!.text) && !s.afterName(i) && !has(tokens[i]!, ...FUNCTION_TAGS))) return undefined;
  let k = i;
  // Up to four capitalised words joined by spaces up to the possessive.
  while (k < tokens.length && k - i < 5 && !OFFICE_HOLDER.test(tokens[k]!.text)) {
    if (!(k + 1 < tokens.length && s.joinedName(k, k + 1))) {
      // joinedName refuses a possessive word: the holder itself is checked by the loop condition.
      if (
        !(
          k + 1 < tokens.length &&
          /^ $/.test(gap(block, tokens[k]!, tokens[k + 1]!)) &&
          OFFICE_HOLDER.test(tokens[k + 1]!.text)
        )
      )
        return undefined;
    }
    k++;
  }
  if (!(k > i && k + 1 < tokens.length && OFFICE_HOLDER.test(tokens[k]!.text))) return undefined;
  if (!(/^ $/.test(gap(block, tokens[k]!, tokens[k + 1]!)) && OFFICE_BODY.test(word(tokens[k + 1]!))))
    return undefined;
  let e = k + 2;
  // "… Office of Emergency Services": "of" and its capitalised words, "and" between them.
  if (
    tokens[e]?.text === "of" &&
    tokens[e + 1] &&
    upper(tokens[e + 1]!.text) &&
    /^ $/.test(gap(block, tokens[e - 1]!, tokens[e]!))
  ) {
    let f = e + 2;
    while (f < tokens.length && f - e < 6) {
      if (s.joinedName(f - 1, f)) f++;
      else if (/^(?:and|&)$/.test(tokens[f]!.text) && tokens[f + 1] && upper(tokens[f + 1]!.text)) f += 2;
      else break;
    }
    e = f;
  }
  s.push(i, e, "organisation");
  return e - 1;
};

/** "Thomson Reuters", "Associated Press": an agency named in two words is one organisation. */
export const agencyPair: TokenRule = (s, i) => {
  const next = s.tokens[i + 1];
  if (!(next && s.spaced(i) && AGENCY_PAIRS.has(`${s.tokens[i]!.text} ${word(next)}`))) return undefined;
  s.push(i, i + 2, "organisation");
  return i + 1;
};

/**
 * "Billie Jean King Trophy", "League Cup", "Tropical Storm Ophelia": a capitalised run that ends in an
 * event's word, or a storm word and the storm's name, names an event; its tokens are claimed for no name.
 */
export const eventRun: TokenRule = (s, i) => {
  const { block, tokens } = s;
  if (!upper(tokens[i]!.text) || s.afterName(i)) return undefined;
  if (STORM.test(tokens[i]!.text)) {
    let e = i + 1;
    while (e < tokens.length && s.joinedName(e - 1, e) && e - i < 3) e++;
    if (e - i < 2) return undefined;
    s.claim(i, e);
    return e - 1;
  }
  let e = i + 1;
  let end = 0;
  while (e <= tokens.length && e - i <= 6) {
    const w = word(tokens[e - 1]!);
    if (EVENT_END.test(w) || ROAD_END.test(w) || VENUE_END.test(w)) end = e;
    if (e < tokens.length && s.joinedName(e - 1, e)) e++;
    else if (
      e + 1 < tokens.length &&
      /^(?:and|of|&)$/.test(tokens[e]!.text) &&
      /^ $/.test(gap(block, tokens[e - 1]!, tokens[e]!)) &&
      upper(tokens[e + 1]!.text)
    )
      e += 2;
    else break;
  }
  if (!end) return undefined;
  // "Museum of Picture Book Art": a venue's "of" and the capitalised words after it belong to it.
  if (
    VENUE_END.test(word(tokens[end - 1]!)) &&
    tokens[end]?.text === "of" &&
    upper(tokens[end + 1]?.text ?? "")
  ) {
    end += 2;
    while (end < tokens.length && s.joinedName(end - 1, end)) end++;
  }
  s.claim(i, end);
  return end - 1;
};
