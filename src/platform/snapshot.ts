// The derived highlight snapshot in IndexedDB (extension origin: shared by the background and the review
// page, outside storage.local's quota). Only the background writes records; any page may read them.
//
// Database "randnotiz-highlights", IndexedDB version 2, one object store "snapshot" with three values:
//   "meta"     { version: SNAPSHOT_VERSION, built: ISO date, count } once a full rebuild finished
//   "records"  every HighlightRecord (state null), newest first, as ONE JSON string
//   "states"   { [annotation id]: AnchorState } reported by the last page that anchored it
// One string, not one row per record: in Chromium, reading 10,000 rows (getAll, structured clone) took
// 75–140 ms, one string plus JSON.parse 12–15 ms. The writer rewrites it once per batch of changes.
import type { AnchorState, HighlightRecord } from "../core/highlights/types";

export const SNAPSHOT_DB = "randnotiz-highlights";
/** Bump when HighlightRecord's shape changes: the background then rebuilds from a full scan. */
export const SNAPSHOT_VERSION = 3;

const DB_VERSION = 2;
const STORE = "snapshot";
const META = "meta";
const RECORDS = "records";
const STATES = "states";

interface Meta {
  version: number;
  built: string;
  count: number;
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

export interface Snapshot {
  /** Newest first. */
  records: HighlightRecord[];
  states: Map<string, AnchorState>;
}

function toMap(value: unknown): Map<string, AnchorState> {
  const states = new Map<string, AnchorState>();
  if (typeof value === "object" && value !== null)
    for (const [id, state] of Object.entries(value))
      if (typeof state === "string") states.set(id, state as AnchorState);
  return states;
}

/** The parsed records when meta and payload agree; null for a missing, outdated or damaged snapshot. */
function parseRecords(meta: unknown, json: unknown): HighlightRecord[] | null {
  const m = meta as Partial<Meta> | undefined;
  if (m?.version !== SNAPSHOT_VERSION || typeof json !== "string") return null;
  try {
    const records: unknown = JSON.parse(json);
    return Array.isArray(records) && records.length === m.count ? (records as HighlightRecord[]) : null;
  } catch {
    return null;
  }
}

/** The snapshot, or null when it was never built, is of another version, or cannot be read. */
export async function readSnapshot(): Promise<Snapshot | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const [meta, json, states] = await Promise.all([
    request(store.get(META)),
    request(store.get(RECORDS)),
    request(store.get(STATES)),
  ]);
  const records = parseRecords(meta, json);
  return records ? { records, states: toMap(states) } : null;
}

/** Only the records (newest first), or null like readSnapshot: the background's starting point. */
export async function readRecords(): Promise<HighlightRecord[] | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const [meta, json] = await Promise.all([request(store.get(META)), request(store.get(RECORDS))]);
  return parseRecords(meta, json);
}

/** Only the anchor states (for a full-scan fallback whose snapshot is missing). */
export async function readStates(): Promise<Map<string, AnchorState>> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  return toMap(await request(store.get(STATES)));
}

/** The version of the last complete snapshot, without reading its records. */
export async function snapshotVersion(): Promise<number | null> {
  const store = (await open()).transaction(STORE, "readonly").objectStore(STORE);
  const meta = (await request(store.get(META))) as Partial<Meta> | undefined;
  return typeof meta?.version === "number" ? meta.version : null;
}

/**
 * Replaces the records with `records` (already newest first) and marks the snapshot current, in one
 * transaction. With `pruneStates`, drops the states of ids no longer present (after a full rebuild; a
 * plain batch keeps them, so a deleted highlight that comes back by undo keeps its state).
 */
export async function writeSnapshot(
  records: readonly HighlightRecord[],
  now: string,
  pruneStates = false,
): Promise<void> {
  const json = JSON.stringify(records);
  const tx = (await open()).transaction(STORE, "readwrite");
  const finished = done(tx);
  const store = tx.objectStore(STORE);
  store.put(json, RECORDS);
  store.put({ version: SNAPSHOT_VERSION, built: now, count: records.length } satisfies Meta, META);
  if (pruneStates) {
    const ids = new Set(records.map((r) => r.id));
    const kept: States = {};
    for (const [id, state] of toMap(await request(store.get(STATES)))) if (ids.has(id)) kept[id] = state;
    store.put(kept, STATES);
  }
  await finished;
}

/** Marks the snapshot unusable, so readers fall back to a full scan until the next rebuild. */
export async function invalidateSnapshot(): Promise<void> {
  const tx = (await open()).transaction(STORE, "readwrite");
  tx.objectStore(STORE).delete(META);
  await done(tx);
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
