// Undo of a delete never overwrites what was written after the delete (docs/integrity.md, concurrent
// edits): a key still empty gets its highlight back; a key written again since (another tab, an import,
// another device) keeps the newer highlight, and the outcome names it, so the review page and the
// tooltip can say so.
import { asCopy, keyOf, newAnnotation, noteOf, sameJson, withNote } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

let serial = 0;
const annotation = (note = ""): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source: "https://news.example/artikel",
    title: "Artikel",
    quote: { exact: `Zitat ${serial}`, prefix: "", suffix: "", start: null, end: null },
    note,
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
  });

const stored = (a: WebAnnotation) => env.area.data.get(keyOf(a.id)) as WebAnnotation | undefined;

test("undo after a newer edit keeps the newer note and reports it; the untouched one comes back", async () => {
  const a = annotation("alt");
  const b = annotation("auch alt");
  await env.store.putHighlights([a, b]);
  const deleted = await env.store.loadAnnotations([keyOf(a.id), keyOf(b.id)]);
  await env.store.deleteHighlights(deleted.map((d) => d.key));
  // Another tab writes `a` again, with a newer note, before the undo.
  const newer = withNote(a, "neuer", "2026-02-01T00:00:00.000Z");
  await env.store.saveHighlight(newer);

  const outcome = await env.store.restoreHighlights(deleted);
  expect(outcome.restored.map((r) => r.key)).toEqual([keyOf(b.id)]);
  expect(outcome.newer).toHaveLength(1);
  expect(outcome.newer[0]!.deleted.key).toBe(keyOf(a.id));
  expect(outcome.newer[0]!.now).toEqual(newer);
  expect(noteOf(stored(a)!)).toBe("neuer");
  expect(stored(b)).toEqual(b);
});

test("a key holding the very highlight that was deleted counts as restored, and nothing is written", async () => {
  const a = annotation("gleich");
  await env.store.putHighlights([a]);
  const deleted = await env.store.loadAnnotations([keyOf(a.id)]);
  await env.store.deleteHighlights([keyOf(a.id)]);
  // The same object, its keys in another order (a storage round trip may reorder them).
  const { target, ...rest } = structuredClone(a);
  env.area.data.set(keyOf(a.id), { target, ...rest });
  const writes = jest.spyOn(env.area, "set");
  const outcome = await env.store.restoreHighlights(deleted);
  expect(outcome).toEqual({ restored: deleted, newer: [] });
  expect(writes).not.toHaveBeenCalled();
});

test("garbage written under the key since the delete is not overwritten either", async () => {
  const a = annotation();
  await env.store.putHighlights([a]);
  const deleted = await env.store.loadAnnotations([keyOf(a.id)]);
  await env.store.deleteHighlights([keyOf(a.id)]);
  env.area.data.set(keyOf(a.id), { nope: 1 });
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  const outcome = await env.store.restoreHighlights(deleted);
  expect(outcome.newer).toEqual([{ deleted: deleted[0], now: null }]);
  expect(env.area.data.get(keyOf(a.id))).toEqual({ nope: 1 });
  warn.mockRestore();
});

test("a restore restores under the key it was deleted from, not the key its id would make", async () => {
  const a = annotation();
  // An outside tool stored it under a key of its own.
  const key = "highlight:from-another-tool";
  env.area.data.set(key, a);
  const deleted = await env.store.loadAnnotations([key]);
  await env.store.deleteHighlights([key]);
  await env.store.restoreHighlights(deleted);
  expect(env.area.data.get(key)).toEqual(a);
  expect(env.area.data.has(keyOf(a.id))).toBe(false);
});

test("a failed restore says what failed", async () => {
  const a = annotation();
  env.area.failWith = new Error("QUOTA_BYTES quota exceeded");
  await expect(env.store.restoreHighlights([{ key: keyOf(a.id), annotation: a }])).rejects.toThrow(
    /Could not restore the highlights: .*full/,
  );
});

test("sameJson ignores key order only; asCopy keeps both as separate highlights", () => {
  expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
  expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  expect(sameJson({ a: "1" }, { a: 1 })).toBe(false);
  const a = annotation("meine");
  const copy = asCopy(a, "10000000-0000-4000-8000-000000000001", "2026-03-01T00:00:00.000Z");
  expect(keyOf(copy.id)).not.toBe(keyOf(a.id));
  expect(noteOf(copy)).toBe("meine");
  expect(copy.created).toBe(a.created);
  expect(copy.modified).toBe("2026-03-01T00:00:00.000Z");
});
