// English cleaning of compromise's matches: split lists, strip titles, articles, possessives and
// lowercase edges, and drop junk. Works on plain tokens so that it stays free of compromise.
import {
  ABBREVIATION,
  hasTag,
  isDemonym,
  LEFT_OVER,
  NATIONALITY_NOUNS,
  ORG_END,
  ORG_START,
  ROLE_WORDS,
  type Token,
  startsUpper as upper,
} from "./tokens";
import type { Candidate, NameKind } from "./types";

// Words stripped from the front of a person's name: the shared role words, ranks and other titles.
const TITLES = new Set([
  ...ROLE_WORDS,
  ...(
    "vice prime foreign defence defense interior finance miss professor sir lord lady gov sen rep " +
    "representative general gen col colonel capt captain lt sgt admiral judge justice deputy former late " +
    "saint archbishop bishop rev reverend coach officer agent"
  ).split(" "),
  ...NATIONALITY_NOUNS,
]);

// Alone, or left over from "Central Asian", these are no names.
const DIRECTIONS =
  /^(?:north|south|east|west|central|eastern|western|northern|southern|middle|upper|lower)$/i;

const PRONOUNS = new Set(
  "i me my he him his she her hers it its we us our they them their you your who whom this that these those there here".split(
    " ",
  ),
);

// Lowercase words that may sit inside a name ("University of Pittsburgh", "Bank of England").
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "for",
  "de",
  "du",
  "da",
  "del",
  "der",
  "von",
  "van",
  "al",
  "bin",
  "on",
]);

// Between two tokens, anything but spaces (or a joining hyphen) ends a name: "Armenia, Belarus".
const BREAK = /[^\s\u00a0]/;

function kindOf(tokens: readonly Token[], fallback: NameKind): NameKind {
  const words = tokens.map((t) => t.text.replace(/['’]s?$/u, ""));
  if (words.length > 1 && (ORG_END.test(words[words.length - 1]!) || ORG_START.test(words[0]!)))
    return "organisation";
  const person = tokens.some((t) => hasTag(t, "Person", "FirstName", "LastName"));
  if (person) return fallback === "place" ? fallback : "person";
  return fallback;
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s$/u, "").replace(/(?<=s)['’]$/u, "");
}

function finish(
  block: string,
  tokens: readonly Token[],
  fallback: NameKind,
  isCommon?: (lowercase: string) => boolean,
): Candidate | null {
  let a = 0;
  let b = tokens.length;
  const word = (i: number): string => stripPossessive(tokens[i]!.text.replace(/[^\p{L}\p{N}'’.-]+$/u, ""));
  const lowerEdge = (i: number): boolean => !upper(word(i)) && !/^\p{N}/u.test(word(i));
  while (a < b && lowerEdge(a)) a++;
  while (b > a && lowerEdge(b - 1)) b--;
  // "Central Asian (state)": a demonym is no name.
  while (b > a && (tokens[b - 1]!.tags?.includes("Adjective") || isDemonym(tokens[b - 1]!, block))) b--;
  while (a < b && isDemonym(tokens[a]!, block)) a++;
  while (b > a && DIRECTIONS.test(word(b - 1))) b--;
  // Only an earlier token's possessive ends a name: "Pashinyan's office" keeps "Pashinyan".
  for (let i = a; i < b - 1; i++) if (/['’]s?$/u.test(tokens[i]!.text)) b = i + 1;
  while (a < b && /^the$/i.test(word(a))) a++;
  const kind = kindOf(tokens.slice(a, b), fallback);
  // "the President of Türkiye Recep Tayyip Erdoğan": a country before a first name is no part of the name.
  const placeTag = (t: Token): boolean => !t.tags?.some((x) => x === "FirstName" || x === "LastName");
  if (kind === "person" && b - a > 2 && placeTag(tokens[a]!) && tokens[a + 1]!.tags?.includes("FirstName"))
    a++;
  const title = (i: number): boolean => TITLES.has(word(i).toLowerCase().replace(/\.$/, ""));
  // "Chief Financial Officer Terri Willoughby": everything up to the last title word is the title.
  if (kind === "person")
    for (let i = b - 2; i >= a; i--)
      if (title(i)) {
        a = i + 1;
        break;
      }
  // "County Manager", "House Speaker": a role word ends a title, never the name of a place or a body.
  if (kind !== "person" && b > a && title(b - 1)) return null;
  if (a >= b) return null;
  const kept = tokens.slice(a, b);
  const words = kept.map((_, i) => word(a + i));
  if (words.some((w, i) => !upper(w) && !(i > 0 && i < words.length - 1 && CONNECTORS.has(w)))) return null;
  const text = words.join(" ").replace(/\.$/, "");
  if (!/\p{L}\p{L}/u.test(text) || /^[\p{N}\s.,-]+$/u.test(text)) return null;
  if (words.length === 1 && (PRONOUNS.has(text.toLowerCase()) || TITLES.has(text.toLowerCase()))) return null;
  // Degrees are no names: "earned her Ph.D. under Munday".
  if (/^(?:Ph\.? ?D|M\.?D|MBA|B\.?Sc|M\.?Sc|LL\.?M)\.?$/i.test(text)) return null;
  const last = kept[kept.length - 1]!;
  const end = last.start + word(b - 1).length;
  // "Arturo Marin-Sotelo", "Hsieh Su-wei": compromise ends a person at the hyphen of a double name.
  // Not "Houston-area", "Chicago-based": the second part of a double name is no English word.
  const double = kind === "person" ? /^-(\p{L}\p{Ll}+)(?![\p{L}-])/u.exec(block.slice(end)) : null;
  if (double && !isCommon?.(double[1]!.toLowerCase()))
    return {
      text: `${text}-${double[1]}`,
      kind,
      surface: block.slice(kept[0]!.start, end + double[0].length),
    };
  return { text, kind, surface: block.slice(kept[0]!.start, end) };
}

/** What a lone word needs to be a name of its own: it is no common English word, or a place we know. */
export interface LoneWord {
  isCommon?: (lowercase: string) => boolean;
  isPlace?: (name: string) => boolean;
  /** compromise's lexicon knows the word as a name ("Microsoft", "Holmes"), which the common list may hold too. */
  isProper?: (lowercase: string) => boolean;
}

// compromise's own tags of a token that say it names something, whatever the common-word list says.
const PROPER_TAGS = ["City", "Country", "Region", "SportsTeam"];

/**
 * "City", "County", "Police", "Monday": a single capitalised word that is a common English word is a
 * sentence start, a heading or a part of a name compromise did not join, not a name a reader would look up
 * on its own evidence; a place the gazetteer knows ("Bath", "Reading"), a name compromise's lexicon knows
 * ("Microsoft") and an acronym stay.
 */
function commonAlone(
  block: string,
  c: Candidate,
  tokens: readonly Token[],
  lone: LoneWord | undefined,
): boolean {
  if (!lone?.isCommon || /\s/.test(c.text) || !/^\p{Lu}\p{Ll}+$/u.test(c.text)) return false;
  const lower = c.text.toLowerCase();
  if (!lone.isCommon(lower) || lone.isPlace?.(c.text) || lone.isProper?.(lower)) return false;
  if (tokens.some((t) => hasTag(t, ...PROPER_TAGS))) return false;
  // "downtown Charleston, South Carolina": a town before a place we know is a town.
  const end = block.indexOf(c.surface, tokens[0]?.start ?? 0) + c.surface.length;
  const after = /^, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/u.exec(block.slice(end));
  return !(after && lone.isPlace?.(after[1]!));
}

/** Candidates from one match of compromise: split at punctuation, then cleaned. */
export function cleanEnglish(
  block: string,
  all: readonly Token[],
  kind: NameKind,
  lone?: LoneWord,
): Candidate[] {
  // "REUTERS/Kim Hong-Ji": a photo credit names the agency, then the photographer.
  // "DENVER/Jan. 9": a dateline's place before the date keeps the place, not the month.
  const tokens = all.map((t) => {
    const dated = /^([\p{L}.&-]+)\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/u.exec(
      t.text,
    );
    if (dated) return { ...t, text: dated[1]! };
    const m = /^[\p{L}.&-]+\/(?=\p{Lu})/u.exec(t.text);
    return m ? { ...t, text: t.text.slice(m[0].length), start: t.start + m[0].length } : t;
  });
  const out: Candidate[] = [];
  let part: Token[] = [];
  const flush = (): void => {
    const c = part.length ? finish(block, part, kind, lone?.isCommon) : null;
    // "Lowe's Companies, Inc.", "Bruce Hwy": a legal form or a road's short form cut off at a comma or a
    // stop is no name of its own.
    if (c && LEFT_OVER.test(c.text)) {
      part = [];
      return;
    }
    // A lone common word counts only as another form of a name found otherwise ("Cameron" of "David
    // Cameron"): merge.ts drops it when nothing stronger names it.
    if (c && commonAlone(block, c, part, lone)) c.weak = true;
    if (c) out.push(c);
    part = [];
  };
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (prev) {
      const gap = block.slice(prev.start + prev.text.length, t.start);
      if (gap === "-") {
        // compromise splits "Nagorno-Karabakh": one name again.
        part.push({ ...t, text: `${prev.text}-${t.text}`, start: prev.start });
        part.splice(part.length - 2, 1);
        continue;
      }
      const abbreviation = ABBREVIATION.test(prev.text.slice(0, -1)) && prev.text.endsWith(".");
      if (
        BREAK.test(gap) ||
        (!abbreviation && /[,;:!?)"”]$|[^.]\.$/u.test(prev.text.replace(/['’]s$/u, "x")))
      )
        flush();
    } else if (block.charAt(t.start - 1) === "-" && /\p{L}/u.test(block.charAt(t.start - 2))) {
      // "post-Soviet Collective…": the first part of a hyphenated word is no name of its own.
      continue;
    }
    part.push(t);
  }
  flush();
  return out;
}
