// What the review form is given, as plain data, and the pure rules that lay the list out in rows, so that
// only the rows near the viewport need to exist in the DOM.
import type { Group, IndexedRecord } from "../core/highlights/search";
import type { HighlightRecord } from "../core/highlights/types";
import type { EntityType } from "../core/settings";

export interface EntityInfo {
  label: string;
  type: EntityType;
}
export type EntityLookup = (id: string) => EntityInfo | undefined;

export type ExportFormat = "json" | "markdown" | "obsidian" | "csv";

/** Choices that shape an export: names as [[wikilinks]] in the Obsidian notes. */
export interface ExportOptions {
  wikilinks: boolean;
}

/**
 * A note save found the stored highlight changed since its editor opened (another tab, the page's
 * tooltip): nothing was written, and `newer` is what is stored now, for the reader to see and decide.
 */
export class NoteConflict extends Error {
  constructor(readonly newer: HighlightRecord) {
    super("changed elsewhere since the editor opened");
    this.name = "NoteConflict";
  }
}

/** The message under the toolbar: the outcome of an import, undo or failed action. */
export interface Notice {
  kind: "info" | "error";
  text: string;
  /** A choice the notice offers (an undo that found newer highlights: keep both). */
  action?: { label: string; run: () => void };
}

/** The toast after a deletion; `id` changes with each one so the form can move focus to its Undo button. */
export interface Toast {
  id: number;
  text: string;
  undo: boolean;
}

/**
 * Estimated row heights in CSS pixels, for rows not yet rendered. Rendered rows are measured and placed by
 * their real height (placeRows), so a card with a one-line quote leaves no empty space.
 */
export const HEIGHTS = { group: 64, item: 120, note: 34, editing: 84 } as const;

export type Row =
  | { kind: "group"; key: string; group: Group; top: number; height: number }
  | { kind: "item"; key: string; group: Group; item: IndexedRecord; top: number; height: number };

/** Lays the groups out as rows, each with its offset from the top of the list. */
export function layoutRows(
  groups: readonly Group[],
  editing: string | null,
): { rows: Row[]; height: number } {
  const rows: Row[] = [];
  let top = 0;
  for (const group of groups) {
    rows.push({ kind: "group", key: group.key, group, top, height: HEIGHTS.group });
    top += HEIGHTS.group;
    for (const item of group.items) {
      const { id, note } = item.record;
      const height = HEIGHTS.item + (id === editing ? HEIGHTS.editing : note ? HEIGHTS.note : 0);
      rows.push({ kind: "item", key: `${group.key}\n${id}`, group, item, top, height });
      top += height;
    }
  }
  return { rows, height: top };
}

/**
 * The rows placed one after another by their measured height where known, else their estimate. Returns
 * the same rows when nothing moved, so a render that measured nothing new costs no new layout.
 */
export function placeRows(
  rows: readonly Row[],
  measured: ReadonlyMap<string, number>,
): { rows: readonly Row[]; height: number } {
  let top = 0;
  let moved = false;
  const placed: Row[] = [];
  for (const row of rows) {
    const height = measured.get(row.key) ?? row.height;
    if (height !== row.height || top !== row.top) moved = true;
    placed.push(moved ? { ...row, top, height } : row);
    top += height;
  }
  return { rows: moved ? placed : rows, height: top };
}

/** The first row whose bottom is below `y` (binary search over the offsets). */
function firstBelow(rows: readonly Row[], y: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = rows[mid]!;
    if (row.top + row.height <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows that overlap [top, bottom]: the slice to render. */
export function visibleRows(rows: readonly Row[], top: number, bottom: number): Row[] {
  const start = firstBelow(rows, top);
  let end = start;
  while (end < rows.length && rows[end]!.top < bottom) end++;
  return rows.slice(start, end);
}

/** The local calendar day of an ISO time stamp, as "YYYY-MM-DD". */
export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
