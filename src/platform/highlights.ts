// Saved highlights in storage.local (docs/interfaces.md, saved highlights in storage): one `highlight:<uuid>` key per highlight is the truth;
// `hlindex:page:<page>` keys (written only by the background) say which keys belong to a page, and an
// IndexedDB snapshot (./snapshot.ts) gives the review page every record without a full scan.
import { errorMessage } from "../core/errors";
import { newestFirst, pageIndexKey, pagesOf } from "../core/highlights/index-model";
import { Library } from "../core/highlights/library";
import { keyOf, sameJson, toRecord } from "../core/highlights/model";
import { parseAnnotation } from "../core/highlights/schema";
import {
  type AnchorState,
  HIGHLIGHT_PREFIX,
  type HighlightRecord,
  INDEX_META_KEY,
  INDEX_VERSION,
  type WebAnnotation,
} from "../core/highlights/types";
import { browser, type Storage } from "./browser";
import {
  readHead,
  readIndex,
  readRecordBatches,
  readRecordsByKey,
  readSnapshot,
  readStates,
} from "./snapshot";
import { onStorageChange } from "./storage-events";

export interface StoredHighlight {
  key: string;
  annotation: WebAnnotation;
}

/** Keys per storage.local.set/remove call: large imports go in several calls so none is huge. */
export const WRITE_CHUNK = 1000;

function readable(action: string, error: unknown): Error {
  const reason = errorMessage(error);
  const quota = /quota/i.test(reason) ? " The browser's storage for this extension is full." : "";
  return new Error(`Could not ${action}: ${reason}.${quota}`, { cause: error });
}

/** Writes one annotation under `key` (an edit keeps the key it was read from; a new one gets keyOf(id)). */
export async function saveHighlight(a: WebAnnotation, key = keyOf(a.id)): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: a });
  } catch (error) {
    throw readable("save the highlight", error);
  }
}

/** The valid `highlight:*` entries; each broken one is skipped with one warning that names its key. */
export function validHighlights(entries: Iterable<[string, unknown]>): StoredHighlight[] {
  const out: StoredHighlight[] = [];
  for (const [key, value] of entries) {
    if (!key.startsWith(HIGHLIGHT_PREFIX) || value === undefined) continue;
    const parsed = parseAnnotation(value);
    if (parsed.ok) out.push({ key, annotation: parsed.annotation });
    else console.warn(`Randnotiz: ignoring stored highlight ${key}: ${parsed.error}`);
  }
  return out;
}

/**
 * The highlights of one page, given the URLs it answers to (its own and its canonical one,
 * docs/page-identity.md): one read of their page index keys and the index's meta key, then only the keys
 * listed there. When the index cannot be trusted (meta missing or of another version, a list garbled),
 * `onDamage` is called and the page's highlights are read directly from every stored highlight, so none
 * is missed while the background rebuilds (docs/integrity.md).
 */
export async function loadPageHighlights(
  urls: readonly string[],
  onDamage: () => void = () => {},
): Promise<StoredHighlight[]> {
  const indexKeys = [...new Set(urls.map(pageIndexKey))];
  const listed = await browser.storage.local.get([...indexKeys, INDEX_META_KEY]);
  const meta = listed[INDEX_META_KEY] as { version?: unknown } | undefined;
  const intact = (list: unknown) =>
    list === undefined ||
    (Array.isArray(list) && list.every((k) => typeof k === "string" && k.startsWith(HIGHLIGHT_PREFIX)));
  if (meta?.version !== INDEX_VERSION || !indexKeys.every((k) => intact(listed[k]))) {
    onDamage();
    return (await loadAllAnnotations()).filter(({ annotation }) => belongsTo(annotation, indexKeys));
  }
  const keys = [
    ...new Set(
      indexKeys.flatMap((k) => {
        const list = listed[k];
        return Array.isArray(list) ? list : [];
      }),
    ),
  ].filter((k): k is string => typeof k === "string" && k.startsWith(HIGHLIGHT_PREFIX));
  if (!keys.length) return [];
  const values = await browser.storage.local.get(keys);
  return validHighlights(keys.map((k) => [k, values[k]])).filter(({ annotation }) =>
    belongsTo(annotation, indexKeys),
  );
}

/** Whether a highlight's source or canonical URL is one of the page's (as page index keys). */
export function belongsTo(annotation: WebAnnotation, pageIndexKeys: readonly string[]): boolean {
  return pagesOf(annotation).some((k) => pageIndexKeys.includes(k));
}

/** The valid highlights stored under `keys`, in that order; missing keys and other prefixes are left out. */
export async function loadAnnotations(keys: string[]): Promise<StoredHighlight[]> {
  const own = [...new Set(keys)].filter((k) => k.startsWith(HIGHLIGHT_PREFIX));
  if (!own.length) return [];
  const values = await browser.storage.local.get(own);
  return validHighlights(own.map((k) => [k, values[k]]));
}

/** Every stored highlight (full scan: export, reconcile, and the fallback for the review page). */
export async function loadAllAnnotations(): Promise<StoredHighlight[]> {
  return validHighlights(Object.entries(await browser.storage.local.get(null)));
}

export type HighlightChanges = Array<{ key: string; annotation: WebAnnotation | null }>;

/** Calls back with changed highlights (null: removed, or replaced by an invalid value, with a warning). */
export function onHighlightsChanged(callback: (changes: HighlightChanges) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== "local") return;
    const out: HighlightChanges = [];
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(HIGHLIGHT_PREFIX)) continue;
      if (change.newValue === undefined) {
        out.push({ key, annotation: null });
        continue;
      }
      const parsed = parseAnnotation(change.newValue);
      if (!parsed.ok) console.warn(`Randnotiz: ignoring stored highlight ${key}: ${parsed.error}`);
      out.push({ key, annotation: parsed.ok ? parsed.annotation : null });
    }
    if (out.length) callback(out);
  };
  return onStorageChange(listener);
}

function chunks<T>(items: T[], size = WRITE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function deleteHighlights(keys: string[]): Promise<void> {
  const own = keys.filter((k) => k.startsWith(HIGHLIGHT_PREFIX));
  try {
    for (const chunk of chunks(own)) await browser.storage.local.remove(chunk);
  } catch (error) {
    throw readable("delete the highlights", error);
  }
}

/** Writes many annotations (import, undo of a delete), each under its own key. */
export async function putHighlights(annotations: WebAnnotation[]): Promise<void> {
  try {
    for (const chunk of chunks(annotations))
      await browser.storage.local.set(Object.fromEntries(chunk.map((a) => [keyOf(a.id), a])));
  } catch (error) {
    throw readable("store the highlights", error);
  }
}

export interface RestoreOutcome {
  /** Stored again under their old keys (or found there unchanged). */
  restored: StoredHighlight[];
  /**
   * Written again since the delete, by another tab, an import or another device: left as they are now.
   * `deleted` is what the undo would have written, `now` what is stored (null when it is no valid highlight).
   */
  newer: Array<{ deleted: StoredHighlight; now: WebAnnotation | null }>;
}

/**
 * Undoes a delete without overwriting anything written after it (docs/integrity.md, concurrent edits): a
 * key that is still empty gets its deleted highlight back; a key that holds something else now keeps it.
 */
export async function restoreHighlights(deleted: readonly StoredHighlight[]): Promise<RestoreOutcome> {
  const now = await browser.storage.local.get(deleted.map((d) => d.key));
  const outcome: RestoreOutcome = { restored: [], newer: [] };
  const write: Record<string, WebAnnotation> = {};
  for (const d of deleted) {
    const value = now[d.key];
    if (value === undefined) write[d.key] = d.annotation;
    if (value === undefined || sameJson(value, d.annotation)) outcome.restored.push(d);
    else {
      const parsed = parseAnnotation(value);
      outcome.newer.push({ deleted: d, now: parsed.ok ? parsed.annotation : null });
    }
  }
  try {
    for (const chunk of chunks(Object.entries(write)))
      await browser.storage.local.set(Object.fromEntries(chunk));
  } catch (error) {
    throw readable("restore the highlights", error);
  }
  return outcome;
}

/**
 * Every highlight as a record for the review page, newest first, with the last reported anchor state.
 * Reads the IndexedDB snapshot (stored newest first); falls back to a full scan of storage.local when it
 * is missing or broken.
 */
export async function loadRecords(onDamage: () => void = () => {}): Promise<HighlightRecord[]> {
  try {
    const snapshot = await readSnapshot();
    // Missing, outdated or damaged: the background rebuilds it while this page scans.
    if (!snapshot) onDamage();
    if (snapshot) {
      // Freshly parsed objects: set the state in place rather than copy 10,000 of them.
      const { records, states } = snapshot;
      if (states.size) for (const record of records) record.state = states.get(record.id) ?? null;
      return records;
    }
  } catch (error) {
    console.warn("Randnotiz: highlight snapshot unreadable, scanning storage instead.", error);
    onDamage();
  }
  const states = await readStates().catch(() => new Map<string, AnchorState>());
  const all = await loadAllAnnotations();
  return newestFirst(
    all.map(({ key, annotation }) => toRecord(key, annotation, states.get(annotation.id) ?? null)),
  );
}

/** How long the review page waits for an index that is behind before it scans storage instead. */
const BEHIND_WAIT = 20_000;

/** A record with its folded search text from the snapshot index (null when the index did not have it). */
export interface LibraryEntry {
  record: HighlightRecord;
  haystack: string | null;
}

/** The snapshot as the review page reads it: the index first, records as needed (docs/review-scale.md). */
export interface LoadedLibrary {
  library: Library;
  /** The records at these positions of the index, with their anchor state; missing rows are left out. */
  records(positions: readonly number[]): Promise<LibraryEntry[]>;
  /** Every record, in batches, each handed over in its own task. */
  all(each: (entries: LibraryEntry[]) => void): Promise<void>;
}

/**
 * The review page's first screen before the index (docs/review-scale.md): the number of highlights and the
 * default view's first records, from one small read. Null when the snapshot cannot say (then loadLibrary).
 */
export async function loadHead(): Promise<{ total: number; entries: LibraryEntry[] } | null> {
  try {
    const head = await readHead();
    if (!head) return null;
    const entries = head.records.map((record) => {
      record.state = head.states.get(record.id) ?? null;
      return { record, haystack: null };
    });
    return { total: head.count, entries };
  } catch (error) {
    console.warn("Randnotiz: highlight snapshot head unreadable, reading its index instead.", error);
    return null;
  }
}

/**
 * The review page's start: the snapshot's index, or, when it is missing or broken, every record from a
 * full scan (newest first), after calling `onDamage` so the background rebuilds it.
 */
export async function loadLibrary(
  onDamage: () => void = () => {},
): Promise<LoadedLibrary | HighlightRecord[]> {
  try {
    let front = await readIndex();
    // The background is indexing a burst of changes (an import): wait for it rather than miss them.
    for (const start = Date.now(); front === "behind" && Date.now() - start < BEHIND_WAIT; )
      front = await new Promise<Awaited<ReturnType<typeof readIndex>>>((resolve) =>
        setTimeout(() => resolve(readIndex()), 50),
      );
    if (front && front !== "behind") {
      const library = new Library(front.index);
      const { states } = front;
      const withState = (record: HighlightRecord) => {
        record.state = states.get(record.id) ?? null;
        return record;
      };
      return {
        library,
        async records(positions) {
          const found = await readRecordsByKey(positions.map((i) => library.key(i)));
          const hay = new Map(positions.map((i) => [library.key(i), library.haystack(i)]));
          return found.map((r) => ({ record: withState(r), haystack: hay.get(r.key) ?? null }));
        },
        async all(each) {
          let position: Map<string, number> | null = null;
          await readRecordBatches(async (batch) => {
            position ??= library.positions();
            const map = position;
            each(
              batch.map((r) => {
                const i = map.get(r.key);
                return { record: withState(r), haystack: i === undefined ? null : library.haystack(i) };
              }),
            );
            // One batch per task, so the page answers the reader in between.
            await new Promise((resolve) => setTimeout(resolve, 0));
          });
        },
      };
    }
  } catch (error) {
    console.warn("Randnotiz: highlight snapshot unreadable, scanning storage instead.", error);
  }
  onDamage();
  return loadRecords();
}
