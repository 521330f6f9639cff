// Export and import: a W3C AnnotationCollection (JSON-LD), Markdown for reading, CSV for spreadsheets.
// The JSON file also carries the reader's own entries under one extra top-level key, ENTRIES_PROPERTY:
// W3C tools ignore it, and the collection itself keeps its shape.

import { type Entry, parseEntry } from "../entries/schema";
import { errorMessage } from "../errors";
import { passageLink } from "./fragment";
import { checkForWrite, identityOf } from "./limits";
import { ANNOTATION_CONTEXT } from "./schema";
import {
  type AnnotationCollection,
  HIGHLIGHT_PREFIX,
  type HighlightRecord,
  type WebAnnotation,
} from "./types";

export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 100_000;

export const ENTRIES_PROPERTY = "randnotiz:entries";

export type ExportCollection = AnnotationCollection & { [ENTRIES_PROPERTY]?: Entry[] };

/** The collection of `annotations`; with `entries` (even none) it also holds them under ENTRIES_PROPERTY. */
export function toCollection(annotations: WebAnnotation[], now: string, entries?: Entry[]): ExportCollection {
  const collection: ExportCollection = {
    "@context": ANNOTATION_CONTEXT,
    type: "AnnotationCollection",
    label: "Randnotiz highlights",
    generated: now,
    total: annotations.length,
    items: annotations,
  };
  if (entries) collection[ENTRIES_PROPERTY] = entries;
  return collection;
}

/** Nesting levels a file may have: a collection, its items and their selectors need fewer than ten. */
export const MAX_IMPORT_DEPTH = 32;

/** A JSON string (skipped whole, in native regex code), or one bracket. */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[[\]{}]/g;

/**
 * True when brackets outside strings nest deeper than `limit`; checked before anything walks the parsed
 * value. The regex steps over each string in one match, so a 30 MB file takes a fraction of a second.
 */
function nestsDeeper(text: string, limit: number): boolean {
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const c = match[0];
    if (c === "[" || c === "{") {
      if (++depth > limit) return true;
    } else if (c === "]" || c === "}") depth--;
  }
  return false;
}

/** The file's entries to add, and how many it held that are stored already (by id; skipped). */
export interface ImportedEntries {
  added: Entry[];
  duplicates: number;
}

export type ImportResult =
  | { ok: true; annotations: WebAnnotation[]; duplicates: number; entries?: ImportedEntries }
  | { ok: false; error: string };

/** The entries of a file that has ENTRIES_PROPERTY, each checked; undefined when it has none. */
function entriesOf(data: unknown, existing: ReadonlySet<string>): ImportedEntries | string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data) || !(ENTRIES_PROPERTY in data))
    return undefined;
  const list = (data as Record<string, unknown>)[ENTRIES_PROPERTY];
  if (!Array.isArray(list)) return `"${ENTRIES_PROPERTY}" must be an array`;
  if (list.length > MAX_IMPORT_ITEMS) return `too many entries (${list.length}; at most ${MAX_IMPORT_ITEMS})`;
  const added: Entry[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const [index, item] of list.entries()) {
    const parsed = parseEntry(item);
    if (!parsed.ok) return `entry ${index + 1}: ${parsed.error}`;
    const { id } = parsed.entry;
    if (seen.has(id)) return `entry ${index + 1}: duplicate id within the file`;
    seen.add(id);
    if (existing.has(id)) duplicates++;
    else added.push(parsed.entry);
  }
  return { added, duplicates };
}

/** The items of a collection (embedded `items`, or a W3C first page), or of a bare array. */
function itemsOf(data: unknown): unknown[] | string {
  if (Array.isArray(data)) return data;
  if (typeof data !== "object" || data === null) return "the file holds no AnnotationCollection";
  const collection = data as { type?: unknown; items?: unknown; first?: { items?: unknown } };
  if (collection.type !== "AnnotationCollection") return 'type must be "AnnotationCollection"';
  const items = collection.items ?? collection.first?.items;
  return Array.isArray(items) ? items : "the collection has no items array";
}

/** The identity (./limits.ts identityOf) of an annotation id or of a `highlight:*` storage key. */
export function identityOfIdOrKey(idOrKey: string): string {
  return identityOf(idOrKey.startsWith(HIGHLIGHT_PREFIX) ? idOrKey.slice(HIGHLIGHT_PREFIX.length) : idOrKey);
}

/**
 * Checks a whole import file with the limits of every write (./limits.ts). Anything broken refuses the
 * whole file, with a message naming the first problem; items and entries already stored are skipped and
 * counted. `existing` holds the stored highlights' ids or keys, compared the way keys are made, so
 * "URN:UUID:X" or a bare "X" is a duplicate of a stored "urn:uuid:x", never a replacement.
 */
export function parseImport(
  text: string,
  existing: ReadonlySet<string>,
  existingEntryIds: ReadonlySet<string> = new Set(),
): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: "file too large (over 50 MB)" };
  if (nestsDeeper(text, MAX_IMPORT_DEPTH))
    return { ok: false, error: `nested too deeply (more than ${MAX_IMPORT_DEPTH} levels)` };
  let data: unknown;
  try {
    // Drop "__proto__" keys outright, so nothing later can turn them into a prototype. The reviver costs
    // seconds on a 30 MB file, so it runs only when the key could be there: spelled out, or hidden behind
    // an escaped printable ASCII character (which JSON.stringify never writes).
    data = /__proto__|\\u00[2-7][0-9a-f]/i.test(text)
      ? JSON.parse(text, (key, value) => (key === "__proto__" ? undefined : value))
      : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${errorMessage(error)}` };
  }
  const items = itemsOf(data);
  if (typeof items === "string") return { ok: false, error: items };
  if (items.length > MAX_IMPORT_ITEMS)
    return { ok: false, error: `too many items (${items.length}; at most ${MAX_IMPORT_ITEMS})` };
  const stored = new Set([...existing].map(identityOfIdOrKey));
  const annotations: WebAnnotation[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const [index, item] of items.entries()) {
    const parsed = checkForWrite(item);
    if (!parsed.ok) return { ok: false, error: `item ${index + 1}: ${parsed.error}` };
    const identity = identityOf(parsed.annotation.id);
    if (seen.has(identity)) return { ok: false, error: `item ${index + 1}: duplicate id within the file` };
    seen.add(identity);
    if (stored.has(identity)) duplicates++;
    else annotations.push(parsed.annotation);
  }
  const entries = entriesOf(data, existingEntryIds);
  if (typeof entries === "string") return { ok: false, error: entries };
  return entries ? { ok: true, annotations, duplicates, entries } : { ok: true, annotations, duplicates };
}

const LABELS = {
  de: {
    heading: "Randnotiz: gemerkte Stellen",
    note: "Notiz",
    orphan: "nicht mehr auf der Seite gefunden",
    link: "Zur Stelle",
    colour: "Farbe",
    colours: { yellow: "gelb", green: "grün", blue: "blau", pink: "rosa", purple: "lila" },
  },
  en: {
    heading: "Randnotiz: highlights",
    note: "Note",
    orphan: "no longer found on the page",
    link: "Open passage",
    colour: "Colour",
    colours: { yellow: "yellow", green: "green", blue: "blue", pink: "pink", purple: "purple" },
  },
};

/** A tag as an Obsidian-style `#tag`: no spaces or punctuation (runs become "-"), never only digits. */
export function hashtag(tag: string): string {
  const body = tag
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (!body) return "";
  return /^[\d/-]+$/.test(body) ? `#tag-${body}` : `#${body}`;
}

/** Backslash-escapes what Markdown would read as syntax, inline and at the start of a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^\s+/, "")
        .replace(/^([#>+=-])|^(\d+)([.)])/, (_m, mark, digits, dot) =>
          mark ? `\\${mark}` : `${digits}\\${dot}`,
        ),
    )
    .join("\n");
}

function linkTarget(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

function formatDate(iso: string, lang: "de" | "en", timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone }).format(
    time,
  );
}

/** How one highlight reads in Markdown; `quote` turns its escaped quote into Markdown (wikilinks). */
export interface RecordStyle {
  lang: "de" | "en";
  timeZone?: string;
  quote?: (record: HighlightRecord) => string;
}

/** Groups records by page, in order of first appearance. */
export function byPage(records: HighlightRecord[]): Map<string, HighlightRecord[]> {
  const pages = new Map<string, HighlightRecord[]>();
  for (const record of records) {
    const list = pages.get(record.source);
    if (list) list.push(record);
    else pages.set(record.source, [record]);
  }
  return pages;
}

/** One highlight: its quote as a blockquote, its note, then date, passage link, colour and #tags. */
export function recordMarkdown(record: HighlightRecord, style: RecordStyle): string[] {
  const labels = LABELS[style.lang];
  const out: string[] = [];
  const quote = style.quote ? style.quote(record) : escapeMarkdown(record.exact);
  out.push(...quote.split("\n").map((line) => (line ? `> ${line}` : ">")), "");
  if (record.note.trim()) {
    const note = escapeMarkdown(record.note).split("\n");
    out.push(`**${labels.note}:** ${note[0]}`, ...note.slice(1), "");
  }
  const orphan = record.state === "orphan" ? ` (${labels.orphan})` : "";
  const meta = [`*${formatDate(record.created, style.lang, style.timeZone)}*${orphan}`];
  const link = linkTarget(passageLink(record.source, record));
  if (link) meta.push(`[${labels.link}](<${link}>)`);
  meta.push(`${labels.colour}: ${labels.colours[record.colour]}`);
  const tags = record.tags.map(hashtag).filter(Boolean);
  if (tags.length) meta.push(tags.join(" "));
  out.push(meta.join(" · "), "");
  return out;
}

/** The page's title on one line, escaped, or its address when it has none. */
export const titleOf = (list: HighlightRecord[], source: string): string =>
  escapeMarkdown((list[0]?.title || source).replace(/\s+/g, " ").trim());

/** A page's heading text: its title, linked to the page when the address is http(s). */
export function pageLink(title: string, source: string): string {
  const target = linkTarget(source);
  return target ? `[${title}](<${target}>)` : title;
}

/** Markdown grouped by page (in order of first appearance), each quote a blockquote with note and date. */
export function toMarkdown(records: HighlightRecord[], lang: "de" | "en", timeZone?: string): string {
  const out = [`# ${LABELS[lang].heading}`, ""];
  for (const [source, list] of byPage(records)) {
    out.push(`## ${pageLink(titleOf(list, source), source)}`, "");
    for (const record of list) out.push(...recordMarkdown(record, { lang, timeZone }));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

const CSV_COLUMNS = [
  "created",
  "source",
  "title",
  "exact",
  "note",
  "entities",
  "entity_ids",
  "state",
  "tags",
  "colour",
] as const;

/** One CSV cell: formula-looking text is defused with a leading ', then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV (CRLF) with a UTF-8 byte order mark, so that Excel keeps umlauts. "entities" holds the
 * names as the reader sees them (`nameOf`, in the UI language), "entity_ids" the fact base's ids.
 */
export function toCsv(records: HighlightRecord[], nameOf: (id: string) => string = (id) => id): string {
  const rows = [CSV_COLUMNS.join(",")];
  for (const r of records) {
    // Tags may hold spaces and commas, so "; " separates them.
    const cells = [
      r.created,
      r.source,
      r.title,
      r.exact,
      r.note,
      // Names may hold spaces, so "; " separates them, as it does tags.
      r.entities
        .map(nameOf)
        .join("; "),
      r.entities.join(" "),
      r.state ?? "",
      r.tags.join("; "),
      r.colour,
    ];
    rows.push(cells.map(csvCell).join(","));
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
