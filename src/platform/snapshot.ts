// The derived highlight snapshot in IndexedDB (extension origin: shared by the background and the review
// page, outside storage.local's quota). Only the background writes records; any page may read them.
//
// Database "randnotiz-highlights", IndexedDB version 1:
//   records  keyPath "key"   one HighlightRecord per `highlight:*` key, with state null
//   states   key = annotation id → AnchorState reported by the last page that anchored it
//   meta     key "snapshot"   { version: SNAPSHOT_VERSION, built: ISO date } once a full rebuild finished
import type { AnchorState, HighlightRecord } from "../core/highlights/types";

export const SNAPSHOT_DB = "randnotiz-highlights";
/** Bump when HighlightRecord's shape changes: the background then rebuilds from a full scan. */
export const SNAPSHOT_VERSION = 1;

const RECORDS = "records";
const STATES = "states";
const META = "meta";
const META_KEY = "snapshot";

interface Meta {
  version: number;
  built: string;
}

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
    const req = indexedDB.open(SNAPSHOT_DB, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: "key" });
      if (!db.objectStoreNames.contains(STATES)) db.createObjectStore(STATES);
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
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
  records: HighlightRecord[];
  states: Map<string, AnchorState>;
}

/** The snapshot, or null when it was never built, is of another version, or cannot be read. */
export async function readSnapshot(): Promise<Snapshot | null> {
  const db = await open();
  const tx = db.transaction([RECORDS, STATES, META], "readonly");
  const [meta, records, ids, values] = await Promise.all([
    request(tx.objectStore(META).get(META_KEY)) as Promise<Meta | undefined>,
    request(tx.objectStore(RECORDS).getAll()) as Promise<HighlightRecord[]>,
    request(tx.objectStore(STATES).getAllKeys()),
    request(tx.objectStore(STATES).getAll()) as Promise<AnchorState[]>,
  ]);
  if (meta?.version !== SNAPSHOT_VERSION || !Array.isArray(records)) return null;
  const states = new Map<string, AnchorState>();
  ids.forEach((id, i) => {
    const state = values[i];
    if (typeof id === "string" && state) states.set(id, state);
  });
  return { records, states };
}

/** Only the anchor states (for a full-scan fallback whose snapshot is missing). */
export async function readStates(): Promise<Map<string, AnchorState>> {
  const db = await open();
  const tx = db.transaction(STATES, "readonly");
  const store = tx.objectStore(STATES);
  const [ids, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
  const states = new Map<string, AnchorState>();
  ids.forEach((id, i) => {
    if (typeof id === "string" && values[i]) states.set(id, values[i] as AnchorState);
  });
  return states;
}

export async function snapshotVersion(): Promise<number | null> {
  const db = await open();
  const meta = (await request(db.transaction(META, "readonly").objectStore(META).get(META_KEY))) as
    | Meta
    | undefined;
  return typeof meta?.version === "number" ? meta.version : null;
}

/** Puts and deletes records by storage key, in one transaction. */
export async function writeRecords(put: HighlightRecord[], remove: string[]): Promise<void> {
  if (!put.length && !remove.length) return;
  const db = await open();
  const tx = db.transaction(RECORDS, "readwrite");
  const store = tx.objectStore(RECORDS);
  for (const key of remove) store.delete(key);
  for (const record of put) store.put(record);
  await done(tx);
}

/** Replaces every record, keeps only the states of ids still present, and marks the snapshot current. */
export async function replaceSnapshot(records: HighlightRecord[], now: string): Promise<void> {
  const db = await open();
  const tx = db.transaction([RECORDS, STATES, META], "readwrite");
  const finished = done(tx);
  const ids = new Set(records.map((r) => r.id));
  tx.objectStore(RECORDS).clear();
  for (const record of records) tx.objectStore(RECORDS).put(record);
  const states = tx.objectStore(STATES);
  const stale = (await request(states.getAllKeys())).filter((id) => typeof id !== "string" || !ids.has(id));
  for (const id of stale) states.delete(id);
  tx.objectStore(META).put({ version: SNAPSHOT_VERSION, built: now } satisfies Meta, META_KEY);
  await finished;
}

/** Marks the snapshot unusable, so readers fall back to a full scan until the next rebuild. */
export async function invalidateSnapshot(): Promise<void> {
  const db = await open();
  const tx = db.transaction(META, "readwrite");
  tx.objectStore(META).delete(META_KEY);
  await done(tx);
}

export async function putStates(states: Iterable<[string, AnchorState]>): Promise<void> {
  const db = await open();
  const tx = db.transaction(STATES, "readwrite");
  for (const [id, state] of states) tx.objectStore(STATES).put(state, id);
  await done(tx);
}

/** Closes the connection (tests, and pages that are going away). */
export async function closeSnapshot(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
