// An import whose background does not say what changed meanwhile (docs/integrity.md, "Fast and whole"): the
// importing page must still end up with the right view. Without a hold it keeps listening; with a hold whose
// answer never comes (a busy or restarted background), it reads storage whole and hears every change.
import { toCollection } from "../../src/core/highlights/exchange";
import { keyOf, newAnnotation } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import type { Runtime } from "../../src/platform/browser";
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

type Module = typeof import("../../src/platform/import");
let importFile: Module["importFile"];
let heard: Array<{ key: string; annotation: WebAnnotation | null }>;
let stopHearing: () => void;

/** A background that says it holds back and then never answers the end (no index keeper runs). */
function mutedBackground(): void {
  const { browser } = require("../../src/platform/browser") as typeof import("../../src/platform/browser");
  browser.runtime.onConnect.addListener((port: Runtime.Port) => port.postMessage({ held: true }));
}

beforeEach(() => {
  importFile = (require("../../src/platform/import") as Module).importFile;
  heard = [];
  stopHearing = env.store.onHighlightsChanged((changes) => heard.push(...changes));
});
afterEach(() => stopHearing());

/** Another tab, between the import's first and second write: saves one highlight, deletes another. */
function otherTabDuringImport(save: WebAnnotation, drop: WebAnnotation, heardDuring: number[]): void {
  const set = env.area.set.bind(env.area);
  let writes = 0;
  jest.spyOn(env.area, "set").mockImplementation(async (values) => {
    await set(values);
    await later();
    heardDuring.push(heard.length);
    if (Object.keys(values).some((k) => k.startsWith("highlight:")) && ++writes === 1) {
      await set({ [keyOf(save.id)]: save });
      await env.area.remove(keyOf(drop.id));
    }
  });
}

/** One stored highlight, then a 3-item import in chunks of 2 while another tab adds one and deletes the stored one. */
async function importWhileAnotherTabWrites() {
  const stored = annotation();
  await env.store.putHighlights([stored]);
  await later();
  heard.length = 0;
  const other = annotation();
  const heardDuring: number[] = [];
  otherTabDuringImport(other, stored, heardDuring);
  const items = [annotation(), annotation(), annotation()];
  const outcome = await importFile(file(items), none, undefined, 2);
  return { stored, other, items, heardDuring, outcome };
}

/** What the page heard once things settled, by storage key. */
async function heardByKey() {
  await later();
  return new Map(heard.map((c) => [c.key, c.annotation]));
}

test("a background that never answers the end: the page reads storage and hears every change meanwhile", async () => {
  mutedBackground();
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  const { stored, other, items, heardDuring, outcome } = await importWhileAnotherTabWrites();
  expect(outcome).toMatchObject({ ok: true, highlights: 3 });
  // It held back: nothing was heard while it wrote.
  expect(heardDuring[0]).toBe(0);
  const byKey = await heardByKey();
  expect(byKey.get(keyOf(other.id))?.id).toBe(other.id);
  expect(byKey.has(keyOf(stored.id))).toBe(true);
  expect(byKey.get(keyOf(stored.id))).toBeNull();
  for (const item of items) expect(byKey.get(keyOf(item.id))?.id).toBe(item.id);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("did not say what changed"));
}, 15_000);

test("a background that does not answer at all: the page keeps listening and hears everything live", async () => {
  const { stored, other, items, heardDuring, outcome } = await importWhileAnotherTabWrites();
  expect(outcome).toMatchObject({ ok: true, highlights: 3 });
  // Heard live: the first chunk's two items were heard before the second write resolved.
  expect(heardDuring[0]).toBeGreaterThanOrEqual(2);
  const byKey = await heardByKey();
  expect(byKey.get(keyOf(other.id))?.id).toBe(other.id);
  expect(byKey.get(keyOf(stored.id))).toBeNull();
  for (const item of items) expect(byKey.get(keyOf(item.id))?.id).toBe(item.id);
}, 15_000);
