// Obsidian-ready notes, one per article (docs/keeping.md, "Obsidian notes"): YAML front matter with the
// page's title, address, site, the day its first highlight was saved and its tags as a list; then each
// highlight as a blockquote with its passage link, note and #tags. As an option, the names a passage is
// about become [[wikilinks]] where its quote mentions them. The zip around the notes is the review page's
// (src/review/obsidian-zip.ts); this module only writes text.
import { byPage, escapeMarkdown, hashtag, pageLink, recordMarkdown, titleOf } from "./exchange";
import type { HighlightRecord } from "./types";

export interface NoteOptions {
  lang: "de" | "en";
  /** Names become [[wikilinks]]. */
  wikilinks: boolean;
  /** A name's label (the link target) and the forms a quote may use for it; undefined for unknown ids. */
  namesOf: (id: string) => { label: string; forms: readonly string[] } | undefined;
  timeZone?: string;
}

export interface Note {
  /** The file name, ".md" included, unique within the export (compared without case). */
  name: string;
  text: string;
}

const NAMES_LABEL = { de: "Namen", en: "Names" };

/** What a note's or link's name may not hold in Obsidian (and in file systems): replaced by a space. */
const NOT_IN_NAMES = /[\\/:*?"<>|#^[\]\p{Cc}]+/gu;

/** A file or link name: forbidden characters out, spaces collapsed, no leading dots, at most 100 chars. */
export function safeName(text: string): string {
  return text
    .replace(NOT_IN_NAMES, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .slice(0, 100)
    .trim();
}

/** A YAML scalar: JSON's double-quoted strings are YAML too, so every character is safe. */
const yamlString = (text: string): string => JSON.stringify(text);

function siteOf(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** A page without a title is named by its address: host and path, without the scheme. */
function addressName(source: string): string {
  try {
    const url = new URL(source);
    return `${url.hostname}${url.pathname}`;
  } catch {
    return source;
  }
}

/** The calendar day (YYYY-MM-DD) of an ISO time, in `timeZone` (the reader's by default). */
function dayOf(iso: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso.slice(0, 10);
  return new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone,
  }).format(time);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

/** A wikilink to `label`, shown as `shown` when the two differ. */
function wikilink(label: string, shown: string): string {
  const target = safeName(label);
  const text = shown.replace(/[[\]|]/g, " ").trim();
  return text === target || text === "" ? `[[${target}]]` : `[[${target}|${text}]]`;
}

interface Span {
  start: number;
  end: number;
  link: string;
}

/** The first place in `text` where one of `forms` stands as whole words (longest form first). */
function findForm(
  text: string,
  forms: readonly string[],
  taken: Span[],
): { start: number; end: number } | null {
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (!form.trim()) continue;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const whole = !isWordChar(text[at - 1]) && !isWordChar(text[end]);
      const free = taken.every((s) => end <= s.start || at >= s.end);
      if (whole && free) return { start: at, end };
    }
  }
  return null;
}

/**
 * The quote, escaped, with the first mention of each name it is about as a wikilink; names it is about
 * but does not spell out follow on a line of their own. Links are put in after escaping, through
 * private-use placeholders, so escaping never touches them.
 */
function quoteWithLinks(record: HighlightRecord, options: NoteOptions): string {
  // A quote cannot forge a placeholder: its own private-use marks become spaces (offsets stay the same).
  const text = record.exact.replace(/[\uE000\uE001]/g, " ");
  const spans: Span[] = [];
  const unspoken: string[] = [];
  for (const id of record.entities) {
    const names = options.namesOf(id);
    if (!names) continue;
    const found = findForm(text, [names.label, ...names.forms], spans);
    if (found) spans.push({ ...found, link: wikilink(names.label, text.slice(found.start, found.end)) });
    else unspoken.push(wikilink(names.label, names.label));
  }
  spans.sort((a, b) => a.start - b.start);
  let marked = "";
  let at = 0;
  for (const [index, span] of spans.entries()) {
    marked += `${text.slice(at, span.start)}\uE000${index}\uE001`;
    at = span.end;
  }
  marked += text.slice(at);
  const linked = escapeMarkdown(marked).replace(
    /\uE000(\d+)\uE001/g,
    (_m, index: string) => spans[Number(index)]?.link ?? "",
  );
  return unspoken.length ? `${linked}\n\n${NAMES_LABEL[options.lang]}: ${unspoken.join(" · ")}` : linked;
}

/** One note per page, in order of each page's first highlight. */
export function toObsidianNotes(records: HighlightRecord[], options: NoteOptions): Note[] {
  const notes: Note[] = [];
  const used = new Set<string>();
  for (const [source, list] of byPage(records)) {
    const title = (list[0]?.title || source).replace(/\s+/g, " ").trim();
    const site = siteOf(source);
    const base = safeName(list[0]?.title ?? "") || safeName(addressName(source)) || "Randnotiz";
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase()); n++) name = `${base} ${n}`;
    used.add(name.toLocaleLowerCase());

    const firstSaved = list.map((r) => r.created).sort()[0] ?? "";
    const tags = [
      ...new Set(list.flatMap((r) => r.tags.map((tag) => hashtag(tag).slice(1)).filter(Boolean))),
    ];
    const front = [
      "---",
      `title: ${yamlString(title)}`,
      `url: ${yamlString(source)}`,
      `site: ${yamlString(site)}`,
      `saved: ${dayOf(firstSaved, options.timeZone)}`,
      ...(tags.length ? ["tags:", ...tags.map((tag) => `  - ${yamlString(tag)}`)] : ["tags: []"]),
      "---",
      "",
    ];
    const body = [pageLink(titleOf(list, source), source), ""];
    const style = {
      lang: options.lang,
      timeZone: options.timeZone,
      quote: options.wikilinks ? (r: HighlightRecord) => quoteWithLinks(r, options) : undefined,
    };
    for (const record of list) body.push(...recordMarkdown(record, style));
    notes.push({ name: `${name}.md`, text: `${[...front, ...body].join("\n").trimEnd()}\n` });
  }
  return notes;
}
