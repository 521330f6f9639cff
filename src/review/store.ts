// The review page's copy of every saved highlight: records keyed by storage key, each indexed for search
// once, and updated in place of a reload when storage reports changes.
import { type IndexedRecord, indexRecord } from "../core/highlights/search";
import type { AnchorState, HighlightRecord, WebAnnotation } from "../core/highlights/types";
import { localDay } from "./model";

export type Names = (entity: string) => readonly string[];
export type ToRecord = (key: string, a: WebAnnotation, state: AnchorState | null) => HighlightRecord;

export class HighlightStore {
  private readonly byKey = new Map<string, IndexedRecord>();
  /** Keys that storage changed since loading began: records read later from the snapshot are older. */
  private readonly touched = new Set<string>();
  private list: IndexedRecord[] | null = null;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly names: Names) {}

  private index(record: HighlightRecord, haystack: string | null = null): IndexedRecord {
    return indexRecord(record, this.names, localDay, haystack);
  }

  /** Every record, as a stable array until the next change (the form memoises on it). */
  get items(): IndexedRecord[] {
    this.list ??= [...this.byKey.values()];
    return this.list;
  }

  get(key: string): IndexedRecord | undefined {
    return this.byKey.get(key);
  }

  ids(): Set<string> {
    return new Set([...this.byKey.values()].map((i) => i.record.id));
  }

  /**
   * Builds the search text of every record in small tasks after the list is on screen, so the first
   * keystroke does not pay for all of them and the page stays responsive meanwhile.
   */
  warm(chunk = 500): void {
    clearTimeout(this.warmTimer);
    const items = this.items;
    let at = 0;
    const step = () => {
      const end = Math.min(at + chunk, items.length);
      for (; at < end; at++) if (items[at]!.haystack.length < 0) break;
      if (at < items.length) this.warmTimer = setTimeout(step, 0);
    };
    this.warmTimer = setTimeout(step, 0);
  }

  destroy(): void {
    clearTimeout(this.warmTimer);
    this.byKey.clear();
    this.touched.clear();
    this.list = null;
  }

  load(records: readonly HighlightRecord[]): void {
    this.byKey.clear();
    for (const record of records) this.byKey.set(record.key, this.index(record));
    this.list = null;
  }

  /**
   * Adds records read from the snapshot, with their search text when known, unless the store already has
   * them or storage changed them since loading began (docs/review-scale.md).
   */
  add(entries: Iterable<{ record: HighlightRecord; haystack: string | null }>): void {
    for (const { record, haystack } of entries) {
      if (this.byKey.has(record.key) || this.touched.has(record.key)) continue;
      this.byKey.set(record.key, this.index(record, haystack));
      this.list = null;
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Applies storage changes; a changed annotation keeps the anchoring state its record had. */
  apply(changes: ReadonlyArray<{ key: string; annotation: WebAnnotation | null }>, toRecord: ToRecord): void {
    for (const { key, annotation } of changes) {
      this.touched.add(key);
      if (annotation === null) this.byKey.delete(key);
      else
        this.byKey.set(key, this.index(toRecord(key, annotation, this.byKey.get(key)?.record.state ?? null)));
    }
    if (changes.length) this.list = null;
  }

  put(items: readonly IndexedRecord[]): void {
    for (const item of items) {
      this.touched.add(item.record.key);
      this.byKey.set(item.record.key, item);
    }
    this.list = null;
  }

  putRecord(record: HighlightRecord): void {
    this.put([this.index(record)]);
  }

  /** Removes and returns what was there, for undo. */
  remove(keys: readonly string[]): IndexedRecord[] {
    const removed: IndexedRecord[] = [];
    for (const key of keys) {
      this.touched.add(key);
      const item = this.byKey.get(key);
      if (item && this.byKey.delete(key)) removed.push(item);
    }
    this.list = null;
    return removed;
  }
}
