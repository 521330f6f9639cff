// The derived highlight snapshot in IndexedDB (extension origin: shared by the background and the review
// page, outside storage.local's quota). Only the background writes records; any page may read them.
//
// Database "randnotiz-highlights", IndexedDB version 2, one object store "snapshot" holding:
//   "meta"             { version: SNAPSHOT_VERSION, built: ISO date, count } once a full rebuild finished
//   "index"            the LibraryIndex (core/highlights/library.ts): keys, pages and search text, newest first
//   "head"             the LibraryHead: the default view's first screen (its keys), written with the index
//   "rec:<key>"        one HighlightRecord (state null) per highlight
//   "states"           { [annotation id]: AnchorState } reported by the last page that anchored it
// One row per record, so a batch of changes writes only what changed, and the review page reads only the
// records its first screen shows; the one index value lets it search every highlight at once
// (docs/review-scale.md). Index, rows and meta change in one transaction.
import { headOf, type LibraryIndex, validLibraryHead, validLibraryIndex } from "../core/highlights/library";
import type { AnchorState, HighlightRecord } from "../core/highlights/types";

export const SNAPSHOT_DB = "randnotiz-highlights";
/** Bump when the stored shape changes: the background then rebuilds from a full scan. */
export const SNAPSHOT_VERSION = 4;

const DB_VERSION = 2;
const STORE = "snapshot";
const META = "meta";
const INDEX = "index";
const HEAD = "head";
const STATES = "states";
const REC = "rec:";
/** Every record row: "rec:" up to the highest code unit. */
const ROWS = () => IDBKeyRange.bound(REC, `${REC}\uffff`);

interface Meta {
  version: number;
  built: string;
  count: number;
  /** Rows were written for changes the index does not list yet; the next batch's index catches up. */
  behind?: boolean;
}

type States = Record<string, AnchorState>;

let opening: Promise<IDBDatabase> | null = null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available here");
    const req = indexedDB.open(SNAPSHOT_DB, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      // Version 1 kept one row per record; its contents are derived, so the rebuild refills the new store.
      for (const old of ["records", "states", "meta"])
        if (db.objectStoreNames.contains(old)) db.deleteObjectStore(old);
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Let a newer release upgrade the database; the next call here opens it afresh.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      db.onclose = () => {
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("IndexedDB upgrade blocked"));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function toMap(value: unknown): Map<string, AnchorState> {
  const states = new Map<string, AnchorState>();
  if (typeof value === "object" && value !== null)
    for (const [id, state] of Object.entries(value))
      if (typeof state === "string") states.set(id, state as AnchorState);
  return states;
}

/** The snapshot's front matter: what the review page reads before any record. */
export interface SnapshotIndex {
  index: LibraryIndex;
  states: Map<string, AnchorState>;
}

/**
 * The index when meta and index agree; "behind" while the background is still indexing a burst of changes;
 * null for a missing, outdated or damaged snapshot.
 */
export async function readIndex(): Promise<SnapshotIndex | "behind" | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const [meta, index, states] = await Promise.all([
    request(store.get(META)),
    request(store.get(INDEX)),
    request(store.get(STATES)),
  ]);
  const m = meta as Partial<Meta> | undefined;
  if (m?.version === SNAPSHOT_VERSION && m.behind) return "behind";
  if (m?.version !== SNAPSHOT_VERSION || !validLibraryIndex(index) || index.page.length !== m.count)
    return null;
  return { index, states: toMap(states) };
}

/**
 * The default view's first screen without the index (docs/review-scale.md): how many records there are,
 * and the first screen's records with the anchor states. Null when the snapshot is not current (missing,
 * behind, another version) or holds no head: then the page reads the index first (readIndex).
 */
export async function readHead(): Promise<{
  count: number;
  records: HighlightRecord[];
  states: Map<string, AnchorState>;
} | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const [meta, head, states] = await Promise.all([
    request(store.get(META)),
    request(store.get(HEAD)),
    request(store.get(STATES)),
  ]);
  const m = meta as Partial<Meta> | undefined;
  if (m?.version !== SNAPSHOT_VERSION || m.behind || !validLibraryHead(head) || head.count !== m.count)
    return null;
  const records = await readRecordsByKey(head.keys);
  // A row missing under a listed key: the head is not what the rows say; the index path decides.
  if (records.length !== head.keys.length) return null;
  return { count: head.count, records, states: toMap(states) };
}

/** The records stored under `keys` (storage keys), in that order; a missing row is left out. */
export async function readRecordsByKey(keys: readonly string[]): Promise<HighlightRecord[]> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const rows = await Promise.all(keys.map((k) => request(store.get(REC + k))));
  return rows.filter((r): r is HighlightRecord => typeof r === "object" && r !== null);
}

/**
 * Every record row, `batch` at a time (each batch one short read), handed to `each` in key order; the
 * review page fills in the rest of its list this way after its first screen.
 */
export async function readRecordBatches(
  each: (records: HighlightRecord[]) => void | Promise<void>,
  batch = 2000,
): Promise<void> {
  const db = await open();
  let range = ROWS();
  for (;;) {
    const store = db.transaction(STORE, "readonly").objectStore(STORE);
    const [keys, values] = await Promise.all([
      request(store.getAllKeys(range, batch)),
      request(store.getAll(range, batch)),
    ]);
    if (!values.length) return;
    await each(values as HighlightRecord[]);
    if (values.length < batch) return;
    range = IDBKeyRange.bound(keys[keys.length - 1]!, `${REC}\uffff`, true);
  }
}

/** Every record, newest first, with the index (null like readIndex): the background's starting point. */
export async function readSnapshot(): Promise<{
  records: HighlightRecord[];
  states: Map<string, AnchorState>;
} | null> {
  const front = await readIndex();
  if (!front || front === "behind") return null;
  const all: HighlightRecord[] = [];
  await readRecordBatches((batch) => {
    all.push(...batch);
  });
  const order = new Map(front.index.keys.split("\n").map((k, i) => [k, i]));
  if (all.length !== order.size || all.some((r) => !order.has(r.key))) return null;
  all.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return { records: all, states: front.states };
}

/** A batch of changes for writeSnapshot: rows to put and keys to delete, with the index after them. */
export interface SnapshotWrite {
  /** Null: more changes are waiting, the index is written with them (the snapshot is "behind" meanwhile). */
  index: LibraryIndex | null;
  put: readonly HighlightRecord[];
  remove: readonly string[];
  /** Deletes every row first (a full rebuild) and drops the states of ids no longer present. */
  replace?: boolean;
}

/** Applies one batch and marks the snapshot current, in one transaction. */
export async function writeSnapshot(write: SnapshotWrite, now: string): Promise<void> {
  const tx = (await open()).transaction(STORE, "readwrite");
  const finished = done(tx);
  const store = tx.objectStore(STORE);
  if (write.replace) {
    store.delete(ROWS());
    // A version 3 snapshot kept every record in one "records" value.
    store.delete("records");
  }
  for (const key of write.remove) store.delete(REC + key);
  for (const record of write.put) store.put(record, REC + record.key);
  if (write.index) {
    store.put(write.index, INDEX);
    store.put(headOf(write.index), HEAD);
    store.put({ version: SNAPSHOT_VERSION, built: now, count: write.index.page.length } satisfies Meta, META);
  } else {
    const meta = (await request(store.get(META))) as Meta | undefined;
    if (meta) store.put({ ...meta, built: now, behind: true } satisfies Meta, META);
  }
  if (write.replace) {
    const ids = new Set(write.put.map((r) => r.id));
    const kept: States = {};
    for (const [id, state] of toMap(await request(store.get(STATES)))) if (ids.has(id)) kept[id] = state;
    store.put(kept, STATES);
  }
  await finished;
}

/**
 * Sets or clears the "behind" mark alone, rows and index untouched: readers wait while an import holds the
 * background back (docs/integrity.md). Returns whether it was behind before; false when there is no snapshot.
 */
export async function markBehind(behind: boolean): Promise<boolean> {
  const tx = (await open()).transaction(STORE, "readwrite");
  const finished = done(tx);
  const store = tx.objectStore(STORE);
  const meta = (await request(store.get(META))) as Meta | undefined;
  if (meta) {
    const rest: Meta = { ...meta };
    delete rest.behind;
    store.put(behind ? { ...rest, behind: true } : rest, META);
  }
  await finished;
  return meta?.behind === true;
}

/** Marks the snapshot unusable, so readers fall back to a full scan until the next rebuild. */
export async function invalidateSnapshot(): Promise<void> {
  const tx = (await open()).transaction(STORE, "readwrite");
  tx.objectStore(STORE).delete(META);
  await done(tx);
}

/** Only the anchor states (for a full-scan fallback whose snapshot is missing). */
export async function readStates(): Promise<Map<string, AnchorState>> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  return toMap(await request(store.get(STATES)));
}

/**
 * The version of the last complete snapshot, without reading its records; null when there is none or its
 * index was left behind (a worker stopped in the middle of a burst).
 */
export async function snapshotVersion(): Promise<number | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const meta = (await request(store.get(META))) as Partial<Meta> | undefined;
  return typeof meta?.version === "number" && !meta.behind ? meta.version : null;
}

/** Merges reported states into the stored ones (read and write in one transaction, so none is lost). */
export async function putStates(states: Iterable<[string, AnchorState]>): Promise<void> {
  const tx = (await open()).transaction(STORE, "readwrite");
  const finished = done(tx);
  const store = tx.objectStore(STORE);
  const merged: States = Object.fromEntries(toMap(await request(store.get(STATES))));
  for (const [id, state] of states) merged[id] = state;
  store.put(merged, STATES);
  await finished;
}

/** Closes the connection (tests, and pages that are going away). */
export async function closeSnapshot(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
