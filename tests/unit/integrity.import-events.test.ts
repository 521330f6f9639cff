// While an import writes, the importing page hears no storage change (docs/integrity.md, "Fast and whole"):
// each would carry thousands of items for the page to receive and decode. When the import ends, the page
// hears its items once, and every other writer's change that happened meanwhile, as the background saw it.
import { toCollection } from "../../src/core/highlights/exchange";
import { keyOf, newAnnotation } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

let serial = 0;
const annotation = (): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source: "https://news.example/artikel",
    title: "Artikel",
    quote: { exact: `Zitat ${serial}`, prefix: "", suffix: "", start: null, end: null },
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
  });
const none = { highlights: new Set<string>(), entries: new Set<string>() };
const file = (items: WebAnnotation[]) => JSON.stringify(toCollection(items, "2026-12-05T00:00:00.000Z"));
const later = () => new Promise((resolve) => setTimeout(resolve, 5));
/** A write of the import (highlights), not one of the background's index writes. */
const importWrite = (values: object) => Object.keys(values).some((k) => k.startsWith("highlight:"));

type Module = typeof import("../../src/platform/import");
let importFile: Module["importFile"];
/** Every highlight change the page heard, in order, and what it had heard when each import write resolved. */
let heard: Array<{ key: string; annotation: WebAnnotation | null }>;
let stopHearing: () => void;

beforeEach(async () => {
  env.stop = env.keeper.startHighlightIndex();
  importFile = (require("../../src/platform/import") as Module).importFile;
  heard = [];
  stopHearing = env.store.onHighlightsChanged((changes) => heard.push(...changes));
});
afterEach(() => stopHearing());

test("the page hears nothing while it imports, then each imported item once", async () => {
  const items = Array.from({ length: 6 }, () => annotation());
  const heardDuring: number[] = [];
  const set = env.area.set.bind(env.area);
  jest.spyOn(env.area, "set").mockImplementation(async (values) => {
    await set(values);
    await later(); // the change events of this write have been delivered by now
    // The import's writes only, not the background's index writes (on a slow machine, one may come late).
    if (importWrite(values)) heardDuring.push(heard.length);
  });
  const outcome = await importFile(file(items), none, undefined, 2);
  expect(outcome).toMatchObject({ ok: true, highlights: 6 });
  expect(heardDuring.slice(0, 3)).toEqual([0, 0, 0]);
  await later();
  expect(heard.map((c) => c.key).sort()).toEqual(items.map((a) => keyOf(a.id)).sort());
  expect(heard.every((c) => c.annotation !== null)).toBe(true);
  // Listening again: a change after the import is heard live.
  const next = annotation();
  await env.store.putHighlights([next]);
  await later();
  expect(heard.at(-1)?.key).toBe(keyOf(next.id));
});

test("a change another tab makes during the import is heard when it ends, with its current value", async () => {
  const stored = annotation();
  await env.store.putHighlights([stored]);
  await env.keeper.highlightIndexIdle();
  await later();
  heard.length = 0;
  const other = annotation();
  const set = env.area.set.bind(env.area);
  let writes = 0;
  jest.spyOn(env.area, "set").mockImplementation(async (values) => {
    await set(values);
    // Another tab, between the import's first and second chunk: saves one highlight, deletes another.
    if (importWrite(values) && ++writes === 1) {
      await set({ [keyOf(other.id)]: other });
      await env.area.remove(keyOf(stored.id));
    }
  });
  const outcome = await importFile(file([annotation(), annotation(), annotation()]), none, undefined, 2);
  expect(outcome).toMatchObject({ ok: true, highlights: 3 });
  await later();
  const byKey = new Map(heard.map((c) => [c.key, c.annotation]));
  expect(byKey.get(keyOf(other.id))?.id).toBe(other.id);
  expect(byKey.has(keyOf(stored.id))).toBe(true);
  expect(byKey.get(keyOf(stored.id))).toBeNull();
  expect(heard).toHaveLength(5);
});

test("an import rolled back is never heard; other changes meanwhile are", async () => {
  const other = annotation();
  const set = env.area.set.bind(env.area);
  let writes = 0;
  jest.spyOn(env.area, "set").mockImplementation(async (values) => {
    if (importWrite(values) && ++writes === 2) {
      await set({ [keyOf(other.id)]: other });
      throw new Error("QUOTA_BYTES quota exceeded");
    }
    await set(values);
  });
  const outcome = await importFile(file([annotation(), annotation(), annotation()]), none, undefined, 2);
  expect(outcome).toMatchObject({ ok: false, changed: false });
  await later();
  expect(heard.map((c) => c.key)).toEqual([keyOf(other.id)]);
});
