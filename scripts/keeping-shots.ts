// npm run build && tsx scripts/keeping-shots.ts: the keeping pictures in docs/ (docs/keeping.md), in a
// fresh English profile: docs/keeping-colours.png, the demo page with passages in the five marker colours
// and one passage's tooltip open on its colours and tags; docs/keeping-tags.png, the review page filtered
// by a tag (?tag=) with the tag list; docs/keeping-about.png, a name's tooltip saying what the reader saved
// about it; docs/keeping-timeline.png, that name's timeline on the review page (?name=). Also run by
// scripts/screenshots.ts, so the pictures match the current code.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer";
import { withColour, withTags } from "../src/core/highlights/keeping";
import type { Colour, TextQuoteSelector, WebAnnotation } from "../src/core/highlights/types";
import { serve } from "./serve";
import { launch, openDemo, ROOT, SAVES, type Session, save, wrote } from "./shots-kit";

const DOCS = join(ROOT, "docs");
const CSTO = "ovks";

/** Each saved passage (its start) with the tags and colour a reader gave it. */
const KEPT: Array<[string, string[], Colour]> = [
  ["Russia appears unmoved", ["alliances", "follow up"], "pink"],
  ["Kremlin spokesman", ["quotes", "alliances"], "blue"],
  ["the suppression of unrest", ["alliances", "kazakhstan"], "green"],
  ["Tokayev consolidated his power", ["kazakhstan"], "purple"],
  ["The CSTO was founded", ["alliances", "background"], "yellow"],
];
const MORE_SAVES: Array<[string, string]> = [
  ["Tokayev consolidated his power and moved to a cautious distance from Russia", ""],
  ["The CSTO was founded in the early 1990s as a counterweight to NATO", ""],
];

/** Tags and colours the stored highlights as KEPT says, as the tooltip would. */
async function keep(session: Session): Promise<Record<string, WebAnnotation>> {
  const stored = await session.worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const all: Record<string, unknown> = await api.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("highlight:")));
  });
  const now = new Date().toISOString();
  const next: Record<string, WebAnnotation> = {};
  for (const [key, value] of Object.entries(stored as Record<string, WebAnnotation>)) {
    const exact =
      value.target.selector.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector")?.exact ?? "";
    const kept = KEPT.find(([start]) => exact.startsWith(start));
    if (!kept) throw new Error(`No tags for ${key}`);
    next[key] = withColour(withTags(value, kept[1], now), kept[2], now);
  }
  await session.worker.evaluate(async (items) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    await (globalThis as any).chrome.storage.local.set(items);
  }, next);
  return next;
}

/** Sends a message to the active tab's content script. */
function askPage(session: Session, message: Record<string, unknown>): Promise<unknown> {
  return session.worker.evaluate(async (message) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.tabs.sendMessage(tab.id, message);
  }, message);
}

/** Waits until the tooltip is open and says `text`. */
async function tooltipSays(session: Session, text: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const state = (await askPage(session, { type: "randnotiz:tooltip-state" })) as {
      open: boolean;
      text: string;
    };
    if (state.open && state.text.includes(text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The tooltip never said ${text}`);
}

/** Brings the whole tooltip into the viewport, then shoots the page. */
async function shootWithTooltip(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    const box = document.querySelector("randnotiz-tooltip")!.getBoundingClientRect();
    if (box.bottom > innerHeight - 16)
      window.scrollBy({ top: box.bottom - innerHeight + 16, behavior: "instant" });
  });
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: wrote(path) });
}

async function reviewShot(session: Session, search: string, path: string): Promise<void> {
  const review = await session.browser.newPage();
  await review.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await review.goto(`chrome-extension://${session.id}/review.html${search}`);
  await review.waitForSelector(".review[data-ready='true'] article.item");
  await review.screenshot({ path: wrote(path) });
  await review.close();
}

export async function keepingShots(origin: string): Promise<void> {
  const session = await launch("en-US");
  try {
    const page = await openDemo(session.browser, `${origin}/en.html`, { width: 1200, height: 1000 });
    await save(page, session.worker, [...SAVES, ...MORE_SAVES]);
    const kept = await keep(session);
    await page.waitForFunction(() => CSS.highlights.has("randnotiz-purple"));
    const peskov = Object.values(kept).find((a) => a.target.styleClass === "randnotiz-blue")!;
    await askPage(session, { type: "randnotiz:reveal-highlight", id: peskov.id });
    await tooltipSays(session, "quotes");
    await shootWithTooltip(page, join(DOCS, "keeping-colours.png"));
    await page.keyboard.press("Escape");
    // "You saved …" ends a long tooltip: a taller window shows all of it.
    await page.setViewport({ width: 1200, height: 1400 });
    await askPage(session, { type: "randnotiz:reveal", entity: CSTO });
    await tooltipSays(session, "You saved");
    await shootWithTooltip(page, join(DOCS, "keeping-about.png"));
    await page.close();
    await reviewShot(session, "?tag=alliances", join(DOCS, "keeping-tags.png"));
    await reviewShot(session, `?name=${CSTO}`, join(DOCS, "keeping-timeline.png"));
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const server = await serve(join(ROOT, "assets/demo"));
  try {
    await keepingShots(server.origin);
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
