// The derived highlight indexes: the pure page-index model, and the storage layer with the background's
// index keeper over an in-memory storage.local (change events delivered later, in order, like browsers do)
// and fake-indexeddb.
import {
  applyDelta,
  buildPageIndex,
  diffPageIndex,
  mergeSorted,
  pageIndexKey,
  planIndexUpdate,
} from "../../src/core/highlights/index-model";
import { keyOf, newAnnotation, toRecord } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

const PAGE = "https://news.example/artikel?id=7";
let serial = 0;
const annotation = (source = PAGE, exact = "Peskow"): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source,
    title: "Artikel",
    quote: { exact, prefix: "", suffix: "", start: null, end: null },
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
  });

/** Waits for change events still in the fake's timers, then for the background's queue. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await env.keeper.highlightIndexIdle();
}

const indexOf = (source: string) => env.area.data.get(pageIndexKey(source)) as string[] | undefined;

describe("page index model", () => {
  test("a batch of saves, a move and a delete folds into per-page edits", () => {
    const a = { target: { source: "https://x.example/a#frag" } };
    const b = { target: { source: "https://x.example/b?utm_source=rss" } };
    const plan = planIndexUpdate([
      { key: "highlight:1", newValue: a },
      { key: "highlight:2", newValue: a },
      { key: "highlight:2", oldValue: a, newValue: b },
      { key: "highlight:3", oldValue: b },
      { key: "hlindex:page:x", newValue: ["highlight:9"] },
    ]);
    expect([...plan.keys()].sort()).toEqual([
      "hlindex:page:https://x.example/a",
      "hlindex:page:https://x.example/b",
    ]);
    const pa = plan.get("hlindex:page:https://x.example/a")!;
    const pb = plan.get("hlindex:page:https://x.example/b")!;
    expect([...pa.add]).toEqual(["highlight:1"]);
    expect([...pa.remove]).toEqual(["highlight:2"]);
    expect([...pb.add]).toEqual(["highlight:2"]);
    expect([...pb.remove]).toEqual(["highlight:3"]);
    expect(applyDelta(["highlight:2", "highlight:3", 5], pa)).toEqual(["highlight:3", "highlight:1"]);
    expect(applyDelta(["highlight:3"], pb)).toEqual(["highlight:2"]);
    expect(applyDelta(["highlight:2"], { add: new Set(), remove: new Set(["highlight:2"]) })).toBeNull();
  });

  test("a full build and the diff against what is stored", () => {
    const wanted = buildPageIndex([
      ["highlight:b", { target: { source: "https://x.example/p" } }],
      ["highlight:a", { target: { source: "https://x.example/p#x" } }],
      ["highlight:c", { broken: true }],
      ["settings", { target: { source: "https://x.example/p" } }],
    ]);
    expect(wanted).toEqual(new Map([["hlindex:page:https://x.example/p", ["highlight:a", "highlight:b"]]]));
    const diff = diffPageIndex(
      {
        "hlindex:page:https://x.example/p": ["highlight:b", "highlight:a"],
        "hlindex:page:old": ["highlight:z"],
      },
      wanted,
    );
    expect(diff).toEqual({ set: {}, remove: ["hlindex:page:old"] });
    expect(diffPageIndex({}, wanted).set).toEqual({
      "hlindex:page:https://x.example/p": ["highlight:a", "highlight:b"],
    });
  });
});

describe("storage layer and background index", () => {
  test("50 saves from 5 tabs at once, a move and a delete: the index and the snapshot lose nothing", async () => {
    env.stop = env.keeper.startHighlightIndex();
    const other = "https://news.example/zweiter";
    const tabs = Array.from({ length: 5 }, (_, tab) =>
      Array.from({ length: 10 }, (_, i) => annotation(i % 2 ? other : `${PAGE}&utm_medium=tab${tab}#h${i}`)),
    );
    await Promise.all(
      tabs.map(async (list, tab) => {
        // Tabs pause differently between saves, so the background sees many small batches, interleaved.
        for (const [i, a] of list.entries()) {
          await env.store.saveHighlight(a);
          await new Promise((resolve) => setTimeout(resolve, (i * 7 + tab) % 4));
        }
      }),
    );
    const all = tabs.flat();
    const moved = all[0]!;
    await env.store.saveHighlight({ ...moved, target: { ...moved.target, source: other } });
    await env.store.deleteHighlights([keyOf(all[1]!.id)]);
    await settle();

    const expectOn = (source: string) =>
      [...env.area.data.entries()]
        .filter(
          ([key, v]) => key.startsWith("highlight:") && (v as WebAnnotation).target.source.startsWith(source),
        )
        .map(([key]) => key)
        .sort();
    expect([...indexOf(PAGE)!].sort()).toEqual(expectOn(PAGE));
    expect([...indexOf(other)!].sort()).toEqual(expectOn(other));
    expect(indexOf(PAGE)!.length + indexOf(other)!.length).toBe(49);

    env.area.reads = [];
    const records = await env.store.loadRecords();
    expect(env.area.reads).toEqual([]); // from the snapshot, no storage scan
    const scanned = (await env.store.loadAllAnnotations()).map(({ key, annotation }) =>
      toRecord(key, annotation, null),
    );
    expect(records).toHaveLength(49);
    expect(records.map((r) => r.key).sort()).toEqual(scanned.map((r) => r.key).sort());
    expect(records.find((r) => r.id === moved.id)?.source).toBe(other);
  });

  test("a page reads its index key and only its listed keys, whatever else is stored", async () => {
    const mine = [annotation(PAGE, "eins"), annotation(`${PAGE}#x`, "zwei")];
    const others = Array.from({ length: 10_000 }, (_, i) => annotation(`https://other.example/${i % 1000}`));
    await env.store.putHighlights([...others, ...mine]);
    await env.area.set({ "highlight:broken": { target: { source: PAGE } } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    env.stop = env.keeper.startHighlightIndex(); // no snapshot yet: rebuilds everything from a full scan
    await settle();
    // An index entry that points at another page's highlight is dropped on load.
    await env.area.set({ [pageIndexKey(PAGE)]: [...indexOf(PAGE)!, keyOf(others[0]!.id)] });

    warn.mockClear();
    env.area.reads = [];
    const loaded = await env.store.loadPageHighlights([`${PAGE}&utm_source=feed#top`]);
    expect(loaded.map((h) => h.annotation.target.selector[0])).toEqual([
      expect.objectContaining({ exact: "eins" }),
      expect.objectContaining({ exact: "zwei" }),
    ]);
    expect(env.area.reads).toHaveLength(2);
    expect(env.area.reads.every((keys) => keys !== null && keys.length <= 4)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("highlight:broken");
  });

  test("an import burst in chunks ends up complete in the index and the snapshot", async () => {
    env.stop = env.keeper.startHighlightIndex();
    await settle();
    const imported = Array.from({ length: 2500 }, (_, i) => annotation(`https://import.example/${i % 7}`));
    const writes = jest.spyOn(env.area, "set");
    await env.store.putHighlights(imported);
    expect(
      writes.mock.calls.filter(([items]) => Object.keys(items).some((k) => k.startsWith("highlight:"))),
    ).toHaveLength(3);
    await settle();
    const indexed = [...env.area.data.keys()].filter((k) =>
      k.startsWith("hlindex:page:https://import.example/"),
    );
    expect(indexed).toHaveLength(7);
    expect(indexed.reduce((n, k) => n + (env.area.data.get(k) as string[]).length, 0)).toBe(2500);
    expect(await env.store.loadRecords()).toHaveLength(2500);
  });

  test("reconcile repairs a drifted index; without a snapshot, records come from a full scan", async () => {
    const saved = [annotation(), annotation(), annotation("https://b.example/")];
    await env.store.putHighlights(saved);
    await env.area.set({
      [pageIndexKey(PAGE)]: ["highlight:gone"],
      "hlindex:page:https://stale.example/": ["x"],
    });
    env.area.reads = [];
    const records = await env.store.loadRecords();
    expect(env.area.reads).toContain(null);
    expect(records.map((r) => r.id)).toEqual(saved.map((a) => a.id).reverse()); // newest first

    env.stop = env.keeper.startHighlightIndex();
    await env.keeper.reconcileHighlightIndex();
    await settle();
    expect(indexOf(PAGE)!.sort()).toEqual([keyOf(saved[0]!.id), keyOf(saved[1]!.id)].sort());
    expect(env.area.data.has("hlindex:page:https://stale.example/")).toBe(false);
    env.area.reads = [];
    expect(await env.store.loadRecords()).toHaveLength(3);
    expect(env.area.reads).toEqual([]);
  });

  test("a snapshot that failed or was invalidated is not trusted", async () => {
    env.stop = env.keeper.startHighlightIndex();
    await env.store.saveHighlight(annotation());
    await settle();
    await env.snapshot.invalidateSnapshot();
    env.area.reads = [];
    expect(await env.store.loadRecords()).toHaveLength(1);
    expect(env.area.reads).toContain(null);
  });

  test("reported anchor states reach the records; unknown states are ignored", async () => {
    env.stop = env.keeper.startHighlightIndex();
    const [a, b] = [annotation(), annotation()];
    await env.store.putHighlights([a, b]);
    await settle();
    await env.anchorStates.recordAnchorStates({ [a.id]: "orphan", [b.id]: "bogus" as never });
    const records = await env.store.loadRecords();
    expect(records.find((r) => r.id === a.id)?.state).toBe("orphan");
    expect(records.find((r) => r.id === b.id)?.state).toBeNull();
  });

  test("a failed save is rethrown with a readable message", async () => {
    env.area.failWith = new Error("QUOTA_BYTES quota exceeded");
    await expect(env.store.saveHighlight(annotation())).rejects.toThrow(
      /Could not save the highlight: .*full/,
    );
  });

  test("change events: only highlight keys; invalid new values arrive as null with a warning", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const seen: Array<{ key: string; annotation: WebAnnotation | null }> = [];
    const off = env.store.onHighlightsChanged((changes) => seen.push(...changes));
    const a = annotation();
    await env.area.set({ [keyOf(a.id)]: a, "highlight:bad": { nope: 1 }, settings: {} });
    await env.store.deleteHighlights([keyOf(a.id)]);
    await settle();
    off();
    expect(seen).toEqual([
      { key: keyOf(a.id), annotation: a },
      { key: "highlight:bad", annotation: null },
      { key: keyOf(a.id), annotation: null },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test("10,000 highlights on 1,000 pages: the snapshot read", async () => {
    await env.store.putHighlights(
      Array.from({ length: 10_000 }, (_, i) => annotation(`https://p.example/${i % 1000}`)),
    );
    env.stop = env.keeper.startHighlightIndex();
    await settle();
    const started = performance.now();
    const records = await env.store.loadRecords();
    const elapsed = performance.now() - started;
    expect(records).toHaveLength(10_000);
    console.log(`loadRecords over 10,000 highlights (fake-indexeddb in Node): ${elapsed.toFixed(0)} ms`);
  });
});

test("mergeSorted merges two sorted lists in order, the first list's item first on ties", () => {
  const byNumber = (a: { n: number }, b: { n: number }) => a.n - b.n;
  const a = [1, 3, 3, 7].map((n) => ({ n, from: "a" }));
  const b = [0, 3, 8].map((n) => ({ n, from: "b" }));
  const merged = mergeSorted(a, b, byNumber);
  expect(merged.map((x) => `${x.n}${x.from}`)).toEqual(["0b", "1a", "3a", "3a", "3b", "7a", "8b"]);
  expect(mergeSorted([], b, byNumber)).toEqual(b);
  expect(mergeSorted(a, [], byNumber)).toEqual(a);
});
