// Search, filters, sorting and grouping for the review page, over records normalised once when they load,
// so that each keystroke is one linear scan of plain `includes` checks.
import type { Colour, HighlightRecord } from "./types";

export type SortOrder = "newest" | "oldest" | "page";
export type GroupBy = "page" | "entity";

export interface ReviewQuery {
  text: string;
  entity: string | null;
  site: string | null;
  /** Inclusive local days, "YYYY-MM-DD"; null for no bound. */
  from: string | null;
  to: string | null;
  /** A tag, compared without case (review.html?tag=…). */
  tag: string | null;
  colour: Colour | null;
}

export const EMPTY_QUERY: ReviewQuery = {
  text: "",
  entity: null,
  site: null,
  from: null,
  to: null,
  tag: null,
  colour: null,
};

/** A record with what search and filters need, computed once. */
export interface IndexedRecord {
  readonly record: HighlightRecord;
  /** Folded quote, note, page title and entity names, separated so that no term spans two of them. */
  readonly haystack: string;
  readonly site: string;
  /** The local day the highlight was saved. */
  readonly day: string;
  readonly time: number;
}

const MARKS = /\p{M}/gu;
// One collator: far cheaper than localeCompare per comparison when sorting thousands of titles.
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Case- and diacritic-insensitive form: "Kasachstan" finds "KASACHSTAN", "Peskow" finds "Peškow". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase().replaceAll("ß", "ss");
}

/** The host name without a leading "www.", or the whole source when it is not a URL with a host. */
export function siteOf(source: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(source);
  return match ? match[1]!.toLowerCase().replace(/^www\./, "") : source;
}

/** The UTC day of an ISO date; the container passes a local-time version. */
export const utcDay = (iso: string): string => iso.slice(0, 10);

/**
 * The folded search text of a record: quote, note, page title and the entity names, one per line (so no
 * term spans two of them). The review page reads it from the background's snapshot index
 * (docs/review-scale.md) or, without one, builds it on first use.
 */
export function haystackOf(record: HighlightRecord, names: (entity: string) => readonly string[]): string {
  const { exact, note, title, entities, tags } = record;
  const parts = [exact, note, title, ...tags];
  for (const entity of entities) parts.push(...names(entity));
  // NUL separates records in the snapshot index's one search string.
  return fold(parts.join("\n")).replaceAll("\u0000", " ");
}

/**
 * Folding every text is the costly part of indexing (Unicode normalisation), and the first view needs none
 * of it, so the haystack is built on first use unless the snapshot index already holds it. Site and day are
 * derived on first use too: 100,000 records load without computing either (docs/review-scale.md).
 */
class Entry implements IndexedRecord {
  private cachedSite: string | null = null;
  private cachedDay: string | null = null;
  readonly time: number;
  constructor(
    readonly record: HighlightRecord,
    private readonly names: (entity: string) => readonly string[],
    private readonly dayOf: (iso: string) => string,
    private folded: string | null,
  ) {
    const time = Date.parse(record.created);
    this.time = Number.isNaN(time) ? 0 : time;
  }

  get haystack(): string {
    this.folded ??= haystackOf(this.record, this.names);
    return this.folded;
  }

  get site(): string {
    this.cachedSite ??= siteOf(this.record.source);
    return this.cachedSite;
  }

  get day(): string {
    this.cachedDay ??= this.dayOf(this.record.created);
    return this.cachedDay;
  }
}

/** `haystack`, when given, must be haystackOf(record, names). */
export function indexRecord(
  record: HighlightRecord,
  names: (entity: string) => readonly string[],
  dayOf: (iso: string) => string = utcDay,
  haystack: string | null = null,
): IndexedRecord {
  return new Entry(record, names, dayOf, haystack);
}

function comparePage(a: IndexedRecord, b: IndexedRecord): number {
  const ta = a.record.title || a.record.source;
  const tb = b.record.title || b.record.source;
  if (ta !== tb) return collator.compare(ta, tb) || (ta < tb ? -1 : 1);
  if (a.record.source !== b.record.source) return a.record.source < b.record.source ? -1 : 1;
  // In reading order; highlights without a known position (orphans) last.
  const sa = a.record.start ?? Number.POSITIVE_INFINITY;
  const sb = b.record.start ?? Number.POSITIVE_INFINITY;
  return sa - sb || a.time - b.time;
}

/** A sorted copy. Done once per sort order; filtering keeps the order, so typing never sorts. */
export function sortRecords(items: readonly IndexedRecord[], order: SortOrder): IndexedRecord[] {
  const byId = (a: IndexedRecord, b: IndexedRecord) => (a.record.id < b.record.id ? -1 : 1);
  const compare =
    order === "page"
      ? comparePage
      : order === "newest"
        ? (a: IndexedRecord, b: IndexedRecord) => b.time - a.time || byId(a, b)
        : (a: IndexedRecord, b: IndexedRecord) => a.time - b.time || byId(a, b);
  return [...items].sort(compare);
}

/** Folded search terms; every one must occur (in any field). */
export function terms(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/** The items that match every part of the query, in their given order. */
export function filterRecords(items: readonly IndexedRecord[], query: ReviewQuery): IndexedRecord[] {
  const words = terms(query.text);
  const { entity, site, from, to, colour } = query;
  const tag = query.tag === null ? null : query.tag.toLocaleLowerCase();
  const out: IndexedRecord[] = [];
  outer: for (const item of items) {
    if (site !== null && item.site !== site) continue;
    if (colour !== null && item.record.colour !== colour) continue;
    if (tag !== null && !item.record.tags.some((t) => t.toLocaleLowerCase() === tag)) continue;
    if (from && item.day < from) continue;
    if (to && item.day > to) continue;
    if (entity !== null && !item.record.entities.includes(entity)) continue;
    for (const word of words) if (!item.haystack.includes(word)) continue outer;
    out.push(item);
  }
  return out;
}

export interface Group {
  /** "page:<source>" or "entity:<id>" ("entity:" alone for highlights without an entity). */
  key: string;
  kind: GroupBy;
  /** The page URL, or the entity id ("" for none). */
  value: string;
  items: IndexedRecord[];
}

/**
 * Groups in order of first appearance, so the sort order of the items decides the order of the groups
 * (newest first puts the page with the latest highlight first). Sorting by page orders entity groups by
 * `label`. A highlight about two entities appears in both groups.
 */
export function groupRecords(
  items: readonly IndexedRecord[],
  by: GroupBy,
  order: SortOrder,
  label: (entity: string) => string = (id) => id,
): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, value: string, item: IndexedRecord) => {
    let group = groups.get(key);
    if (!group) {
      group = { key, kind: by, value, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  };
  for (const item of items) {
    if (by === "page") add(`page:${item.record.source}`, item.record.source, item);
    else if (item.record.entities.length === 0) add("entity:", "", item);
    else for (const id of new Set(item.record.entities)) add(`entity:${id}`, id, item);
  }
  const list = [...groups.values()];
  // By name, each group is a timeline: that name's highlights from the oldest to the newest.
  if (by === "entity") for (const group of list) group.items.sort((a, b) => a.time - b.time);
  if (by === "entity" && order === "page") {
    // The group without an entity goes last, whatever its label would be.
    list.sort((a, b) =>
      (a.value === "") !== (b.value === "")
        ? a.value === ""
          ? 1
          : -1
        : collator.compare(label(a.value), label(b.value)),
    );
  }
  return list;
}

export interface Facet {
  value: string;
  count: number;
}

/** Every site, entity, tag and colour among the items, with counts, for the filter menus. */
export function facets(items: readonly IndexedRecord[]): {
  sites: Facet[];
  entities: Facet[];
  tags: Facet[];
  colours: Facet[];
} {
  const sites = new Map<string, number>();
  const entities = new Map<string, number>();
  const colours = new Map<string, number>();
  // Folded tag → the first spelling seen and its count.
  const tags = new Map<string, Facet>();
  for (const { site, record } of items) {
    sites.set(site, (sites.get(site) ?? 0) + 1);
    colours.set(record.colour, (colours.get(record.colour) ?? 0) + 1);
    for (const id of new Set(record.entities)) entities.set(id, (entities.get(id) ?? 0) + 1);
    for (const tag of record.tags) {
      const folded = tag.toLocaleLowerCase();
      const facet = tags.get(folded);
      if (facet) facet.count++;
      else tags.set(folded, { value: tag, count: 1 });
    }
  }
  const list = (m: Map<string, number>) =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
  return {
    sites: list(sites),
    entities: list(entities),
    tags: [...tags.values()].sort((a, b) => collator.compare(a.value, b.value)),
    colours: list(colours),
  };
}
