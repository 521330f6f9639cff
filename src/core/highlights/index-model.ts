// The derived page index as pure functions: which `highlight:*` keys belong to which page. The background
// applies these inside its one serial queue; here they are plain data in, plain data out.
import { pageKey } from "./page-url";
import { HIGHLIGHT_PREFIX, type HighlightRecord, PAGE_INDEX_PREFIX } from "./types";

/** One storage.onChanged entry for a `highlight:*` key (values exactly as storage reported them). */
export interface HighlightChange {
  key: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * The page index keys of any stored value, read leniently: its target.source, and its target.canonical when
 * that is another page (docs/page-identity.md). A value that fails validation but names its page is still
 * indexed there, so the page that loads it can say which key is broken.
 */
export function pagesOf(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const target = (value as { target?: { source?: unknown; canonical?: unknown } }).target;
  const out: string[] = [];
  for (const url of [target?.source, target?.canonical]) {
    if (typeof url !== "string") continue;
    const key = pageIndexKey(url);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

export const pageIndexKey = (source: string): string => PAGE_INDEX_PREFIX + pageKey(source);

export interface PageDelta {
  add: Set<string>;
  remove: Set<string>;
}

/**
 * Folds a batch of changes (in the order they happened) into per-page edits, keyed by page index key.
 * Each highlight ends up on the page of its last value only, and is taken off every other page it was seen on.
 */
export function planIndexUpdate(changes: readonly HighlightChange[]): Map<string, PageDelta> {
  const final = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  for (const { key, oldValue, newValue } of changes) {
    if (!key.startsWith(HIGHLIGHT_PREFIX)) continue;
    const pages = seen.get(key) ?? new Set<string>();
    seen.set(key, pages);
    for (const value of [oldValue, newValue]) for (const page of pagesOf(value)) pages.add(page);
    final.set(key, pagesOf(newValue));
  }
  const plan = new Map<string, PageDelta>();
  const delta = (page: string) => {
    const d = plan.get(page) ?? { add: new Set<string>(), remove: new Set<string>() };
    plan.set(page, d);
    return d;
  };
  for (const [key, pages] of final) {
    for (const other of seen.get(key) ?? []) if (!pages.includes(other)) delta(other).remove.add(key);
    for (const page of pages) delta(page).add.add(key);
  }
  return plan;
}

/** A page's key list after an edit; `null` when the page has no highlights left (its key is removed). */
export function applyDelta(list: unknown, delta: PageDelta): string[] | null {
  const current = Array.isArray(list) ? list.filter((k): k is string => typeof k === "string") : [];
  const next = current.filter((k) => !delta.remove.has(k));
  const present = new Set(next);
  for (const key of delta.add) if (!present.has(key)) next.push(key);
  const unique = [...new Set(next)];
  return unique.length ? unique : null;
}

/** The whole page index from every stored entry: page index key → its highlight keys (sorted). */
export function buildPageIndex(entries: Iterable<[string, unknown]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, value] of entries) {
    if (!key.startsWith(HIGHLIGHT_PREFIX)) continue;
    for (const page of pagesOf(value)) {
      const list = index.get(page);
      if (list) list.push(key);
      else index.set(page, [key]);
    }
  }
  for (const list of index.values()) list.sort();
  return index;
}

/** What to write so that the stored page index keys equal `wanted`: changed lists and stale keys. */
export function diffPageIndex(
  stored: Record<string, unknown>,
  wanted: Map<string, string[]>,
): { set: Record<string, string[]>; remove: string[] } {
  const set: Record<string, string[]> = {};
  for (const [page, list] of wanted) {
    const old = stored[page];
    const same =
      Array.isArray(old) && old.length === list.length && [...old].sort().every((k, i) => k === list[i]);
    if (!same) set[page] = list;
  }
  const remove = Object.keys(stored).filter((k) => k.startsWith(PAGE_INDEX_PREFIX) && !wanted.has(k));
  return { set, remove };
}

/**
 * Sorts in place, newest first, ties by key: the snapshot's stored order, so readers need not sort again,
 * and the full-scan fallback gives the same order.
 */
export function newestFirst(records: HighlightRecord[]): HighlightRecord[] {
  return records.sort(newerFirst);
}

/** The order of newestFirst, as a comparator. */
export function newerFirst(a: HighlightRecord, b: HighlightRecord): number {
  return a.created !== b.created
    ? a.created < b.created
      ? 1
      : -1
    : a.key < b.key
      ? -1
      : a.key > b.key
        ? 1
        : 0;
}

/** Two lists each sorted by `order`, merged in one pass; on ties `a`'s item comes first. */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && order(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!);
  return out;
}
