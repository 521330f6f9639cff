// Open pages are told, not sent (docs/integrity.md): a content script never listens to storage.local. The
// background, which hears every change to keep the page index, tells every tab which keys changed, grouped
// by page, and a frame reads only its own page's highlights; so a 30 MB import is not sent to every frame.
import { pageIndexKey } from "../../src/core/highlights/index-model";
import { keyOf, newAnnotation } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { useStorageModules } from "./fake-storage";

const env = useStorageModules();

let serial = 0;
const annotation = (page: string, note = ""): WebAnnotation => {
  const a = newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`,
    source: `https://news.example/${page}`,
    title: page,
    quote: { exact: `Zitat ${serial}`, prefix: "", suffix: "", start: null, end: null },
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, serial)).toISOString(),
  });
  return note ? { ...a, body: [{ type: "TextualBody", value: note, purpose: "commenting" }] } : a;
};

type Notice = typeof import("../../src/platform/storage-notice");
type Events = typeof import("../../src/platform/storage-events");
let notice: Notice;
let events: Events;
/** Every message the background sent to a tab. */
let sent: unknown[];

/** One tab with a content script: tabs.sendMessage reaches the runtime.onMessage listeners here. */
function oneTab(): void {
  const { browser } = require("../../src/platform/browser") as { browser: Record<string, unknown> };
  const listeners = new Set<(m: unknown) => unknown>();
  (browser.runtime as Record<string, unknown>).onMessage = {
    addListener: (l: (m: unknown) => unknown) => listeners.add(l),
    removeListener: (l: (m: unknown) => unknown) => listeners.delete(l),
  };
  browser.tabs = {
    query: async () => [{ id: 1 }],
    sendMessage: async (_id: number, message: unknown) => {
      sent.push(message);
      for (const l of listeners) l(structuredClone(message));
    },
  };
}

const settle = async () => {
  await env.keeper.highlightIndexIdle();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await env.keeper.highlightIndexIdle();
};

let heard: Array<{ key: string; annotation: WebAnnotation | null }>;
let stops: Array<() => void>;

beforeEach(() => {
  sent = [];
  heard = [];
  stops = [];
  oneTab();
  notice = require("../../src/platform/storage-notice");
  events = require("../../src/platform/storage-events");
  env.stop = env.keeper.startHighlightIndex();
});
afterEach(() => {
  for (const stop of stops) stop();
});

test("a content script adds no storage listener, and hears only its own page's highlights, with their values", async () => {
  const before = env.area.listeners.size;
  stops.push(notice.hearThroughBackground());
  stops.push(
    notice.onPageHighlightsChanged([pageIndexKey("https://news.example/a")], (c) => heard.push(...c)),
  );
  const local: string[] = [];
  stops.push(
    events.onStorageChange((changes, area) => area === "local" && local.push(...Object.keys(changes))),
  );
  // Nothing listens to storage.local in this context: the browser would not send it a single change.
  expect(env.area.listeners.size).toBe(before);

  const mine = [annotation("a"), annotation("a")];
  const others = [annotation("b"), annotation("b"), annotation("b")];
  await env.store.putHighlights([...mine, ...others]);
  await settle();
  expect(heard.map((c) => c.key).sort()).toEqual(mine.map((a) => keyOf(a.id)).sort());
  expect(heard.map((c) => c.annotation?.id).sort()).toEqual(mine.map((a) => a.id).sort());
  // Highlights are never relayed as plain keys: the page reads only its own.
  expect(local).toEqual([]);

  heard.length = 0;
  await env.store.saveHighlight({
    ...mine[0]!,
    body: [{ type: "TextualBody", value: "neu", purpose: "commenting" }],
  });
  await env.store.deleteHighlights([keyOf(mine[1]!.id), keyOf(others[0]!.id)]);
  await settle();
  const last = new Map(heard.map((c) => [c.key, c.annotation]));
  expect(last.get(keyOf(mine[0]!.id))?.body).toEqual([
    { type: "TextualBody", value: "neu", purpose: "commenting" },
  ]);
  expect(last.has(keyOf(mine[1]!.id))).toBe(true);
  expect(last.get(keyOf(mine[1]!.id))).toBeNull();
  expect(last.has(keyOf(others[0]!.id))).toBe(false);
});

test("a highlight moved to another page is taken off the old one", async () => {
  stops.push(notice.hearThroughBackground());
  stops.push(
    notice.onPageHighlightsChanged([pageIndexKey("https://news.example/a")], (c) => heard.push(...c)),
  );
  const a = annotation("a");
  await env.store.putHighlights([a]);
  await settle();
  heard.length = 0;
  await env.store.saveHighlight({ ...a, target: { ...a.target, source: "https://news.example/b" } });
  await settle();
  expect(heard).toHaveLength(1);
  expect(heard[0]!.key).toBe(keyOf(a.id));
  // Its current value: on page b now, which the page itself tells apart (content/saved.ts).
  expect(heard[0]!.annotation?.target.source).toBe("https://news.example/b");
});

test("other keys (settings, the entries' matcher) are relayed with their current value", async () => {
  stops.push(notice.hearThroughBackground());
  const local: Array<[string, unknown]> = [];
  stops.push(
    events.onStorageChange((changes, area) => {
      if (area === "local") for (const [k, c] of Object.entries(changes)) local.push([k, c.newValue]);
    }),
  );
  await env.area.set({ "matcher:entries": { stamp: "x" } });
  await env.area.remove("matcher:entries");
  await settle();
  expect(local.map(([k]) => k)).toEqual(["matcher:entries", "matcher:entries"]);
  // Read when the notice arrived: by then the key was gone again.
  expect(local.at(-1)?.[1]).toBeUndefined();
});

test("an import tells the page once, when it ends, and never while it writes", async () => {
  stops.push(notice.hearThroughBackground());
  stops.push(
    notice.onPageHighlightsChanged([pageIndexKey("https://news.example/a")], (c) => heard.push(...c)),
  );
  const touched: number[] = [];
  stops.push(notice.onPageHighlightsChanged(null, () => touched.push(heard.length)));
  const { importFile } = require("../../src/platform/import") as typeof import("../../src/platform/import");
  const { toCollection } =
    require("../../src/core/highlights/exchange") as typeof import("../../src/core/highlights/exchange");
  const items = [annotation("a"), annotation("b"), annotation("a"), annotation("b")];
  const set = env.area.set.bind(env.area);
  const during: number[] = [];
  jest.spyOn(env.area, "set").mockImplementation(async (values) => {
    await set(values);
    await new Promise((resolve) => setTimeout(resolve, 10));
    during.push(sent.length);
  });
  const file = JSON.stringify(toCollection(items, "2026-12-05T00:00:00.000Z"));
  const outcome = await importFile(file, { highlights: new Set(), entries: new Set() }, undefined, 2);
  expect(outcome).toMatchObject({ ok: true, highlights: 4 });
  // The import's chunks: no tab was told anything while they were written.
  expect(during.slice(0, 2)).toEqual([0, 0]);
  await settle();
  expect(heard.map((c) => c.key).sort()).toEqual([keyOf(items[0]!.id), keyOf(items[2]!.id)].sort());
  expect(touched.length).toBe(1);
});
