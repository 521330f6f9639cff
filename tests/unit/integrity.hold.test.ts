// While an import writes, the background holds back its derived work and does it once when the import ends,
// however it ends (docs/integrity.md, "Fast and whole"): the port the import keeps open closes when it is
// done, and also when its tab closes.
import { pageIndexKey } from "../../src/core/highlights/index-model";
import { keyOf, newAnnotation } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

const PAGE = "https://news.example/artikel";
let serial = 0;
const annotation = (): WebAnnotation =>
  newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source: PAGE,
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

const indexed = () => ((env.area.data.get(pageIndexKey(PAGE)) as string[] | undefined) ?? []).length;
const snapshotCount = async () => (await env.snapshot.readSnapshot())?.records.length ?? 0;
const hold = () =>
  (
    require("../../src/platform/import-hold") as typeof import("../../src/platform/import-hold")
  ).holdBackground();

beforeEach(async () => {
  env.stop = env.keeper.startHighlightIndex();
  await env.store.putHighlights([annotation(), annotation()]);
  await settle();
  expect(indexed()).toBe(2);
});

test("an import's writes are indexed once, when it ends, not chunk by chunk", async () => {
  const release = await hold();
  const writes = jest.spyOn(env.area, "set");
  await env.store.putHighlights([annotation(), annotation()]);
  await env.store.putHighlights([annotation()]);
  await settle();
  expect(indexed()).toBe(2);
  expect(await env.snapshot.readIndex()).toBe("behind"); // readers wait for the import
  await release.end();
  await settle();
  expect(indexed()).toBe(5);
  expect(await snapshotCount()).toBe(5);
  // One index write for the import's two chunks: the highlights' own two, then the index's one.
  expect(
    writes.mock.calls.filter(([items]) => Object.keys(items).some((k) => k.startsWith("hlindex:"))),
  ).toHaveLength(1);
});

test("an import rolled back while held leaves the index and the snapshot as they were", async () => {
  const release = await hold();
  const added = [annotation(), annotation()];
  await env.store.putHighlights(added);
  await env.area.remove(added.map((a) => keyOf(a.id)));
  await release.end();
  await settle();
  expect(indexed()).toBe(2);
  expect(await snapshotCount()).toBe(2);
});

test("released twice, then held again: the background follows every change after each release", async () => {
  // Releasing closes the page's end of the port; a closing tab does the same, which the background cannot
  // tell apart.
  const release = await hold();
  await env.store.putHighlights([annotation()]);
  await release.end();
  expect(await release.end()).toBeNull(); // a second close changes nothing (the count of holds must not go below zero)
  await settle();
  expect(indexed()).toBe(3);
  // Held again: it holds back again (the second close did not count twice), and follows once released.
  const again = await hold();
  await env.store.putHighlights([annotation()]);
  await settle();
  expect(indexed()).toBe(3);
  await again.end();
  await settle();
  expect(indexed()).toBe(4);
});

test("while an import holds back, the snapshot says it is behind, so a review page opened now waits", async () => {
  expect(await env.snapshot.readIndex()).not.toBe("behind");
  const held = await hold();
  await settle();
  expect(await env.snapshot.readIndex()).toBe("behind");
  await env.store.putHighlights([annotation()]);
  await held.end();
  await settle();
  const after = await env.snapshot.readIndex();
  expect(after).not.toBe("behind");
  expect(after && after !== "behind" ? after.index.page.length : 0).toBe(3);
});

test("an import that wrote nothing leaves the snapshot current again", async () => {
  const held = await hold();
  await settle();
  await held.end();
  await settle();
  const after = await env.snapshot.readIndex();
  expect(after && after !== "behind" ? after.index.page.length : 0).toBe(2);
});
