// Shared by scripts/screenshots.ts (the README pictures) and scripts/store-screenshots.ts (the store set):
// a Chromium with the built extension, the demo pages, saving passages as a reader would, the review page.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page, type Viewport, type WebWorker } from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "./browser-path";

export const ROOT = join(import.meta.dirname, "..");
export type Lang = "de" | "en";

export interface Session {
  browser: Browser;
  worker: WebWorker;
  id: string;
  close(): Promise<void>;
}

/** Chromium with the built extension and a fresh profile; `lang` sets the UI language chrome.i18n answers in. */
export async function launch(lang: string): Promise<Session> {
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
export function activeTabId(worker: WebWorker): Promise<number> {
  return worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/** A demo page at `viewport`, in front and annotated. */
export async function openDemo(browser: Browser, url: string, viewport: Viewport): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const annotated = page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15000 });
  await page.goto(url);
  await annotated;
  await page.bringToFront();
  return page;
}

/** Logs the path and hands it on, typed for puppeteer's screenshot(). */
export function wrote(path: string): `${string}.png` {
  console.log(`Wrote ${path}`);
  return path as `${string}.png`;
}

/** A demo page scrolled to the alliance (OVKS/CSTO) with its tooltip open, via the reveal message. */
export async function tooltipShot(
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
export const SAVES: Array<[string, string]> = [
  [
    "Russia appears unmoved by doubts voiced by its ally Armenia",
    "Armenia's doubts about the CSTO: follow up",
  ],
  ["Kremlin spokesman Dmitry Peskov replied on Sunday that the CSTO was serving its purpose", ""],
  ["the suppression of unrest in member state Kazakhstan", "January 2022, CSTO's first deployment"],
];
export const SAVES_DE: Array<[string, string]> = [
  [
    "zeigt sich Russland unbeeindruckt von Zweifeln seines Verbündeten Armenien",
    "Armeniens Zweifel an der OVKS: weiterverfolgen",
  ],
  ["Dmitri Peskow erwiderte am Sonntag, die OVKS erfülle ihren Zweck", ""],
  ["die Niederschlagung von Unruhen im Mitgliedsland Kasachstan", "Januar 2022, erster Einsatz der OVKS"],
];

/** Saves passages as a reader would: select, save, type a note. */
export async function save(page: Page, worker: WebWorker, saves: Array<[string, string]>): Promise<void> {
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
export async function openReview(browser: Browser, id: string, viewport: Viewport): Promise<Page> {
  const review = await browser.newPage();
  await review.setViewport(viewport);
  await review.goto(`chrome-extension://${id}/review.html`);
  await review.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
  return review;
}
