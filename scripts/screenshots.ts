// npm run build && tsx scripts/screenshots.ts: writes docs/popup-light.png and docs/popup-dark.png, the
// popup over the English demo page in both colour schemes; docs/demo.png, the German demo page with a
// tooltip open; docs/saved.png, a saved highlight with its note; docs/review-light.png and
// docs/review-dark.png, the review page; docs/discover.png, the popup's "Also on this page"; docs/entries.png,
// the review page's "My entries" tab. Also the store screenshots, 1280×800 at scale 1, in store/screenshots/:
// {de,en}-1-tooltip.png, -2-popup.png (the popup drawn over the demo page), -3-review.png, each set shot in a
// browser whose UI speaks that language. Generated, so they match the current code.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page, type Viewport, type WebWorker } from "puppeteer";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "./browser-path";
import { serve } from "./serve";

const ROOT = join(import.meta.dirname, "..");
const DOCS = join(ROOT, "docs");
const STORE = join(ROOT, "store/screenshots");
const SCHEMES = ["light", "dark"] as const;
const STORE_SIZE = { width: 1280, height: 800, deviceScaleFactor: 1 };
type Lang = "de" | "en";

interface Session {
  browser: Browser;
  worker: WebWorker;
  id: string;
  close(): Promise<void>;
}

/** Chromium with the built extension and a fresh profile; `lang` sets the UI language chrome.i18n answers in. */
async function launch(lang: string): Promise<Session> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_MISSING);
  const profile = mkdtempSync(join(tmpdir(), "randnotiz-shots-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: [join(ROOT, "build/chrome")],
    userDataDir: profile,
    args: [...CHROME_ARGS, `--lang=${lang}`],
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const target = await browser.waitForTarget((t) => t.type() === "service_worker", { timeout: 15000 });
    const worker = await target.worker();
    if (!worker) throw new Error("The extension's service worker did not start.");
    // A just-reported worker may not have its chrome.* bindings yet: ask again from here until it does.
    for (let i = 0; i < 200; i++) {
      const id = await worker
        .evaluate(() => (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)
        .catch(() => undefined);
      if (id) return { browser, worker, id, close };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("The extension's service worker has no chrome.runtime.");
  } catch (error) {
    await close();
    throw error;
  }
}

/** The id of the active tab. Without the tabs permission URLs are hidden; the page just opened is the active one. */
function activeTabId(worker: WebWorker): Promise<number> {
  return worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/** A demo page at `viewport`, in front and annotated. */
async function openDemo(browser: Browser, url: string, viewport: Viewport): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const annotated = page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15000 });
  await page.goto(url);
  await annotated;
  await page.bringToFront();
  return page;
}

async function main(): Promise<void> {
  const server = await serve(join(ROOT, "assets/demo"));
  mkdirSync(DOCS, { recursive: true });
  mkdirSync(STORE, { recursive: true });
  try {
    // English UI whatever the machine's locale, so the pictures match the README.
    const en = await launch("en-US");
    try {
      await docsShots(en, server.origin);
      await storeShots(en, server.origin, "en", []);
    } finally {
      await en.close();
    }
    const de = await launch("de-DE");
    try {
      // Headless Chromium reports an English UI whatever --lang says, so choose German as a reader would,
      // in the popup's language setting.
      await de.worker.evaluate(
        async (settings) => {
          // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
          const api = (globalThis as any).chrome;
          await (api.storage.sync ?? api.storage.local).set({ settings });
        },
        { ...DEFAULT_SETTINGS, language: "de" },
      );
      await storeShots(de, server.origin, "de", SAVES_DE);
    } finally {
      await de.close();
    }
  } finally {
    await server.close();
  }
}

/** The README pictures in docs/. */
async function docsShots({ browser, worker, id }: Session, origin: string): Promise<void> {
  const demo = await openDemo(browser, `${origin}/en.html`, { width: 800, height: 600 });
  const tabId = await activeTabId(worker);
  for (const scheme of SCHEMES) {
    const popup = await browser.newPage();
    await popup.setViewport({ width: 340, height: 600, deviceScaleFactor: 2 });
    await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="list"]');
    const main = await popup.$("main");
    await main!.screenshot({ path: wrote(join(DOCS, `popup-${scheme}.png`)) });
    await popup.close();
  }
  await discoverShot(browser, id, tabId);
  await demo.close();
  await entriesShot(browser, worker, id);
  await tooltipShot(browser, worker, `${origin}/de.html`, join(DOCS, "demo.png"), {
    width: 1200,
    height: 760,
  });
  await savedShots(browser, worker, origin, id);
}

/** Logs the path and hands it on, typed for puppeteer's screenshot(). */
function wrote(path: string): `${string}.png` {
  console.log(`Wrote ${path}`);
  return path as `${string}.png`;
}

/** The popup's "Also on this page" section for the English demo page, after the reader asked for it. */
async function discoverShot(browser: Browser, id: string, tabId: number): Promise<void> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 340, height: 900, deviceScaleFactor: 2 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector(".discover-start");
  await popup.click(".discover-start");
  await popup.waitForSelector('.discover [data-state="list"]', { timeout: 30_000 });
  const section = await popup.$("section.discover");
  await section!.screenshot({ path: wrote(join(DOCS, "discover.png")) });
  await popup.close();
}

/** The review page's "My entries" tab with two entries of the reader's own. */
async function entriesShot(browser: Browser, worker: WebWorker, id: string): Promise<void> {
  const entries = [
    [
      "6f1c7f1e-8d43-4c6e-9a57-0b7e8f0c0001",
      "Tbilisi",
      ["Tiflis"],
      "place",
      "Capital of Georgia; talks venue.",
    ],
    [
      "6f1c7f1e-8d43-4c6e-9a57-0b7e8f0c0002",
      "Tian Shan",
      [],
      "place",
      "Mountain range on the Kyrgyz–Tajik border.",
    ],
  ] as const;
  await worker.evaluate(
    async (list) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
      const api = (globalThis as any).chrome;
      const now = "2026-12-02T09:00:00.000Z";
      const items = Object.fromEntries(
        list.map(([uuid, name, aliases, type, note]) => [
          `entry:${uuid}`,
          { v: 1, id: uuid, name, aliases, type, note, link: "", created: now, modified: now },
        ]),
      );
      await api.storage.local.set(items);
    },
    entries as unknown as string[][],
  );
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 520, deviceScaleFactor: 2 });
  await page.goto(`chrome-extension://${id}/review.html?tab=entries`);
  await page.waitForSelector(".entry");
  await page.screenshot({ path: wrote(join(DOCS, "entries.png")) });
  await page.close();
}

/** A demo page scrolled to the alliance (OVKS/CSTO) with its tooltip open, via the reveal message. */
async function tooltipShot(
  browser: Browser,
  worker: WebWorker,
  url: string,
  path: string,
  viewport: Viewport,
): Promise<void> {
  const page = await openDemo(browser, url, viewport);
  await worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    await api.tabs.sendMessage(tab.id, { type: "randnotiz:reveal", entity: "ovks" });
  });
  await new Promise((r) => setTimeout(r, 800));
  // The mark is scrolled to the middle; a long tooltip below it would be cut off, so bring all of it in.
  await page.evaluate(() => {
    const bottom = document.querySelector("randnotiz-tooltip")!.getBoundingClientRect().bottom;
    if (bottom > innerHeight - 16) window.scrollBy({ top: bottom - innerHeight + 16, behavior: "instant" });
  });
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: wrote(path) });
  await page.close();
}

/** What a reader saves on a demo page: [text to select, note]. */
const SAVES: Array<[string, string]> = [
  [
    "Russia appears unmoved by doubts voiced by its ally Armenia",
    "Armenia's doubts about the CSTO: follow up",
  ],
  ["Kremlin spokesman Dmitry Peskov replied on Sunday that the CSTO was serving its purpose", ""],
  ["the suppression of unrest in member state Kazakhstan", "January 2022, CSTO's first deployment"],
];
const SAVES_DE: Array<[string, string]> = [
  [
    "zeigt sich Russland unbeeindruckt von Zweifeln seines Verbündeten Armenien",
    "Armeniens Zweifel an der OVKS: weiterverfolgen",
  ],
  ["Dmitri Peskow erwiderte am Sonntag, die OVKS erfülle ihren Zweck", ""],
  ["die Niederschlagung von Unruhen im Mitgliedsland Kasachstan", "Januar 2022, erster Einsatz der OVKS"],
];

/** Saves passages as a reader would: select, save, type a note. */
async function save(page: Page, worker: WebWorker, saves: Array<[string, string]>): Promise<void> {
  for (const [text, note] of saves) {
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`Not on the page: ${text}`);
    }, text);
    await worker.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
      const api = (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.sendMessage(tab.id, { type: "randnotiz:save-selection" });
    });
    await page.waitForFunction(() => document.querySelector("randnotiz-tooltip")?.checkVisibility());
    await new Promise((r) => setTimeout(r, 300));
    if (note) {
      await page.keyboard.type(note);
      await page.keyboard.press("Enter");
    }
  }
  await page.evaluate(() => document.getSelection()!.removeAllRanges());
  await new Promise((r) => setTimeout(r, 500));
}

/** The review page once its list is drawn. */
async function openReview(browser: Browser, id: string, viewport: Viewport): Promise<Page> {
  const review = await browser.newPage();
  await review.setViewport(viewport);
  await review.goto(`chrome-extension://${id}/review.html`);
  await review.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
  return review;
}

/** Saves SAVES on the English demo page, then shoots the page and the review page. */
async function savedShots(browser: Browser, worker: WebWorker, origin: string, id: string): Promise<void> {
  const page = await openDemo(browser, `${origin}/en.html`, { width: 1200, height: 760 });
  await save(page, worker, SAVES);
  await page.screenshot({ path: wrote(join(DOCS, "saved.png")) });
  await page.close();
  for (const scheme of SCHEMES) {
    const review = await openReview(browser, id, { width: 1100, height: 720 });
    await review.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await review.screenshot({ path: wrote(join(DOCS, `review-${scheme}.png`)) });
    await review.close();
  }
}

/** The store set for one language; `saves` are made first (the English ones already exist from savedShots). */
async function storeShots(session: Session, origin: string, lang: Lang, saves: Array<[string, string]>) {
  const { browser, worker, id } = session;
  const url = `${origin}/${lang}.html`;
  await tooltipShot(browser, worker, url, join(STORE, `${lang}-1-tooltip.png`), STORE_SIZE);

  const demo = await openDemo(browser, url, STORE_SIZE);
  const backdrop = await demo.screenshot({ encoding: "base64" });
  const tabId = await activeTabId(worker);
  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 720, deviceScaleFactor: 1 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-state="list"]');
  const panel = await (await popup.$("main"))!.screenshot({ encoding: "base64" });
  await popup.close();
  // The popup as the toolbar would drop it: top right, over the page it describes.
  const canvas = await browser.newPage();
  await canvas.setViewport(STORE_SIZE);
  await canvas.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;overflow:hidden;
    background:url(data:image/png;base64,${backdrop}) no-repeat"><img src="data:image/png;base64,${panel}"
    style="position:absolute;top:8px;right:24px;max-height:776px;object-fit:cover;object-position:top;
    border-radius:8px;box-shadow:0 8px 32px rgb(0 0 0/.35),0 0 0 1px rgb(0 0 0/.12)"></body>`);
  await canvas.screenshot({ path: wrote(join(STORE, `${lang}-2-popup.png`)) });
  await canvas.close();

  await demo.bringToFront();
  await save(demo, worker, saves);
  await demo.close();
  const review = await openReview(browser, id, STORE_SIZE);
  await review.screenshot({ path: wrote(join(STORE, `${lang}-3-review.png`)) });
  await review.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
