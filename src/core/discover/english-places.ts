// English rules for places beside compromise (docs/discovery.md, "Places by their company", "The noun says
// the kind"): hyphenated former names, lists after "the cities of", known places with "of", towns before
// a country.
import type { TokenRule } from "./english-types";
import { gap, PLACE_KINDS, PLACE_PREPOSITIONS, surface, word } from "./english-words";
import { hasTag as has, startsUpper as upper } from "./tokens";

/** "landed in Alma-Ata", "the former capital, Alma-Ata": a hyphenated name after "in" is a place. */
export const hyphenated: TokenRule = (s, i) => {
  const { block, tokens } = s;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (
    upper(word(t)) &&
    next &&
    upper(next.text) &&
    gap(block, t, next) === "-" &&
    has(t, "Hyphenated") &&
    !has(t, "FirstName") &&
    i > 0 &&
    (/^(?:in|into|near)$/.test(tokens[i - 1]!.text) ||
      (/^capital,?$/.test(tokens[i - 1]!.text) && block.charAt(t.start - 2) === ",")) &&
    !(tokens[i + 2] && s.joinedName(i + 1, i + 2))
  ) {
    s.push(i, i + 2, "place");
    return i + 1;
  }
  return undefined;
};

/** "the cities of Zhanaozen and Aktau": each capitalised word of the list after "of", joined by "and" or commas. */
export const kindOfPlace: TokenRule = (s, i) => {
  const { block, tokens } = s;
  if (!(PLACE_KINDS.has(word(tokens[i]!)) && tokens[i + 1]?.text === "of" && s.spaced(i) && s.spaced(i + 1)))
    return undefined;
  let k = i + 2;
  while (k < tokens.length && upper(tokens[k]!.text) && !has(tokens[k]!, "Person", "Organization")) {
    s.push(k, k + 1, "place");
    const after = block.slice(
      tokens[k]!.start + tokens[k]!.text.length,
      tokens[k + 1]?.start ?? block.length,
    );
    if (tokens[k + 1]?.text === "and" && s.spaced(k + 1)) k += 2;
    else if (/^, $/.test(after) && tokens[k + 1] && upper(tokens[k + 1]!.text)) k += 1;
    else break;
  }
  // As the loop after it does, the scan goes on after k (the rule consumed up to k inclusive).
  return k > i + 2 ? k : undefined;
};

/** "United States of America": a known place with "of" in it, which compromise splits. */
export const placeWithOf: TokenRule = (s, i) => {
  const { block, tokens, gaz } = s;
  if (!gaz || !upper(word(tokens[i]!)) || s.afterName(i)) return undefined;
  let n = Math.min(5, tokens.length - i);
  while (
    n >= 3 &&
    !(/ of /.test(surface(block, tokens, i, i + n)) && gaz.place(surface(block, tokens, i, i + n)))
  )
    n--;
  if (n < 3) return undefined;
  s.push(i, i + n, "place");
  return i + n - 1;
};

/** "in Geelong, Australia": after a preposition of place, a word before a comma and a known place is a town. */
export const townBeforeCountry: TokenRule = (s, i) => {
  const { block, tokens, gaz } = s;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (
    gaz &&
    i > 0 &&
    PLACE_PREPOSITIONS.has(tokens[i - 1]!.text) &&
    s.foreignName(i) &&
    t.text.endsWith(",") === false &&
    block.charAt(t.start + t.text.length) === "," &&
    next &&
    gaz.place(word(next).replace(/[,.]$/, ""))
  ) {
    s.push(i, i + 1, "place");
    return i;
  }
  return undefined;
};
