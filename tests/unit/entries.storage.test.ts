// src/platform/entries.ts over an in-memory storage.local: broken keys are skipped and reported but kept,
// writes go in one call, and changes to entry:* keys (only those) reach subscribers.
import { newEntry } from "../../src/core/entries";
import { FakeArea, fakeBrowser } from "./fake-storage";

let area = new FakeArea();
jest.mock("../../src/platform/browser", () => ({ browser: fakeBrowser(() => area) }));
let store: typeof import("../../src/platform/entries");

const make = (name: string, id: string) =>
  newEntry({ name, aliases: [], type: "place", note: "", link: "" }, "2026-12-01T10:00:00.000Z", id);
const A = make("Jerewan", "0b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11");
const B = make("Stepanakert", "1b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11");
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  area = new FakeArea();
  store = require("../../src/platform/entries");
});

test("loadEntries skips and reports broken keys, and never deletes them", async () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  await store.putEntries([A, B]);
  area.data.set("entry:broken", { v: 1, name: 3 });
  area.data.set(`entry:${"2b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11"}`, { ...A });
  area.data.set("highlight:x", { not: "an entry" });
  const { entries, broken } = await store.readEntries();
  expect(entries.map((e) => e.name).sort()).toEqual(["Jerewan", "Stepanakert"]);
  expect(broken.map((b) => b.key).sort()).toEqual([
    "entry:2b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11",
    "entry:broken",
  ]);
  expect(broken.find((b) => b.key === "entry:broken")?.error).toMatch(/^id /);
  expect(warn).toHaveBeenCalledTimes(2);
  expect((await store.loadEntries()).length).toBe(2);
  expect(area.data.has("entry:broken")).toBe(true);
  warn.mockRestore();
});

test("putEntries is one set call; deleteEntries removes by id", async () => {
  const set = jest.spyOn(area, "set");
  await store.putEntries([A, B]);
  expect(set).toHaveBeenCalledTimes(1);
  expect(area.data.get(`entry:${A.id}`)).toEqual(A);
  await store.deleteEntries([A.id]);
  expect([...area.data.keys()]).toEqual([`entry:${B.id}`]);
});

test("onEntriesChanged reports entry:* changes only, until unsubscribed", async () => {
  const seen: Array<Array<{ id: string; name: string | null }>> = [];
  const stop = store.onEntriesChanged((changes) =>
    seen.push(changes.map((c) => ({ id: c.id, name: c.entry?.name ?? null }))),
  );
  await store.putEntry(A);
  await area.set({ "highlight:x": {}, settings: {} });
  await store.deleteEntries([A.id]);
  await tick();
  expect(seen).toEqual([[{ id: A.id, name: "Jerewan" }], [{ id: A.id, name: null }]]);
  stop();
  await store.putEntry(B);
  await tick();
  expect(seen.length).toBe(2);
});

test("a failed write says why, in words", async () => {
  area.failWith = new Error("QUOTA_BYTES quota exceeded");
  await expect(store.putEntry(A)).rejects.toThrow(
    /Could not store the entries: .*storage for this extension is full/,
  );
});

test("restoreEntry puts back a deleted entry, but never over one written again since", async () => {
  await store.putEntries([A, B]);
  await store.deleteEntries([A.id, B.id]);
  const newer = { ...B, note: "neuer", modified: "2026-12-02T10:00:00.000Z" };
  await store.putEntries([newer]);
  expect(await store.restoreEntry(A)).toBe(true);
  expect(await store.restoreEntry(B)).toBe(false);
  const { entries } = await store.readEntries();
  expect(entries.find((e) => e.id === A.id)).toEqual(A);
  expect(entries.find((e) => e.id === B.id)).toEqual(newer);
});
