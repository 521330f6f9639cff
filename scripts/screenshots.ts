// npm run build && tsx scripts/screenshots.ts: writes docs/popup-light.png and docs/popup-dark.png, the
// popup over the English demo page in both colour schemes; docs/demo.png, the German demo page with a
// tooltip open; docs/saved.png, a saved highlight with its note; docs/review-light.png and
// docs/review-dark.png, the review page; docs/discover.png, the popup's "Also on this page"; docs/entries.png,
// the review page's "My entries" tab. Generated, so they match the current code.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type WebWorker } from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "./browser-path";
import { serve } from "./serve";

const ROOT = join(import.meta.dirname, "..");
const DOCS = join(ROOT, "docs");
const SCHEMES = ["light", "dark"] as const;

async function main(): Promise<void> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_MISSING);
  const profile = mkdtempSync(join(tmpdir(), "randnotiz-shots-"));
  const server = await serve(join(ROOT, "assets/demo"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: [join(ROOT, "build/chrome")],
    userDataDir: profile,
    // English UI whatever the machine's locale, so the pictures match the README.
    args: [...CHROME_ARGS, "--lang=en-US"],
  });
  try {
    const worker = await (
      await browser.waitForTarget((t) => t.type() === "service_worker", { timeout: 15000 })
    ).worker();
    if (!worker) throw new Error("The extension's service worker did not start.");
    const demo = await browser.newPage();
    const annotated = demo.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15000 });
    await demo.goto(`${server.origin}/en.html`);
    await annotated;
    const { id, tabId } = await worker.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
      const api = (globalThis as any).chrome;
      // Without the tabs permission URLs are hidden; the demo tab is the active one.
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return { id: api.runtime.id as string, tabId: tab.id as number };
    });
    mkdirSync(DOCS, { recursive: true });
    for (const scheme of SCHEMES) {
      const popup = await browser.newPage();
      await popup.setViewport({ width: 340, height: 600, deviceScaleFactor: 2 });
      await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-state="list"]');
      const main = await popup.$("main");
      const path = join(DOCS, `popup-${scheme}.png`) as `${string}.png`;
      await main!.screenshot({ path });
      console.log(`Wrote ${path}`);
      await popup.close();
    }
    await discoverShot(browser, id, tabId);
    await entriesShot(browser, worker, id);
    await tooltipShot(browser, worker, `${server.origin}/de.html`);
    await savedShots(browser, worker, server.origin, id);
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
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
  const path = join(DOCS, "discover.png") as `${string}.png`;
  await section!.screenshot({ path });
  console.log(`Wrote ${path}`);
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
  const path = join(DOCS, "entries.png") as `${string}.png`;
  await page.screenshot({ path });
  console.log(`Wrote ${path}`);
  await page.close();
}

/** The German demo page, scrolled to the OVKS in the article with its tooltip open (via the reveal message). */
async function tooltipShot(browser: Browser, worker: WebWorker, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 760 });
  const annotated = page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15000 });
  await page.goto(url);
  await annotated;
  await page.bringToFront();
  await worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    await api.tabs.sendMessage(tab.id, { type: "randnotiz:reveal", entity: "ovks" });
  });
  await new Promise((r) => setTimeout(r, 800));
  const path = join(DOCS, "demo.png") as `${string}.png`;
  await page.screenshot({ path });
  console.log(`Wrote ${path}`);
  await page.close();
}

/** What a reader saves on the English demo page: [text to select, note]. */
const SAVES: Array<[string, string]> = [
  [
    "Russia appears unmoved by doubts voiced by its ally Armenia",
    "Armenia's doubts about the CSTO: follow up",
  ],
  ["Kremlin spokesman Dmitry Peskov replied on Sunday that the CSTO was serving its purpose", ""],
  ["the suppression of unrest in member state Kazakhstan", "January 2022, CSTO's first deployment"],
];

/** Saves a few passages as a reader would (select, save, type a note), then shoots the page and the review page. */
async function savedShots(browser: Browser, worker: WebWorker, origin: string, id: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 760 });
  const annotated = page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15000 });
  await page.goto(`${origin}/en.html`);
  await annotated;
  await page.bringToFront();
  for (const [text, note] of SAVES) {
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
  const path = join(DOCS, "saved.png") as `${string}.png`;
  await page.screenshot({ path });
  console.log(`Wrote ${path}`);
  await page.close();
  for (const scheme of SCHEMES) {
    const review = await browser.newPage();
    await review.setViewport({ width: 1100, height: 720 });
    await review.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await review.goto(`chrome-extension://${id}/review.html`);
    await review.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
    const shot = join(DOCS, `review-${scheme}.png`) as `${string}.png`;
    await review.screenshot({ path: shot });
    console.log(`Wrote ${shot}`);
    await review.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
