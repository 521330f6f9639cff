// A lone proper noun that compromise recognised as a name but gave no kind (docs/discovery.md, "Lone
// names"): "Qualcomm", "Airgas", "Benzinga", "Townsville", "Bulawayo". compromise tags such words
// ProperNoun from their shape and place in the sentence, and people(), places() and organizations() leave
// them out. A reader takes a capitalised word that is no English word for a name; the kind comes from the
// words around it (a place after "in", before a state, in a list of places, "a Covington woman"), else it
// is what a lone unknown name in the news mostly is: a company or another body. The kind is a guess: any
// other rule's kind for the same name wins, and a surname of a person on the page folds into that person.
import type { EnglishScan, TokenRule } from "./english-types";
import { FUNCTION_TAGS, gap, isRole, word } from "./english-words";
import { hasTag as has, isDemonym, NATIONALITY_NOUNS, startsUpper as upper } from "./tokens";

/** Words after which a lone name is where something is or happens. */
const PLACE_BEFORE = new Set(["in", "near", "outside", "around", "across", "throughout", "into"]);
/** "Whatcom, Skagit and Kitsap counties", "a Covington woman": nouns that make the name before a place. */
const PLACE_NOUN =
  /^(?:county|counties|city|town|township|borough|village|district|region|province|woman|man|women|men|resident|residents|family|native|home|intersection|neighborhood|neighbourhood)$/;
/** Particles inside titles and place names: "Shards of Vanity", "Boughton under Blean". */
const TITLE_JOINER = new Set(["of", "under", "upon", "on", "de", "la", "du", "von", "van"]);
/** "Atyrau, Aktobe and Uralsk": the separators of a list. */
const LIST_GAP = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;
/** A state's or province's short form after a town: "Waterloo, Ont.", "Katonah (N.Y.)". */
const STATE_SHORT = /^(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.)$/u;
/** "other cities, including Atyrau, Aktobe and Uralsk": a list that a plural place noun introduces. */
const PLACES_INTRO =
  /\b(?:cities|towns|villages|counties|regions|provinces|communities|suburbs|districts),?\s+(?:including|such as|like|of)\s+$/;

/** The word must look like a name: a capital, then letters (CamelCase such as "OnePlus" too). */
const NAME_SHAPE = /^\p{Lu}\p{L}{2,}$/u;

const isPlaceToken = (s: EnglishScan, k: number): boolean => {
  const t = s.tokens[k];
  return !!t && upper(t.text) && (has(t, "Place") || !!s.gaz?.place(word(t)));
};

/** A list of single capitalised words around token i (", " and "and"): whether one of them is a place. */
function listedWithPlace(s: EnglishScan, i: number): boolean {
  const { tokens, block } = s;
  for (const step of [-1, 1]) {
    let k = i;
    for (let n = 0; n < 6; n++) {
      let j = k + step;
      // "and"/"or" between two items is a token of its own.
      if (tokens[j] && /^(?:and|or)$/.test(tokens[j]!.text)) j += step;
      const [a, b] = step < 0 ? [j, k] : [k, j];
      if (!tokens[j] || !upper(tokens[j]!.text)) {
        if (step < 0 && PLACES_INTRO.test(block.slice(Math.max(0, tokens[k]!.start - 40), tokens[k]!.start)))
          return true;
        break;
      }
      const between = block.slice(tokens[a]!.start + tokens[a]!.text.length, tokens[b]!.start);
      if (!LIST_GAP.test(between)) break;
      if (isPlaceToken(s, j)) return true;
      k = j;
    }
  }
  return false;
}

/** A demonym the gazetteer spells out: "Azerbaijani", "Kazakhstani" (the country with an ending). */
const demonymOfPlace = (s: EnglishScan, w: string): boolean =>
  /(?:i|an|ian|ese|ish)$/.test(w) &&
  [w.replace(/i$/, ""), w.replace(/(?:ian|an)$/, ""), w.replace(/(?:ian|an)$/, "a")].some(
    (stem) => stem !== w && !!s.gaz?.place(stem),
  );

function placeContext(s: EnglishScan, i: number): boolean {
  const { tokens, block } = s;
  const t = tokens[i]!;
  const before = i > 0 ? tokens[i - 1]!.text.toLowerCase() : "";
  const next = tokens[i + 1];
  const between = next ? gap(block, t, next) : "";
  return (
    PLACE_BEFORE.has(before) ||
    // "Arturo Marin-Sotelo, 29, of Apex"
    /\d+,?\s+of\s+$/.test(block.slice(Math.max(0, t.start - 12), t.start)) ||
    (next !== undefined &&
      /^(?:,\s*|\s*\(\s*)$/.test(between) &&
      (isPlaceToken(s, i + 1) ||
        // compromise keeps the abbreviation's last full stop out of the token ("N.Y").
        STATE_SHORT.test(block.slice(next.start, next.start + next.text.length + 1)))) ||
    (next !== undefined && /^\s+$/.test(between) && PLACE_NOUN.test(next.text)) ||
    listedWithPlace(s, i)
  );
}

export const loneName: TokenRule = (s, i) => {
  const { tokens, block } = s;
  const t = tokens[i]!;
  const w = word(t);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (
    !s.isCommon ||
    !has(t, "ProperNoun") ||
    has(
      t,
      "Person",
      "FirstName",
      "LastName",
      "Organization",
      "Place",
      "Acronym",
      "Date",
      "Month",
      "WeekDay",
      "Verb",
      "Adjective",
      ...FUNCTION_TAGS,
    ) ||
    !NAME_SHAPE.test(w) ||
    s.inRun(i) ||
    // A capital inside the word is a brand's own spelling, even of a common word ("BlackBerry").
    (s.isCommon(w.toLowerCase()) && !/\p{Ll}\p{Lu}/u.test(w)) ||
    s.gaz?.place(w) ||
    isRole(w) ||
    NATIONALITY_NOUNS.includes(w.toLowerCase()) ||
    isDemonym(t, block) ||
    demonymOfPlace(s, w) ||
    // A part of a hyphenated name or word ("Sanchez-Vicario", "Nagorno-Karabakh", "Gluten-Free").
    (prev !== undefined && /-$/.test(gap(block, prev, t))) ||
    block.charAt(t.start + t.text.length) === "-" ||
    // A product with its number ("Nexus 7"), a field's value after a label ("PROPOSAL: Erection of …").
    (next !== undefined && /^\s+$/.test(gap(block, t, next)) && /^\d/.test(next.text)) ||
    /:\s*$/.test(block.slice(0, t.start)) ||
    // "the Celtics", "the Yankees": a team, a building or a ship, seldom a company or a town.
    prev?.text.toLowerCase() === "the" ||
    // "Alzheimer's disease"
    (next !== undefined && /^(?:disease|syndrome)$/.test(next.text)) ||
    // Inside a title or a longer name with a particle ("Shards of Vanity", "Boughton under Blean").
    (prev !== undefined && TITLE_JOINER.has(prev.text) && i > 1 && upper(tokens[i - 2]!.text))
  )
    return undefined;
  s.push(i, i + 1, placeContext(s, i) ? "place" : "organisation");
  const c = s.out[s.out.length - 1]!.candidate;
  if (c) c.guess = true;
  return i;
};
