// Shared E2E set-up: launch a real browser with the built extension, serve the pages, and ask the
// content script through the extension's own context (service worker in Chromium, extension page in Firefox).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page, type WebWorker } from "puppeteer";
import {
  CHROME_ARGS,
  CHROME_MISSING,
  chromePath,
  FIREFOX_MISSING,
  firefoxPath,
} from "../../scripts/browser-path";
import { type StaticServer, serve } from "../../scripts/serve";
import type { TooltipState } from "../../src/platform/messages";

// import.meta.dirname under tsx (the benchmarks use this harness too), __dirname under jest's CommonJS.
export const ROOT = join(import.meta.dirname ?? __dirname, "../..");
export type BrowserName = "chromium" | "firefox";
export const FIREFOX_ADDON_ID = "randnotiz@randnotiz.example";
const FIREFOX_UUID = "5b6c1d2e-0000-4000-8000-72616e646e6f";

export interface Session {
  name: BrowserName;
  browser: Browser;
  server: StaticServer;
  /** An origin on another host name (localhost) serving the same files, for per-site tests. */
  otherServer: StaticServer;
  /** Evaluates `fn(arg)` inside the extension (where `browser`/`chrome` APIs exist). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** How the browser is started: the colour scheme pages see (the system's when left out). */
export interface LaunchOptions {
  colorScheme?: "light" | "dark";
  /** Firefox preferences for this launch only, e.g. a small storage limit (tests/e2e/import-failure.test.ts). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Chromium: start a copy of build/chrome whose manifest lacks these permissions (e.g. unlimitedStorage). */
  withoutPermissions?: string[];
}

/** build/chrome, or a copy inside `dir` whose manifest lacks `dropped` permissions. */
function chromeExtension(dir: string, dropped: readonly string[] = []): string {
  const built = join(ROOT, "build/chrome");
  if (!dropped.length) return built;
  const copy = join(dir, "extension");
  cpSync(built, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, "manifest.json"), "utf8"));
  manifest.permissions = (manifest.permissions ?? []).filter((p: string) => !dropped.includes(p));
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest));
  return copy;
}

async function chromium(options: LaunchOptions): Promise<{
  browser: Browser;
  ext: (b: Browser) => Promise<WebWorker | Page>;
  dir: string;
}> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_MISSING);
  const dir = mkdtempSync(join(tmpdir(), "randnotiz-chrome-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: [chromeExtension(dir, options.withoutPermissions)],
    userDataDir: join(dir, "profile"),
    // Chromium reads the scheme from the (headless) system theme; --force-dark-mode sets it to dark.
    args: options.colorScheme === "dark" ? [...CHROME_ARGS, "--force-dark-mode"] : CHROME_ARGS,
  });
  const ext = async (b: Browser) => {
    const target = await b.waitForTarget(
      (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
      { timeout: 15000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error("The extension's service worker did not start.");
    // The target can be reported before the extension's bindings (even its timers) exist in it: a test
    // that reaches for chrome.storage at once would find it undefined. Polled from here, not in there.
    for (let i = 0; i < 200; i++) {
      const ready = await worker
        .evaluate(() => !!(globalThis as { chrome?: { storage?: unknown } }).chrome?.storage)
        .catch(() => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    return worker;
  };
  return { browser, ext, dir };
}

/** Firefox's content override for prefers-color-scheme: 0 is dark, 1 is light. */
const FIREFOX_SCHEME = { dark: 0, light: 1 } as const;

async function firefox(options: LaunchOptions): Promise<{
  browser: Browser;
  ext: (b: Browser) => Promise<WebWorker | Page>;
  dir: string;
}> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const dir = mkdtempSync(join(tmpdir(), "randnotiz-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    userDataDir: dir,
    // Lets WebDriver BiDi open the extension's own page in a tab, from which the test uses its APIs.
    args: ["-remote-allow-system-access"],
    extraPrefsFirefox: {
      // A fixed internal UUID lets the test open an extension page at a known moz-extension:// URL.
      "extensions.webextensions.uuids": JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      "extensions.webextOptionalPermissionPrompts": false,
      // puppeteer cannot emulate media features over WebDriver BiDi: the scheme is a preference.
      ...(options.colorScheme
        ? { "layout.css.prefers-color-scheme.content-override": FIREFOX_SCHEME[options.colorScheme] }
        : {}),
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(join(ROOT, "build/firefox"));
  const ext = async (b: Browser) =>
    gotoExtensionPage(await b.newPage(), `moz-extension://${FIREFOX_UUID}/popup.html`);
  return { browser, ext, dir };
}

/** Opens an extension page. BiDi never reports a moz-extension:// navigation as finished, so poll. */
async function gotoExtensionPage(page: Page, url: string): Promise<Page> {
  if (url.startsWith("chrome-extension://")) {
    await page.goto(url);
    return page;
  }
  await page.goto(url, { timeout: 500 }).catch(() => {});
  for (let i = 0; i < 50; i++) {
    const href = await page.evaluate(() => location.href).catch(() => "");
    if (href === url) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The browser did not open ${url}`);
}

/** Opens `path` of the built extension (for example "popup.html?tab=3") in a new tab. */
export async function openExtensionPage(
  session: Session,
  path: string,
  prepare?: (page: Page) => void,
): Promise<Page> {
  const origin =
    session.name === "chromium"
      ? await session.inExtension(() => location.origin, null)
      : `moz-extension://${FIREFOX_UUID}`;
  const page = await session.browser.newPage();
  prepare?.(page);
  return gotoExtensionPage(page, `${origin}/${path}`);
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const { browser, ext, dir } = name === "chromium" ? await chromium(options) : await firefox(options);
  const server = await serve(ROOT);
  const otherServer = await serve(ROOT, 0, "localhost");
  // Opened first, so that in Firefox the extension's own tab never becomes the test page's rival for "active".
  const context = await ext(browser);
  return {
    name,
    browser,
    server,
    otherServer,
    async inExtension(fn, arg) {
      // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate typing cannot express this generic.
      return (context as any).evaluate(fn, arg);
    },
    async close() {
      await browser.close();
      await server.close();
      await otherServer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens `path` (relative to the repo root) and waits until the first annotation pass is done. */
export async function openAnnotated(
  session: Session,
  path: string,
  origin = session.server.origin,
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await session.browser.newPage();
  await prepare?.(page);
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { __annotated: Promise<void> }).__annotated = new Promise((resolve) =>
      document.addEventListener("randnotiz:annotated", () => resolve(), { once: true }),
    );
  });
  await page.goto(`${origin}/${path}`);
  await page.evaluate(() => (window as unknown as { __annotated: Promise<void> }).__annotated);
  return page;
}

export interface AnnotationsAnswer {
  url: string;
  annotations: Array<{ entity: string; exact: string; start: number; end: number }>;
}

/**
 * The extension's id for `page`'s tab. Without the "tabs" permission the extension cannot see tab URLs,
 * so the page is brought to the front and the extension asks for the active tab.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.inExtension(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error("No active tab");
    return tab.id as number;
  }, null);
}

/** Sends `message` to `page`'s content script with tabs.sendMessage, from inside the extension. */
export async function askTab<R>(session: Session, page: Page, message: Record<string, unknown>): Promise<R> {
  const tabId = await tabIdOf(session, page);
  return session.inExtension(
    async ({ tabId, message }) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.sendMessage(tabId, message);
    },
    { tabId, message },
  );
}

export function annotationsOf(session: Session, page: Page): Promise<AnnotationsAnswer> {
  return askTab(session, page, { type: "randnotiz:annotations" });
}

/** Writes settings into extension storage, as the popup would; every tab applies them at once. */
export async function setSettings(session: Session, settings: object): Promise<void> {
  await session.inExtension(async (value) => {
    // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await (api.storage.sync ?? api.storage.local).set({ settings: value });
  }, settings);
}

/** Resolves on the next `randnotiz:annotated` event in `page`, after `action` ran. */
export async function nextPass(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __pass: Promise<void> }).__pass = new Promise((resolve) =>
      document.addEventListener("randnotiz:annotated", () => resolve(), { once: true }),
    );
  });
  await action();
  await page.evaluate(() => (window as unknown as { __pass: Promise<void> }).__pass);
}

/** The concatenated data of every Text node under body: what annotation offsets index into. */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) all += (n as Text).data;
    return all;
  });
}

/** The middle of the first `word` in body text, scrolled into view. */
export function pointOn(page: Page, word: string) {
  return page.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(word);
      if (i < 0) continue;
      n.parentElement!.scrollIntoView({ block: "center", behavior: "instant" });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + word.length);
      const { left, top, width, height } = range.getBoundingClientRect();
      return { x: left + width / 2, y: top + height / 2 };
    }
    throw new Error(`"${word}" is not on the page`);
  }, word);
}

/** Records long tasks and our measures from the page's start, before any content script runs. */
export async function recordTiming(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]> };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // Firefox has no longtask entries; the measures alone are checked there.
    }
  });
}

export interface Timing {
  sum: number;
  max: number;
  count: number;
  /** From the start of the first measure to the last measure's end. */
  wall: number;
  /** Long tasks (ms) that contain one of our measures. */
  ourLongTasks: number[];
}

export function readTiming(page: Page): Promise<Timing> {
  return page.evaluate(() => {
    const measures = performance.getEntriesByName("randnotiz:annotate");
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks ?? [];
    const ours = tasks.filter(([start, duration]) =>
      measures.some((m) => m.startTime >= start && m.startTime + m.duration <= start + duration + 1),
    );
    const first = Math.min(...measures.map((m) => m.startTime));
    const last = Math.max(...measures.map((m) => m.startTime + m.duration));
    return {
      sum: measures.reduce((s, m) => s + m.duration, 0),
      max: Math.max(0, ...measures.map((m) => m.duration)),
      count: measures.length,
      wall: last - first,
      ourLongTasks: ours.map(([, d]) => d),
    };
  });
}

/** Polls `probe` until `ok` accepts its value (8 s unless `ms` says); the error names what never happened. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  ms = 8000,
): Promise<T> {
  let last: T | undefined;
  for (const start = Date.now(); Date.now() - start < ms; ) {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/**
 * Hovers the point `aim` returns until `ok` accepts the tooltip state. A pass that re-marks the page (a
 * settings write or a freshly compiled matcher arriving after the first pass) replaces the mark under a
 * resting pointer, and no new mouseover fires until the pointer moves; so about every half second the pointer
 * leaves and comes back, aiming again at where the word is drawn now.
 */
export async function hoverUntil(
  session: Session,
  page: Page,
  aim: () => Promise<{ x: number; y: number }>,
  ok: (state: TooltipState) => boolean,
  what: string,
): Promise<TooltipState> {
  let polls = 0;
  return waitFor(
    async () => {
      if (polls++ % 5 === 0) {
        const at = await aim();
        await page.mouse.move(2, 2);
        await page.mouse.move(at.x, at.y, { steps: 2 });
      }
      return askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
    },
    ok,
    what,
  );
}
