// German names without NLP (compromise reads no German). Conservative cues, measured in
// bench/discover.ts: fewer names rather than wrong ones.
// - A run of two or more capitalised words that are not common nouns: a person ("Sadyr Dschaparow"),
//   or a place after in/nach/aus.
// - One such word right after a role word ("Präsident Tokajew", "Kremlsprecher Peskow"): a person.
// - One such word right after in/nach/aus ("in Astana"): a place.
// - An adjective plus an institution word ("Vereinte Nationen", "Europäische Union"): an organisation;
//   so is an acronym ("OSZE").
// - Any other lone capitalised word is only counted as a surname of a person found by the rules above.

import { dateline } from "./dateline";
import {
  ACRONYM_PLACES,
  AGENCIES,
  ARTICLES,
  COMPASS,
  commonNoun,
  DETERMINERS,
  FEDERAL,
  GENITIVE,
  INSTITUTIONS,
  type IsCommon,
  inflectedNoun,
  isAcronym,
  isCapital,
  isRole,
  NOT_ORGS,
  opensWithNoun,
  PLACE_CUES,
  REGION,
  STATES,
} from "./german-words";
import {
  CLUB_LETTERS,
  CLUB_WORDS,
  COMPANY_NOUN,
  CORPORATE,
  FOR_INSTITUTION,
  INSTITUTION_HEAD,
  PLACE_KIND,
  PLACE_NOUN,
  PUBLICATION,
  SEATED,
} from "./institutions";
import type { Candidate, Gazetteer, NameKind } from "./types";

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

/**
 * @param isEnglish the English common-word list: a run of English words only ("Nature Medicine") is a
 *   title in German text, not a person.
 */
export function germanCandidates(
  text: string,
  isCommon: IsCommon,
  gaz?: Gazetteer,
  isEnglish?: (lowercase: string) => boolean,
): Candidate[] {
  const ws = words(text);
  const out: Candidate[] = [];
  const starts = new Map<Candidate, number>();
  const emit = (from: number, to: number, kind: NameKind, weak = false, twice = false): void => {
    const a = ws[from]!;
    const b = ws[to - 1]!;
    const surface = text.slice(a.start, b.start + b.text.length);
    const c: Candidate = {
      text: surface.replace(/\s+/g, " "),
      kind,
      surface,
      ...(weak ? { weak } : {}),
      ...(twice ? { twice } : {}),
    };
    out.push(c);
    starts.set(c, a.start);
  };
  let i = 0;
  const line = dateline(text);
  if (line) {
    // "Altentreptow (ots).": the dateline's place and source (docs/discovery.md, "Datelines").
    for (const c of line.candidates) {
      out.push(c);
      starts.set(c, 0);
    }
    while (i < ws.length && ws[i]!.start < line.end) i++;
  }
  while (i < ws.length) {
    const w = ws[i]!;
    if (AGENCIES.has(w.text)) {
      // "RIA Nowosti": the agency's full name.
      const two = /^(?:Nowosti|Novosti)$/.test(ws[i + 1]?.text ?? "") && ws[i + 1]!.joined;
      emit(i, i + (two ? 2 : 1), "organisation");
      i += two ? 2 : 1;
      continue;
    }
    if (w.text === "picture" && ws[i + 1]?.text === "alliance" && ws[i + 1]!.joined) {
      // The photo agency writes itself in lower case ("Foto: picture alliance / dpa").
      emit(i, i + 2, "organisation");
      i += 2;
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
  return shortForms(coordinated(withForInstitutions()));

  /**
   * "Schanghaier Organisation für Zusammenarbeit (SCO)": an acronym in brackets right after an
   * organisation's name is its short form, whatever language its letters come from.
   */
  function shortForms(list: Candidate[]): Candidate[] {
    const orgEnds = new Map<number, Candidate>();
    for (const c of list) {
      const at = starts.get(c);
      if (c.kind === "organisation" && at !== undefined) orgEnds.set(at + c.surface.length, c);
    }
    for (const c of list) {
      const at = starts.get(c);
      if (at === undefined || !isAcronym(c.text) || text.charAt(at - 1) !== "(") continue;
      const long = orgEnds.get(text.slice(0, at - 1).trimEnd().length);
      if (long && long !== c) c.of = long.text;
    }
    return list;
  }

  /**
   * "zwischen Stepanakert und Baku", "Jerewan/Stepanakert/Baku": a lone unknown word listed with a known
   * place after a place cue (zwischen, in, nach, aus, von, bis), or beside it with a slash, is a place too.
   */
  function coordinated(list: Candidate[]): Candidate[] {
    if (!gaz) return list;
    const places = new Set(list.filter((c) => c.kind === "place").map((c) => c.text));
    const known = (w: string | undefined): boolean => !!w && (places.has(w) || gaz.place(w));
    const CUE = /(?:^|[\s(])(?:zwischen|in|nach|aus|von|bis)[ \u00a0]+$/;
    for (const c of list) {
      const at = starts.get(c);
      if (!c.weak || at === undefined) continue;
      const end = at + c.surface.length;
      const head = text.slice(Math.max(0, at - 80), at);
      const tail = text.slice(end, end + 60);
      const slashBefore = /(\p{Lu}[\p{L}-]*)\)?[ \u00a0]*\/[ \u00a0]*$/u.exec(head);
      const slashAfter = /^[ \u00a0]*\/[ \u00a0]*(\p{Lu}[\p{L}-]*)/u.exec(tail);
      const andBefore = /(\p{Lu}[\p{L}-]*)[ \u00a0]+(?:und|oder)[ \u00a0]+$/u.exec(head);
      const andAfter = /^[ \u00a0]+(?:und|oder)[ \u00a0]+(\p{Lu}[\p{L}-]*)/u.exec(tail);
      const listed =
        known(slashBefore?.[1]) ||
        known(slashAfter?.[1]) ||
        (known(andBefore?.[1]) && CUE.test(head.slice(0, andBefore!.index))) ||
        (known(andAfter?.[1]) && CUE.test(head));
      if (!listed) continue;
      c.kind = "place";
      delete c.weak;
    }
    return list;
  }

  /**
   * "Max-Planck-Institut für Biochemie", "Bundesamt für Migration und Flüchtlinge": an institution word
   * with "für" and its field is one organisation; the run's own candidates inside it go.
   */
  function withForInstitutions(): Candidate[] {
    // The field may open with an adjective: "Staatskomitee für nationale Sicherheit".
    // An adjective may open the name: "Schanghaier Organisation für Zusammenarbeit".
    const FOR =
      /(?:(\p{Lu}\p{Ll}+(?:er|e|en|es)) )?([\p{Lu}][\p{L}-]*) für ((?:\p{Ll}+e[nrs]? )?\p{Lu}[\p{L}-]+(?: und \p{Lu}[\p{L}-]+)?)/gu;
    const spans: Array<[number, number, Candidate]> = [];
    for (const m of text.matchAll(FOR)) {
      if (!FOR_INSTITUTION.test(m[2]!)) continue;
      const adjective = m[1] && !DETERMINERS.has(m[1].toLowerCase()) && !isRole(m[1]) ? m[1] : "";
      const from = adjective ? m.index : m.index + (m[1] ? m[1].length + 1 : 0);
      const surface = text.slice(from, m.index + m[0].length);
      const c: Candidate = { text: surface, kind: "organisation", surface };
      starts.set(c, from);
      spans.push([from, from + surface.length, c]);
    }
    if (spans.length === 0) return out;
    const inside = (c: Candidate): boolean => {
      const at = starts.get(c);
      return at !== undefined && spans.some(([a, b]) => at >= a && at < b);
    };
    return [...out.filter((c) => !inside(c)), ...spans.map((x) => x[2])];
  }

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
    if (!common && (gaz!.place(one) || (base.length > 2 && gaz!.place(base)))) return 1;
    // "Ostukraine", "Nordsyrien": a compass word and a country the gazetteer knows.
    const compass = COMPASS.exec(one)?.[0];
    if (!compass) return 0;
    const rest = one.slice(compass.length);
    return gaz!.place(rest.charAt(0).toUpperCase() + rest.slice(1)) ? 1 : 0;
  }

  /** A place in its base form: "Estlands" is listed as "Estland", the page's spelling kept for jump-to. */
  function emitBase(from: number, to: number, kind: NameKind): void {
    emit(from, to, kind);
    const c = out[out.length - 1]!;
    if (!gaz!.place(c.text) && c.text.endsWith("s") && gaz!.place(c.text.slice(0, -1)))
      c.text = c.text.slice(0, -1);
  }

  /** Where a club's name that starts at `k` ends ("FC Bayern München", "Hallescher FC"), or `k`. */
  function clubEnd(k: number, to: number): number {
    const t = ws[k]!.text;
    const next = k + 1 < to ? ws[k + 1]!.text : "";
    if ((CLUB_LETTERS.has(t) || CLUB_WORDS.has(t)) && isCapital(next) && !isRole(next)) {
      let e = k + 2;
      while (
        e < to &&
        e - k < 4 &&
        isCapital(ws[e]!.text) &&
        !isRole(ws[e]!.text) &&
        !commonNoun(ws[e]!.text, isCommon)
      )
        e++;
      return e;
    }
    if (CLUB_LETTERS.has(next) && isCapital(t) && !commonNoun(t, isCommon) && !isRole(t)) return k + 2;
    return k;
  }

  function scanRun(from: number, to: number, before: string): void {
    let k = from;
    while (k < to) {
      const t = ws[k]!.text;
      const prev = k > from ? ws[k - 1]!.text : before;
      const next = k + 1 < to ? ws[k + 1]!.text : "";
      if (PUBLICATION.test(t)) {
        // "Fachjournal Nature Medicine": the words after it are the publication's title.
        k = to;
        continue;
      }
      if (
        COMPANY_NOUN.test(t) &&
        k + 1 < to &&
        (isCapital(next) || isAcronym(next)) &&
        !commonNoun(next, isCommon) &&
        !isRole(next)
      ) {
        // "Investmentbank Barclays", "Vermögensverwalter QC Partners": the noun says what the name is.
        let e = k + 2;
        while (e < to && e - k < 4 && isCapital(ws[e]!.text) && !isRole(ws[e]!.text)) e++;
        emit(k + 1, e, "organisation");
        k = e;
        continue;
      }
      const club = clubEnd(k, to);
      if (club > k) {
        emit(k, club, "organisation");
        k = club;
        continue;
      }
      if (k + 1 < to && CORPORATE.has(next) && !commonNoun(t, isCommon) && !isRole(t)) {
        // "Siemens Energy", "Paramount Global": a trade word makes a company.
        emit(k, k + 2, "organisation");
        k += 2;
        continue;
      }
      if (
        /(?:e|en|er|es)$/.test(t) &&
        (INSTITUTIONS.has(next) ||
          STATES.has(next) ||
          (INSTITUTION_HEAD.test(next) && commonNoun(next, isCommon))) &&
        !DETERMINERS.has(t.toLowerCase()) &&
        (isCommon(t.toLowerCase()) ||
          /(?:isch|ational|ereint|wärtig)(?:e|en|er|es)$/.test(t) ||
          (/er$/.test(t) && !isCommon(t) && !isRole(t)))
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
        const two = /^(?:Nowosti|Novosti)$/.test(next);
        emit(k, k + (two ? 2 : 1), "organisation");
        k += two ? 2 : 1;
        continue;
      }
      if (
        SEATED.test(t) &&
        k + 1 < to &&
        !isRole(next) &&
        (!commonNoun(next, isCommon) ||
          gaz?.place(next) ||
          /^(?:Nord|Süd|Ost|West|Mittel|Ober|Nieder)\p{Ll}/u.test(next))
      ) {
        emit(k, k + 2, "organisation");
        k += 2;
        continue;
      }
      if (
        gaz &&
        !isCommon(t) &&
        !isCommon(t.toLowerCase()) &&
        !(k + 1 < to && !CLUB_LETTERS.has(next) && isCapital(next) && !commonNoun(next, isCommon))
      ) {
        if (gaz.organisation(t)) {
          // "Audi", "Siemens": a company compromise's lexicon knows, standing alone.
          emit(k, k + 1, "organisation");
          k++;
          continue;
        }
      }
      const kindOfPlace = PLACE_NOUN.test(t) || (!!gaz && PLACE_KIND.test(t) && !gaz.place(t));
      if (kindOfPlace && k + 1 < to && isCapital(next) && !commonNoun(next, isCommon) && !isRole(next)) {
        // "Freistaat Bayern", "Landkreis Harburg": the noun says what kind of place the next word is.
        emit(k + 1, k + 2, "place");
        k += 2;
        continue;
      }
      const place = gaz ? knownPlace(k, to) : 0;
      if (place) {
        emitBase(k, k + place, "place");
        k += place;
        continue;
      }
      if (
        gaz &&
        !gaz.firstName(t) &&
        k + 2 < to &&
        gaz.firstName(next) &&
        nameWord(ws[k + 2]!.text) &&
        !gaz.place(t) &&
        !/^\p{Lu}{2,}-/u.test(t)
      ) {
        // "Studienleiterin Wiebke Hansen", "Verteidiger Jan Kruse": the word before a given name and a
        // surname is a title or a role, not part of the name.
        k++;
        continue;
      }
      if (
        k > from &&
        isRole(prev) &&
        !isRole(t) &&
        !isAcronym(t) &&
        (gaz?.firstName(t) || (k + 1 < to && nameWord(next) && !commonNoun(next, isCommon)))
      ) {
        // "Amtsrichter Franz Hölzle", "Bundesaußenminister Gabriel": after a role word, a given name or two
        // name words are a person, even where the first is a common word too (the subtitle list has "Franz").
        let e = k + 1;
        while (e < to && e - k < 3 && nameWord(ws[e]!.text) && !commonNoun(ws[e]!.text, isCommon)) e++;
        emit(k, e, "person");
        k = e;
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
      // After in/nach/aus a lone noun is a phrase ("nach Angaben", "in Bedrängnis", "nach Militärangaben"),
      // not a place.
      if (cue && e - k === 1 && !afterRole && (inflectedNoun(t, isCommon) || opensWithNoun(t, isCommon))) {
        k = e;
        continue;
      }
      // In German text, a run of English words only ("Nature Medicine", "Science Advances") is a title.
      if (!cue && isEnglish && ws.slice(k, e).every((x) => isEnglish(x.text.toLowerCase()))) {
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
