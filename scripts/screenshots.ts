// npm run build && tsx scripts/screenshots.ts: writes docs/popup-light.png and docs/popup-dark.png, the
// popup over the English demo page in both colour schemes; docs/demo.png, the German demo page with a
// tooltip open; docs/saved.png, a saved highlight with its note; docs/review-light.png and
// docs/review-dark.png, the review page; docs/discover.png, the popup's "Also on this page"; docs/entries.png,
// the review page's "My entries" tab; the keeping pictures (scripts/keeping-shots.ts); and the store set
// (scripts/store-screenshots.ts). Generated, so they match the current code.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, WebWorker } from "puppeteer";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { keepingShots } from "./keeping-shots";
import { serve } from "./serve";
import {
  activeTabId,
  launch,
  openDemo,
  openReview,
  ROOT,
  SAVES,
  SAVES_DE,
  type Session,
  save,
  tooltipShot,
  wrote,
} from "./shots-kit";
import { STORE, storeShots } from "./store-screenshots";

const DOCS = join(ROOT, "docs");
const SCHEMES = ["light", "dark"] as const;

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
    // In a profile of their own: their tags and colours stay out of the pictures above.
    await keepingShots(server.origin);
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

/** The popup's "Also on this page" section for the English demo page, after the reader asked for it. */
async function discoverShot(browser: Browser, id: string, tabId: number): Promise<void> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 340, height: 900, deviceScaleFactor: 2 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector(".discover-start:not([disabled])");
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
