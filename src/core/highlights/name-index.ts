// What the reader saved about each name, and which tags they use: derived from the highlight records (never
// stored as truth), kept up to date one record at a time, so a tooltip's lookup is one Map read
// (docs/keeping.md, "What you saved about a name").
import type { HighlightRecord } from "./types";

/** One passage about a name, as the tooltip lists it. */
export interface AboutPassage {
  id: string;
  /** The start of the quote. */
  quote: string;
  source: string;
  title: string;
  created: string;
}

export interface AboutAnswer {
  count: number;
  /** The newest first, at most `limit`. */
  newest: AboutPassage[];
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Characters of a quote the index keeps: the tooltip shows its start only. */
export const QUOTE_START = 90;

type Slim = Pick<
  HighlightRecord,
  "key" | "id" | "exact" | "source" | "title" | "created" | "entities" | "tags"
>;

interface Kept {
  passage: AboutPassage;
  entities: readonly string[];
  tags: readonly string[];
}

const older = (a: AboutPassage, b: AboutPassage) =>
  a.created !== b.created ? (a.created < b.created ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export class NameIndex {
  private readonly byKey = new Map<string, Kept>();
  /** Entity id → its passages, oldest first (a timeline; the newest are at the end). */
  private readonly byName = new Map<string, AboutPassage[]>();
  /** Folded tag → spelling in use and count. */
  private readonly tags = new Map<string, TagCount>();

  constructor(records: Iterable<Slim> = []) {
    for (const record of records) this.add(record);
    for (const list of this.byName.values()) list.sort(older);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Sets the record stored under its key (a new or edited highlight). */
  put(record: Slim): void {
    this.remove(record.key);
    const kept = this.add(record);
    for (const id of kept.entities) {
      const list = this.byName.get(id)!;
      // Sorted insert: edits and new highlights arrive one at a time.
      const at = list.indexOf(kept.passage);
      list.splice(at, 1);
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (older(list[mid]!, kept.passage) <= 0) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, kept.passage);
    }
  }

  remove(key: string): void {
    const kept = this.byKey.get(key);
    if (!kept) return;
    this.byKey.delete(key);
    for (const id of kept.entities) {
      const list = this.byName.get(id);
      if (!list) continue;
      const at = list.indexOf(kept.passage);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byName.delete(id);
    }
    for (const tag of kept.tags) {
      const folded = tag.toLocaleLowerCase();
      const entry = this.tags.get(folded);
      if (entry && --entry.count <= 0) this.tags.delete(folded);
    }
  }

  /** What the reader saved about `entity`: how many passages, and the newest `limit` of them. */
  about(entity: string, limit = 2): AboutAnswer {
    const list = this.byName.get(entity);
    if (!list) return { count: 0, newest: [] };
    return { count: list.length, newest: list.slice(-limit).reverse() };
  }

  /** Every tag in use with its count, the most used first. */
  tagCounts(): TagCount[] {
    return [...this.tags.values()]
      .map((t) => ({ ...t }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  private add(record: Slim): Kept {
    const passage: AboutPassage = {
      id: record.id,
      quote: record.exact.replace(/\s+/g, " ").trim().slice(0, QUOTE_START),
      source: record.source,
      title: record.title,
      created: record.created,
    };
    const kept: Kept = { passage, entities: [...new Set(record.entities)], tags: record.tags };
    this.byKey.set(record.key, kept);
    for (const id of kept.entities) {
      const list = this.byName.get(id);
      if (list) list.push(passage);
      else this.byName.set(id, [passage]);
    }
    for (const tag of record.tags) {
      const folded = tag.toLocaleLowerCase();
      const entry = this.tags.get(folded);
      if (entry) entry.count++;
      else this.tags.set(folded, { tag, count: 1 });
    }
    return kept;
  }
}
