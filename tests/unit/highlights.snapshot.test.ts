// The IndexedDB snapshot as one stored value: kept complete and newest first by the background, read back
// by a restarted worker, rebuilt when missing, outdated or damaged; anchor states; reads by key.
import { newestFirst } from "../../src/core/highlights/index-model";
import { keyOf, newAnnotation, toRecord } from "../../src/core/highlights/model";
import type { HighlightRecord, WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

let serial = 0;
const annotation = (source = "https://news.example/a", created?: string): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source,
    title: "Artikel",
    quote: { exact: `Zitat ${serial}`, prefix: "", suffix: "", start: serial, end: serial + 5 },
    // Shuffled times, so the stored order is not just the order of the saves.
    created: created ?? new Date(Date.UTC(2026, 0, 1, 0, (serial * 37) % 1000)).toISOString(),
  });

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await env.keeper.highlightIndexIdle();
}

/** What a full scan says the records are, newest first. */
async function truth(): Promise<HighlightRecord[]> {
  const all = await env.store.loadAllAnnotations();
  return newestFirst(all.map(({ key, annotation }) => toRecord(key, annotation, null)));
}

/** Opens the database directly, as another version of the extension would. */
function rawDb(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(env.snapshot.SNAPSHOT_DB, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

test("bursts end up in the snapshot, complete and newest first; a page reads it without a scan", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  const saved = Array.from({ length: 60 }, (_, i) => annotation(`https://news.example/${i % 4}`));
  await Promise.all(saved.slice(0, 30).map((a) => env.store.saveHighlight(a)));
  await env.store.putHighlights(saved.slice(30));
  await env.store.deleteHighlights([keyOf(saved[3]!.id), keyOf(saved[40]!.id)]);
  await settle();

  const db = await rawDb();
  expect([...db.objectStoreNames]).toEqual(["snapshot"]);
  db.close();
  env.area.reads = [];
  const records = await env.store.loadRecords();
  expect(env.area.reads).toEqual([]);
  expect(records).toEqual(await truth());
  expect(records).toHaveLength(58);
  expect(records.map((r) => r.created)).toEqual(
    records
      .map((r) => r.created)
      .sort()
      .reverse(),
  );
});

test("a restarted worker edits the stored snapshot without a full scan", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await env.store.putHighlights([annotation(), annotation()]);
  await settle();
  await env.restart();
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  env.area.reads = [];
  const late = annotation();
  await env.store.saveHighlight(late);
  await settle();
  expect(env.area.reads).not.toContain(null);
  const records = await env.store.loadRecords();
  expect(records.map((r) => r.id)).toContain(late.id);
  expect(records).toEqual(await truth());
});

test("a damaged snapshot is not trusted, and the next change rebuilds it from a full scan", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await env.store.putHighlights([annotation(), annotation()]);
  await settle();
  const db = await rawDb();
  await new Promise((resolve) => {
    const tx = db.transaction("snapshot", "readwrite");
    tx.objectStore("snapshot").put({ keys: "highlight:cut off", hay: 7 }, "index");
    tx.oncomplete = resolve;
  });
  db.close();
  await env.restart(); // a worker without the records in memory

  env.area.reads = [];
  expect(await env.store.loadRecords()).toEqual(await truth());
  expect(env.area.reads).toContain(null); // fell back to a scan
  env.stop = env.keeper.startHighlightIndex();
  await env.store.saveHighlight(annotation());
  await settle();
  expect(await env.snapshot.readSnapshot()).toEqual({ records: await truth(), states: new Map() });
});

test("a snapshot whose count disagrees with its records, or of another version, is refused", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await env.store.putHighlights([annotation(), annotation()]);
  await settle();
  const db = await rawDb();
  const patchMeta = (patch: object) =>
    new Promise((resolve) => {
      const tx = db.transaction("snapshot", "readwrite");
      const req = tx.objectStore("snapshot").get("meta");
      req.onsuccess = () => tx.objectStore("snapshot").put({ ...req.result, ...patch }, "meta");
      tx.oncomplete = resolve;
    });
  await patchMeta({ count: 3 });
  expect(await env.snapshot.readSnapshot()).toBeNull();
  await patchMeta({ count: 2, version: env.snapshot.SNAPSHOT_VERSION + 1 });
  expect(await env.snapshot.readSnapshot()).toBeNull();
  await patchMeta({ version: env.snapshot.SNAPSHOT_VERSION });
  expect((await env.snapshot.readSnapshot())?.records).toHaveLength(2);
  db.close();
});

test("a version 1 database (one row per record) is replaced and rebuilt at start-up", async () => {
  const saved = [annotation(), annotation(), annotation()];
  await env.store.putHighlights(saved);
  const old = await rawDb(1, (db) => {
    db.createObjectStore("records", { keyPath: "key" });
    db.createObjectStore("states");
    db.createObjectStore("meta");
  });
  await new Promise((resolve) => {
    const tx = old.transaction(["records", "meta"], "readwrite");
    tx.objectStore("records").put(toRecord(keyOf(saved[0]!.id), saved[0]!, null));
    tx.objectStore("meta").put({ version: 1, built: "2026-01-01T00:00:00.000Z" }, "snapshot");
    tx.oncomplete = resolve;
  });
  old.close();

  env.stop = env.keeper.startHighlightIndex();
  await settle();
  env.area.reads = [];
  const records = await env.store.loadRecords();
  expect(env.area.reads).toEqual([]);
  expect(records).toEqual(await truth());
  expect(records).toHaveLength(3);
});

test("anchor states: concurrent reports merge; a batch keeps them; a rebuild drops those of gone ids", async () => {
  env.stop = env.keeper.startHighlightIndex();
  const [a, b, c] = [annotation(), annotation(), annotation()];
  await env.store.putHighlights([a, b, c]);
  await settle();
  await Promise.all([
    env.anchorStates.recordAnchorStates({ [a.id]: "exact" }),
    env.anchorStates.recordAnchorStates({ [b.id]: "orphan" }),
    env.anchorStates.recordAnchorStates({ [c.id]: "fuzzy", "urn:uuid:x": "nonsense" as never }),
  ]);
  const stateOf = async (id: string) => (await env.store.loadRecords()).find((r) => r.id === id)?.state;
  expect(await stateOf(a.id)).toBe("exact");
  expect(await stateOf(b.id)).toBe("orphan");
  expect(await stateOf(c.id)).toBe("fuzzy");
  expect((await env.snapshot.readStates()).has("urn:uuid:x")).toBe(false);

  // Delete and undo: the state is still there for the restored highlight.
  await env.store.deleteHighlights([keyOf(b.id)]);
  await settle();
  await env.store.putHighlights([b]);
  await settle();
  expect(await stateOf(b.id)).toBe("orphan");

  await env.store.deleteHighlights([keyOf(c.id)]);
  await settle();
  await env.keeper.reconcileHighlightIndex();
  expect([...(await env.snapshot.readStates()).keys()].sort()).toEqual([a.id, b.id].sort());
});

test("loadAnnotations reads only the keys asked for, once, and skips missing and broken ones", async () => {
  const [a, b] = [annotation(), annotation()];
  await env.store.putHighlights([a, b]);
  await env.area.set({ "highlight:broken": { nope: true }, settings: { on: true } });
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  env.area.reads = [];
  const loaded = await env.store.loadAnnotations([
    keyOf(b.id),
    "highlight:missing",
    "settings",
    "highlight:broken",
    keyOf(a.id),
    keyOf(b.id),
  ]);
  expect(loaded).toEqual([
    { key: keyOf(b.id), annotation: b },
    { key: keyOf(a.id), annotation: a },
  ]);
  expect(env.area.reads).toEqual([[keyOf(b.id), "highlight:missing", "highlight:broken", keyOf(a.id)]]);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toContain("highlight:broken");
  env.area.reads = [];
  expect(await env.store.loadAnnotations(["settings"])).toEqual([]);
  expect(env.area.reads).toEqual([]);
});

test("newest first, ties in key order, whatever order they came in", () => {
  const at = "2026-03-01T10:00:00.000Z";
  const records = [
    toRecord("highlight:b", annotation(undefined, at), null),
    toRecord("highlight:c", annotation(undefined, "2026-01-01T00:00:00.000Z"), null),
    toRecord("highlight:a", annotation(undefined, at), null),
    toRecord("highlight:d", annotation(undefined, "2026-05-01T00:00:00.000Z"), null),
  ];
  expect(newestFirst(records).map((r) => r.key)).toEqual([
    "highlight:d",
    "highlight:a",
    "highlight:b",
    "highlight:c",
  ]);
});

test("an index left behind by a burst: the page waits for it instead of missing records; a restarted worker rebuilds it", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await env.store.putHighlights([annotation(), annotation()]);
  await settle();
  const db = await rawDb();
  const patchMeta = (patch: object) =>
    new Promise((resolve) => {
      const tx = db.transaction("snapshot", "readwrite");
      const req = tx.objectStore("snapshot").get("meta");
      req.onsuccess = () => tx.objectStore("snapshot").put({ ...req.result, ...patch }, "meta");
      tx.oncomplete = resolve;
    });
  await patchMeta({ behind: true });
  expect(await env.snapshot.readIndex()).toBe("behind");
  let loaded: unknown = null;
  const loading = env.store.loadLibrary().then((l: unknown) => {
    loaded = l;
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(loaded).toBeNull();
  await patchMeta({ behind: false });
  await loading;
  expect(Array.isArray(loaded)).toBe(false);
  expect((loaded as { library: { size: number } }).library.size).toBe(2);

  await patchMeta({ behind: true });
  db.close();
  await env.restart();
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  expect(await env.snapshot.readIndex()).not.toBe("behind");
  expect(await env.store.loadRecords()).toEqual(await truth());
});

test("a burst bigger than one batch: every record reaches the page's library, in newest-first order", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  const saved = Array.from({ length: 2500 }, (_, i) => annotation(`https://news.example/${i % 7}`));
  await env.store.putHighlights(saved);
  await env.store.deleteHighlights([keyOf(saved[0]!.id)]);
  await settle();
  const loaded = await env.store.loadLibrary();
  if (Array.isArray(loaded)) throw new Error("fell back to a scan");
  const expected = (await truth()).map((r) => r.key);
  expect(Array.from({ length: loaded.library.size }, (_, i) => loaded.library.key(i))).toEqual(expected);
  const all: string[] = [];
  await loaded.all((entries) => all.push(...entries.map((e) => e.record.key)));
  expect(all.sort()).toEqual([...expected].sort());
});

test("the head: the default view's first screen from one small read, in step with the index, refused while behind", async () => {
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  // 12 pages of 6 records: the first screen (40 rows, whole pages) holds the 7 newest pages.
  const saved = Array.from({ length: 72 }, (_, i) => annotation(`https://news.example/${i % 12}`));
  await env.store.putHighlights(saved);
  await settle();
  const loaded = await env.store.loadLibrary();
  if (Array.isArray(loaded)) throw new Error("fell back to a scan");
  const firstScreen = loaded.library.firstScreen(null).map((i) => loaded.library.key(i));
  const head = await env.store.loadHead();
  expect(head?.total).toBe(72);
  expect(head?.entries.map((e) => e.record.key)).toEqual(firstScreen);
  expect(firstScreen.length).toBeGreaterThanOrEqual(40);
  expect(firstScreen.length).toBeLessThan(72);
  expect(head?.entries.map((e) => e.record)).toEqual(
    (await truth()).filter((r) => firstScreen.includes(r.key)),
  );

  // A newer highlight on a page of its own moves into the head with the next index.
  const newest = annotation("https://news.example/new", "2027-01-01T00:00:00.000Z");
  await env.store.saveHighlight(newest);
  await settle();
  const after = await env.store.loadHead();
  expect(after?.total).toBe(73);
  expect(after?.entries[0]?.record.key).toBe(keyOf(newest.id));

  // While the index lags behind a burst, the head is not trusted either.
  const db = await rawDb();
  await new Promise((resolve) => {
    const tx = db.transaction("snapshot", "readwrite");
    const req = tx.objectStore("snapshot").get("meta");
    req.onsuccess = () => tx.objectStore("snapshot").put({ ...req.result, behind: true }, "meta");
    tx.oncomplete = resolve;
  });
  db.close();
  expect(await env.store.loadHead()).toBeNull();
});
