// Keeps the derived highlight indexes in step with the `highlight:*` keys, the only source of truth:
// the `hlindex:page:*` keys in storage.local and the IndexedDB snapshot. The background is their only
// writer, and every write goes through one serial queue, so concurrent saves from many tabs lose nothing.
import { ANCHOR_STATES } from "../core/anchor/types";
import {
  applyDelta,
  buildPageIndex,
  diffPageIndex,
  type HighlightChange,
  newestFirst,
  planIndexUpdate,
} from "../core/highlights/index-model";
import { toRecord } from "../core/highlights/model";
import { parseAnnotation } from "../core/highlights/schema";
import {
  type AnchorState,
  HIGHLIGHT_PREFIX,
  type HighlightRecord,
  PAGE_INDEX_PREFIX,
} from "../core/highlights/types";
import { browser, type Storage } from "../platform/browser";
import { validHighlights } from "../platform/highlights";
import {
  invalidateSnapshot,
  putStates,
  readRecords,
  SNAPSHOT_VERSION,
  snapshotVersion,
  writeSnapshot,
} from "../platform/snapshot";

let tail: Promise<void> = Promise.resolve();

/** Runs `job` after every job queued before it; a failure is logged and does not stop the queue. */
function enqueue(label: string, job: () => Promise<void>): Promise<void> {
  const run = tail.then(job).catch((error) => console.error(`Randnotiz: ${label} failed.`, error));
  tail = run;
  return run;
}

// Changes wait here until the queue reaches them; everything that arrived by then goes into one batch.
let pendingIndex: HighlightChange[] = [];
let pendingSnapshot = new Map<string, unknown>();
let queued = false;

/** Read-modify-write of each affected page key, for all changes gathered so far. */
async function flushIndex(): Promise<void> {
  const changes = pendingIndex;
  pendingIndex = [];
  const plan = planIndexUpdate(changes);
  if (!plan.size) return;
  const stored = await browser.storage.local.get([...plan.keys()]);
  const set: Record<string, string[]> = {};
  const remove: string[] = [];
  for (const [page, delta] of plan) {
    const next = applyDelta(stored[page], delta);
    if (next) set[page] = next;
    else if (stored[page] !== undefined) remove.push(page);
  }
  if (Object.keys(set).length) await browser.storage.local.set(set);
  if (remove.length) await browser.storage.local.remove(remove);
}

/**
 * Every record as the snapshot holds it, by storage key: the base each batch edits before the snapshot is
 * rewritten whole. Null until read back (a restarted worker) or rebuilt, and after a failed write.
 */
let records: Map<string, HighlightRecord> | null = null;

const byKey = (list: HighlightRecord[]) => new Map(list.map((r) => [r.key, r]));

async function writeAll(now = new Date().toISOString(), pruneStates = false): Promise<void> {
  await writeSnapshot(newestFirst([...(records?.values() ?? [])]), now, pruneStates);
}

/** Applies the latest value of every key changed since the last flush, then rewrites the snapshot. */
async function flushSnapshot(): Promise<void> {
  const latest = pendingSnapshot;
  pendingSnapshot = new Map();
  if (!latest.size) return;
  try {
    if (!records) {
      const stored = await readRecords();
      // Nothing trustworthy to edit: a full scan already holds every change in `latest`.
      if (!stored) {
        await rebuild();
        return;
      }
      records = byKey(stored);
    }
    for (const [key, value] of latest) {
      const parsed = value === undefined ? null : parseAnnotation(value);
      if (parsed?.ok) records.set(key, toRecord(key, parsed.annotation, null));
      else records.delete(key);
    }
    await writeAll();
  } catch (error) {
    // A snapshot that missed a change must not be trusted: readers scan until the next rebuild.
    records = null;
    await invalidateSnapshot().catch(() => {});
    throw error;
  }
}

/**
 * The snapshot is written in the same job as the index, not after a timer: a review page opened right after
 * an outside write must not read a snapshot that lags behind it. Bursts still batch, because every change
 * that arrives while a job runs waits for the next one.
 */
async function flushChanges(): Promise<void> {
  queued = false;
  try {
    await flushIndex();
  } finally {
    await flushSnapshot();
  }
}

function onStorageChanged(changes: Record<string, Storage.StorageChange>, area: string): void {
  if (area !== "local") return;
  let any = false;
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(HIGHLIGHT_PREFIX)) continue;
    any = true;
    pendingIndex.push({ key, oldValue: change.oldValue, newValue: change.newValue });
    pendingSnapshot.set(key, change.newValue);
  }
  if (!any) return;
  if (!queued) {
    queued = true;
    enqueue("updating the highlight index", flushChanges);
  }
}

/** Set once this worker has rebuilt, so start-up events right after a stale-snapshot rebuild skip theirs. */
let rebuiltSinceStart = false;

/** Rebuilds the page index keys and the snapshot from a full scan of storage.local. */
async function rebuild(): Promise<void> {
  rebuiltSinceStart = true;
  const everything = await browser.storage.local.get(null);
  const entries = Object.entries(everything);
  const wanted = buildPageIndex(entries);
  const stored = Object.fromEntries(entries.filter(([k]) => k.startsWith(PAGE_INDEX_PREFIX)));
  const { set, remove } = diffPageIndex(stored, wanted);
  if (Object.keys(set).length) await browser.storage.local.set(set);
  if (remove.length) await browser.storage.local.remove(remove);
  // Changes already seen are in this scan; the ones still pending are applied again after it (idempotent).
  records = byKey(validHighlights(entries).map(({ key, annotation }) => toRecord(key, annotation, null)));
  try {
    await writeAll(new Date().toISOString(), true);
  } catch (error) {
    records = null;
    throw error;
  }
}

export function reconcileHighlightIndex(): Promise<void> {
  return enqueue("rebuilding the highlight index", rebuild);
}

/** Rebuilds only when the snapshot is missing or was written by another version. */
function reconcileIfStale(): Promise<void> {
  return enqueue("checking the highlight snapshot", async () => {
    const version = await snapshotVersion().catch(() => null);
    if (version !== SNAPSHOT_VERSION) await rebuild();
  });
}

const STATES: ReadonlySet<unknown> = new Set(ANCHOR_STATES);

/** Remembers how a page's highlights anchored (keyed by annotation id), for the review page. */
export async function recordAnchorStates(states: Record<string, AnchorState>): Promise<void> {
  const entries = Object.entries(states).filter(([id, state]) => id.length > 0 && STATES.has(state));
  if (entries.length) await putStates(entries);
}

/**
 * Registers the listeners; call it synchronously at the top level of the background script, so that a
 * storage change wakes the service worker. Returns the function that removes them.
 */
export function startHighlightIndex(): () => void {
  const reconcile = () =>
    void enqueue("rebuilding the highlight index", async () => {
      if (!rebuiltSinceStart) await rebuild();
    });
  browser.storage.onChanged.addListener(onStorageChanged);
  browser.runtime.onInstalled.addListener(reconcile);
  browser.runtime.onStartup.addListener(reconcile);
  void reconcileIfStale();
  return () => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onInstalled.removeListener(reconcile);
    browser.runtime.onStartup.removeListener(reconcile);
  };
}

/** Resolves once every queued job has run (tests, and callers that must see their change indexed). */
export async function highlightIndexIdle(): Promise<void> {
  for (;;) {
    const current = tail;
    await current;
    if (current === tail) return;
  }
}
