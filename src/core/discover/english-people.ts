// English rules for persons beside compromise (docs/discovery.md, "English", "Titles, nouns and titles of
// works"): a name after a role word, a name with a particle, two or three words that are no English words.
import type { TokenRule } from "./english-types";
import { capitalRun, gap, isRole, OFFICE, PARTICLES, TITLE_MODIFIER, word } from "./english-words";
import { hasTag as has, startsUpper as upper } from "./tokens";

/**
 * "Secretary of State Rex Tillerson", "spokesman Noh Kyu-duk": a name after a role word is a person, which
 * compromise often misreads ("State Rex" as a place); the title's words before it are claimed too.
 */
export const afterRole: TokenRule = (s, i) => {
  const { block, tokens } = s;
  const t = tokens[i]!;
  if (!isRole(word(t)) || /['’]s?$/u.test(t.text)) return undefined;
  // "David Bishop Noriega", "Sarah King": a role word right after a given name is a name of its own.
  const prev = tokens[i - 1];
  if (prev && s.joinedName(i - 1, i) && (has(prev, "FirstName") || s.gaz?.firstName(word(prev))))
    return undefined;
  let k = i + 1;
  if (tokens[k]?.text === "of" && OFFICE.test(tokens[k + 1]?.text ?? "")) k += 2;
  const next = tokens[k];
  if (!next || !/^[ \u00a0]+$/.test(gap(block, tokens[k - 1]!, next))) return undefined;
  const e = capitalRun(block, tokens, k, 4);
  // "Chief Financial Officer Terri Willoughby": words between two role words belong to the title.
  const titleGoesOn = e < tokens.length && isRole(word(tokens[e]!)) && s.joinedName(e - 1, e);
  if (!(e > k && !titleGoesOn && !(e - k === 1 && has(next, "Place", "Organization")))) return undefined;
  let title = i;
  while (
    title > 0 &&
    TITLE_MODIFIER.test(tokens[title - 1]!.text) &&
    /^ $/.test(gap(block, tokens[title - 1]!, tokens[title]!))
  )
    title--;
  s.push(k, e, "person", false, title);
  return e - 1;
};

/** "Anna van Densky", "Ludwig van Beethoven": a given name, a particle and a surname are one person. */
export const withParticle: TokenRule = (s, i) => {
  const { tokens } = s;
  const t = tokens[i]!;
  const w = word(t);
  const next = tokens[i + 1];
  if (
    (has(t, "FirstName") || s.gaz?.firstName(w)) &&
    upper(w) &&
    next &&
    PARTICLES.has(next.text) &&
    s.spaced(i) &&
    s.spaced(i + 1) &&
    upper(tokens[i + 2]!.text)
  ) {
    s.push(i, i + 3, "person");
    return i + 2;
  }
  return undefined;
};

/**
 * "Nurlan Yermekbayev", "Jiang Zemin": two or three capitalised words that are no English words and that
 * compromise tagged as nothing else read as a person, as in a table cell or after a comma.
 */
export const foreignPerson: TokenRule = (s, i) => {
  const foreignBefore = i > 0 && s.joinedName(i - 1, i) && s.foreignName(i - 1);
  if (
    !s.isCommon ||
    foreignBefore ||
    !s.foreignName(i) ||
    !(i + 1 < s.tokens.length && s.joinedName(i, i + 1) && s.foreignName(i + 1))
  )
    return undefined;
  let e = i + 2;
  while (e < s.tokens.length && e - i < 3 && s.joinedName(e - 1, e) && s.foreignName(e)) e++;
  s.push(i, e, "person");
  return e - 1;
};
