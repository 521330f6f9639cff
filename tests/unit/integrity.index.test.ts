// Derived data heals itself (docs/integrity.md): a page index key deleted or garbled by anyone, or never
// written for lack of room, is noticed and rebuilt without a restart, and meanwhile a page reads its
// highlights directly, so it never misses one that the review page lists.
import { pageIndexKey } from "../../src/core/highlights/index-model";
import { keyOf, newAnnotation } from "../../src/core/highlights/model";
import { INDEX_META_KEY, type WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

const PAGE = "https://news.example/artikel";
let serial = 0;
const annotation = (source = PAGE): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source,
    title: "Artikel",
    quote: { exact: `Zitat ${serial}`, prefix: "", suffix: "", start: null, end: null },
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
  });

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await env.keeper.highlightIndexIdle();
  }
}

async function twenty(): Promise<WebAnnotation[]> {
  const mine = Array.from({ length: 20 }, () => annotation());
  await env.store.putHighlights([...mine, annotation("https://other.example/")]);
  env.stop = env.keeper.startHighlightIndex();
  await settle();
  return mine;
}

const pageIds = async (onDamage?: () => void) =>
  (await env.store.loadPageHighlights([PAGE], onDamage)).map((h) => h.annotation.id).sort();

test.each([
  ["deleted", () => env.area.remove(pageIndexKey(PAGE))],
  ["garbled", () => env.area.set({ [pageIndexKey(PAGE)]: "{nonsense" })],
  ["emptied", () => env.area.set({ [pageIndexKey(PAGE)]: [] })],
  ["meta deleted", () => env.area.remove(INDEX_META_KEY)],
])("a page index %s by someone else is rebuilt at once, without a restart", async (_what, spoil) => {
  const mine = await twenty();
  const all = mine.map((a) => a.id).sort();
  expect(await pageIds()).toEqual(all);
  await spoil();
  await settle();
  const damage = jest.fn();
  expect(await pageIds(damage)).toEqual(all);
  expect(damage).not.toHaveBeenCalled();
  expect((env.area.data.get(pageIndexKey(PAGE)) as string[]).sort()).toEqual(
    mine.map((a) => keyOf(a.id)).sort(),
  );
});

test("while the index is damaged and not yet rebuilt, the page reads its highlights directly and reports it", async () => {
  const mine = await twenty();
  env.stop?.(); // the keeper is not listening (a worker that has not woken yet)
  env.stop = null;
  await env.area.set({ [pageIndexKey(PAGE)]: "{nonsense" });
  const damage = jest.fn();
  expect(await pageIds(damage)).toEqual(mine.map((a) => a.id).sort());
  expect(damage).toHaveBeenCalledTimes(1);
  // What the page reports, the background repairs.
  env.stop = env.keeper.startHighlightIndex();
  await env.keeper.reconcileHighlightIndex();
  await settle();
  const again = jest.fn();
  expect(await pageIds(again)).toHaveLength(20);
  expect(again).not.toHaveBeenCalled();
});

test("room for the highlight but not for its index entry: the page still shows it, and the index follows when room returns", async () => {
  await twenty();
  const error = jest.spyOn(console, "error").mockImplementation(() => {});
  // storage.local refuses index writes only (the highlight itself fits).
  const set = env.area.set.bind(env.area);
  let full = true;
  jest.spyOn(env.area, "set").mockImplementation(async (items) => {
    if (full && Object.keys(items).some((k) => k.startsWith("hlindex:")))
      throw new Error("QUOTA_BYTES quota exceeded");
    return set(items);
  });
  const late = annotation();
  await env.store.saveHighlight(late);
  await settle();
  expect(error).toHaveBeenCalled();
  expect(env.area.data.has(INDEX_META_KEY)).toBe(false);
  const damage = jest.fn();
  expect(await pageIds(damage)).toContain(late.id);
  expect(damage).toHaveBeenCalled();
  // Room returns: something is deleted; the index is rebuilt and trusted again.
  full = false;
  await env.area.remove(
    keyOf((await env.store.loadPageHighlights(["https://other.example/"]))[0]!.annotation.id),
  );
  await settle();
  expect(env.area.data.has(INDEX_META_KEY)).toBe(true);
  expect(env.area.data.get(pageIndexKey(PAGE)) as string[]).toContain(keyOf(late.id));
  const after = jest.fn();
  expect(await pageIds(after)).toContain(late.id);
  expect(after).not.toHaveBeenCalled();
});

test("a page without highlights costs one small read", async () => {
  await twenty();
  env.area.reads = [];
  expect(await env.store.loadPageHighlights(["https://empty.example/"])).toEqual([]);
  expect(env.area.reads).toEqual([[pageIndexKey("https://empty.example/"), INDEX_META_KEY]]);
});
