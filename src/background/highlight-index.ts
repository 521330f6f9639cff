// Keeps the derived highlight indexes in step with the `highlight:*` keys, the only source of truth:
// the `hlindex:page:*` keys in storage.local and the IndexedDB snapshot. The background is their only
// writer, and every write goes through one serial queue, so concurrent saves from many tabs lose nothing.
import {
  applyDelta,
  buildPageIndex,
  diffPageIndex,
  type HighlightChange,
  mergeSorted,
  newerFirst,
  planIndexUpdate,
} from "../core/highlights/index-model";
import { buildLibraryIndex } from "../core/highlights/library";
import { toRecord } from "../core/highlights/model";
import { parseAnnotation } from "../core/highlights/schema";
import { haystackOf } from "../core/highlights/search";
import {
  HIGHLIGHT_PREFIX,
  type HighlightRecord,
  INDEX_META_KEY,
  INDEX_VERSION,
  PAGE_INDEX_PREFIX,
} from "../core/highlights/types";
import { browser, type Storage } from "../platform/browser";
import { validHighlights } from "../platform/highlights";
import { onImportHold } from "../platform/import-hold";
import {
  invalidateSnapshot,
  markBehind,
  readSnapshot,
  SNAPSHOT_VERSION,
  snapshotVersion,
  writeSnapshot,
} from "../platform/snapshot";
import { pagesTouched, tellTabs } from "../platform/storage-notice";

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
/**
 * Imports writing now (platform/import-hold.ts). Their changes wait, and are applied in one batch when the
 * last one ends: work per chunk would compete with the import's own writes (docs/integrity.md).
 */
let importing = 0;

/** Whether the snapshot was already behind when an import began holding the background back. */
let behindBefore = false;

/**
 * An import began: the snapshot is marked behind, so a review page opened now waits for the import's items
 * instead of listing the library without them (and then never hearing of them).
 */
async function holdSnapshot(): Promise<void> {
  behindBefore = await markBehind(true);
}

/** The import ended and changed nothing: the snapshot is as current as before it began. */
async function releaseSnapshot(): Promise<void> {
  if (importing === 0 && !pendingIndex.length && !pendingSnapshot.size && !behindBefore)
    await markBehind(false);
}

/** Queues one flush of every change that waits, unless one is queued already or an import holds back. */
function scheduleFlush(): void {
  if (queued || importing > 0 || (!pendingIndex.length && !pendingSnapshot.size)) return;
  queued = true;
  void enqueue("updating the highlight index", flushChanges);
}

/**
 * What this worker last wrote to each derived key (JSON; "" for a removal), so that its own change events
 * are told apart from an outside edit or deletion, which means the index is damaged (docs/integrity.md).
 */
const ownWrites = new Map<string, string>();
const META = { version: INDEX_VERSION };

async function writeIndex(set: Record<string, unknown>, remove: string[]): Promise<void> {
  for (const [key, value] of Object.entries(set)) ownWrites.set(key, JSON.stringify(value));
  for (const key of remove) ownWrites.set(key, "");
  if (Object.keys(set).length) await browser.storage.local.set(set);
  if (remove.length) await browser.storage.local.remove(remove);
}

/** Set when an index write failed: the index is rebuilt as soon as anything frees room. */
let indexBroken = false;

/**
 * An index write failed (storage full): the meta key goes, which removing can always do, so every page
 * reads its highlights directly until a rebuild succeeds; none is missed meanwhile.
 */
async function markBroken(error: unknown): Promise<void> {
  indexBroken = true;
  console.error(
    "Randnotiz: the highlight index could not be written; pages read directly until it is rebuilt.",
    error,
  );
  ownWrites.set(INDEX_META_KEY, "");
  await browser.storage.local.remove(INDEX_META_KEY).catch(() => {});
}

/** Read-modify-write of each page key that `changes` affect. */
async function flushIndex(changes: readonly HighlightChange[]): Promise<void> {
  if (indexBroken) {
    await rebuildIndex();
    return;
  }
  const plan = planIndexUpdate(changes);
  if (!plan.size) return;
  const stored = await browser.storage.local.get([...plan.keys(), INDEX_META_KEY]);
  // An index already known to be incomplete is not edited: it is rebuilt from the highlights.
  if (!isCurrentMeta(stored[INDEX_META_KEY])) {
    await rebuildIndex();
    return;
  }
  const set: Record<string, string[]> = {};
  const remove: string[] = [];
  for (const [page, delta] of plan) {
    const next = applyDelta(stored[page], delta);
    if (next) set[page] = next;
    else if (stored[page] !== undefined) remove.push(page);
  }
  try {
    await writeIndex(set, remove);
  } catch (error) {
    await markBroken(error);
  }
}

const isCurrentMeta = (value: unknown): boolean =>
  typeof value === "object" && value !== null && (value as { version?: unknown }).version === INDEX_VERSION;

/**
 * Every record as the snapshot holds it, with its folded search text, by storage key: the base each batch
 * edits before the changed rows and the index are written. Null until read back (a restarted worker) or
 * rebuilt, and after a failed write.
 */
let records: Map<string, Entry> | null = null;

interface Entry {
  record: HighlightRecord;
  hay: string;
}

/** The entity names folded into the search text; the background passes the fact base's labels. */
let names: (entity: string) => readonly string[] = () => [];

const entryOf = (record: HighlightRecord): Entry => ({ record, hay: haystackOf(record, names) });

/**
 * `records` newest first, kept between batches: a batch takes its changed entries out and merges them
 * back in sorted, instead of sorting 100,000 records again. Null when it must be sorted afresh.
 */
let ordered: Entry[] | null = null;

const newer = (a: Entry, b: Entry) => newerFirst(a.record, b.record);

function reorder(changed: ReadonlySet<string>): Entry[] {
  const all = records ?? new Map<string, Entry>();
  if (!ordered) return [...all.values()].sort(newer);
  const kept = ordered.filter((e) => !changed.has(e.record.key));
  const fresh = [...changed].flatMap((k) => all.get(k) ?? []).sort(newer);
  return mergeSorted(kept, fresh, newer);
}

/** Rewrites every row and the index from `records` (after a full scan). */
async function writeAll(now = new Date().toISOString()): Promise<void> {
  ordered = reorder(new Set());
  const put = ordered.map((e) => e.record);
  await writeSnapshot({ index: buildLibraryIndex(ordered), put, remove: [], replace: true }, now);
}

/** Keys whose rows were written while the index was left behind (more changes were already waiting). */
const unindexed = new Set<string>();

/**
 * Applies the latest value of every key changed since the last flush: its rows, then the index. While
 * more changes are already waiting (a bulk import), the index waits for the last batch: rewriting 100,000
 * entries per batch would make the import quadratic. The snapshot says it is behind meanwhile, and the
 * review page waits for it (docs/review-scale.md).
 */
async function flushSnapshot(): Promise<void> {
  const latest = pendingSnapshot;
  pendingSnapshot = new Map();
  if (!latest.size) return;
  try {
    if (!records) {
      const stored = await readSnapshot();
      // Nothing trustworthy to edit: a full scan already holds every change in `latest`.
      if (!stored) {
        await rebuild();
        return;
      }
      records = new Map(stored.records.map((r) => [r.key, entryOf(r)]));
      ordered = null;
    }
    const put: HighlightRecord[] = [];
    const remove: string[] = [];
    for (const [key, value] of latest) {
      const parsed = value === undefined ? null : parseAnnotation(value);
      unindexed.add(key);
      if (parsed?.ok) {
        const record = toRecord(key, parsed.annotation, null);
        records.set(key, entryOf(record));
        put.push(record);
      } else if (records.delete(key)) remove.push(key);
    }
    const now = new Date().toISOString();
    if (pendingSnapshot.size) {
      await writeSnapshot({ index: null, put, remove }, now);
      return;
    }
    const next = reorder(unindexed);
    await writeSnapshot({ index: buildLibraryIndex(next), put, remove }, now);
    ordered = next;
    unindexed.clear();
  } catch (error) {
    // A snapshot that missed a change must not be trusted: readers scan until the next rebuild.
    records = null;
    ordered = null;
    unindexed.clear();
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
  const changes = pendingIndex;
  pendingIndex = [];
  try {
    await flushIndex(changes);
  } finally {
    // Open tabs are told once their pages' index is written (they read it), before the snapshot.
    void tellTabs([], pagesTouched(changes));
    await flushSnapshot();
  }
}

/** A derived key changed: true when this worker did not write that value itself (an outside edit). */
function outsideEdit(key: string, change: Storage.StorageChange): boolean {
  const mine = ownWrites.get(key);
  const now = change.newValue === undefined ? "" : JSON.stringify(change.newValue);
  if (mine === now) {
    ownWrites.delete(key);
    return false;
  }
  return true;
}

let repairQueued = false;

/** Rebuilds once for a burst of damage reports (or of freed room), after the jobs queued before. */
function queueRepair(label: string): void {
  if (repairQueued) return;
  repairQueued = true;
  void enqueue(label, async () => {
    repairQueued = false;
    await rebuild();
  });
}

function onStorageChanged(changes: Record<string, Storage.StorageChange>, area: string): void {
  if (area !== "local") return;
  let any = false;
  let damaged = false;
  let freed = false;
  const others: string[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (change.newValue === undefined) freed = true;
    if (key.startsWith(PAGE_INDEX_PREFIX) || key === INDEX_META_KEY) {
      if (outsideEdit(key, change)) damaged = true;
      continue;
    }
    if (!key.startsWith(HIGHLIGHT_PREFIX)) {
      others.push(key);
      continue;
    }
    any = true;
    pendingIndex.push({ key, oldValue: change.oldValue, newValue: change.newValue });
    pendingSnapshot.set(key, change.newValue);
  }
  if (damaged) queueRepair("repairing the highlight index");
  // Something was removed: the room an index write lacked may be back.
  else if (freed && indexBroken) queueRepair("retrying the highlight index");
  if (any) scheduleFlush();
  // Settings, the entries' matcher: open tabs read them at once, past the highlight queue.
  if (others.length) void tellTabs(others, []);
}

/** Set once this worker has rebuilt, so start-up events right after a stale-snapshot rebuild skip theirs. */
let rebuiltSinceStart = false;

/** Rewrites the page index keys from a full scan, then the meta key that says they can be trusted. */
async function rebuildIndex(entries?: Array<[string, unknown]>): Promise<void> {
  const all = entries ?? Object.entries(await browser.storage.local.get(null));
  const wanted = buildPageIndex(all);
  const stored = Object.fromEntries(all.filter(([k]) => k.startsWith(PAGE_INDEX_PREFIX)));
  const { set, remove } = diffPageIndex(stored, wanted);
  try {
    await writeIndex(set, remove);
    const meta = all.find(([k]) => k === INDEX_META_KEY)?.[1];
    if (!isCurrentMeta(meta) || indexBroken) await writeIndex({ [INDEX_META_KEY]: META }, []);
    indexBroken = false;
  } catch (error) {
    await markBroken(error);
  }
}

/** Rebuilds the page index keys and the snapshot from a full scan of storage.local. */
async function rebuild(): Promise<void> {
  rebuiltSinceStart = true;
  const entries = Object.entries(await browser.storage.local.get(null));
  await rebuildIndex(entries);
  // Changes already seen are in this scan; the ones still pending are applied again after it (idempotent).
  unindexed.clear();
  ordered = null;
  records = new Map(
    validHighlights(entries).map(({ key, annotation }) => [key, entryOf(toRecord(key, annotation, null))]),
  );
  try {
    await writeAll();
  } catch (error) {
    records = null;
    ordered = null;
    throw error;
  }
}

export function reconcileHighlightIndex(): Promise<void> {
  return enqueue("rebuilding the highlight index", rebuild);
}

/** Rebuilds only when the snapshot or the page index is missing, damaged or of another version. */
function reconcileIfStale(): Promise<void> {
  return enqueue("checking the highlight snapshot", async () => {
    const version = await snapshotVersion().catch(() => null);
    const meta = (await browser.storage.local.get(INDEX_META_KEY))[INDEX_META_KEY];
    if (version !== SNAPSHOT_VERSION || !isCurrentMeta(meta)) await rebuild();
  });
}

/**
 * Registers the listeners; call it synchronously at the top level of the background script, so that a
 * storage change wakes the service worker. Returns the function that removes them.
 */
export function startHighlightIndex(entityNames: typeof names = names): () => void {
  names = entityNames;
  const reconcile = () =>
    void enqueue("rebuilding the highlight index", async () => {
      if (!rebuiltSinceStart) await rebuild();
    });
  browser.storage.onChanged.addListener(onStorageChanged);
  const stopHold = onImportHold(
    () => {
      if (++importing === 1) void enqueue("holding back for an import", holdSnapshot);
    },
    () => {
      if (--importing > 0) return;
      if (pendingIndex.length || pendingSnapshot.size) scheduleFlush();
      else void enqueue("ending a hold", releaseSnapshot);
    },
  );
  // Install and update: page keys may be spelled differently now. A browser start needs no full rebuild
  // (storage cannot change while the extension is not running; a stale snapshot is caught below): at
  // 100,000 highlights it would keep the background busy for seconds (docs/review-scale.md).
  browser.runtime.onInstalled.addListener(reconcile);
  void reconcileIfStale();
  return () => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onInstalled.removeListener(reconcile);
    stopHold();
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
