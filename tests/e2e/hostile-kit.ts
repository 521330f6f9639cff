// Shared tools for the hostile-page E2E files: a server that can send any content type and header, and
// page probes written without Array methods, JSON or Promise, so that a page which sabotaged its own
// world cannot break the test's reading of it.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import type { Frame, Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { type BrowserName, hoverUntil, launch, ROOT, type Session, setSettings, waitFor } from "./harness";

export const FIXTURES = "tests/fixtures/pages/hostile";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xhtml": "application/xhtml+xml; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the repo root like scripts/serve.ts, plus .xhtml and .txt types and extra headers per path
 * (scripts/serve.ts sends one content type per extension and no other headers).
 */
export function serveFixtures(headers: Record<string, Record<string, string>> = {}): Promise<FixtureServer> {
  const base = resolve(ROOT);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, ...headers[path.slice(1)] });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      ok({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Browsers keep connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The settings the hostile-page files start from: German tooltips that open quickly. */
export const FIXTURE_SETTINGS = { ...DEFAULT_SETTINGS, language: "de", tooltipDelay: 100 };

/**
 * One browser and one fixture server for a describe block, with FIXTURE_SETTINGS; both are closed after it.
 * Read `session` and `server` inside tests only: they exist once beforeAll has run.
 */
export function fixtureSession(
  name: BrowserName,
  headers: Record<string, Record<string, string>> = {},
): { session: Session; server: FixtureServer } {
  const env = {} as { session: Session; server: FixtureServer };
  beforeAll(async () => {
    env.session = await launch(name);
    env.server = await serveFixtures(headers);
    await setSettings(env.session, FIXTURE_SETTINGS);
  });
  afterAll(async () => {
    await env.server?.close();
    await env.session?.close();
  });
  return env;
}

/** Errors and warnings that name us (our code logs "Randnotiz: …"; a crash names content.js). */
export function watchOurErrors(page: Page): string[] {
  const errors: string[] = [];
  const ours = (text: string) => /randnotiz|content\.js|(chrome|moz)-extension:/i.test(text);
  page.on("console", (m) => {
    if ((m.type() === "error" || m.type() === "warn") && ours(`${m.text()} ${m.location()?.url ?? ""}`))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => {
    const text = e instanceof Error ? `${e.message} ${e.stack ?? ""}` : String(e);
    if (ours(text)) errors.push(text);
  });
  return errors;
}

/** Opens `url` with a page-world promise for the first `randnotiz:annotated`, captured before any page script. */
export async function openWatched(session: Session, url: string, prepare?: (page: Page) => Promise<void>) {
  const page = await session.browser.newPage();
  const errors = watchOurErrors(page);
  await prepare?.(page);
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __passes: number; __annotated: Promise<void> };
    w.__passes = 0;
    w.__annotated = new Promise((resolve) =>
      document.addEventListener("randnotiz:annotated", () => {
        w.__passes++;
        resolve();
      }),
    );
  });
  await page.goto(url);
  return { page, errors };
}

/** Waits for the first annotation pass (the page's document must be the one loaded at first). */
export function firstPass(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __annotated: Promise<void> }).__annotated);
}

/** document.body's markup, without our tooltip host should it ever sit inside body. */
export function bodyMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    if (!document.body) return "";
    const copy = document.body.cloneNode(true) as Element;
    const hosts = copy.querySelectorAll("randnotiz-tooltip");
    for (let i = 0; i < hosts.length; i++) hosts[i]!.remove();
    return copy.outerHTML;
  });
}

export interface SafeTiming {
  count: number;
  max: number;
  /** Long tasks (ms) that contain one of our measures (Chromium only; Firefox has no longtask entries). */
  ourLongTasks: number[];
}

/** Long tasks from the page's start (harness.recordTiming's record, stored without push). */
export function recordLongTasks(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    try {
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        for (let i = 0; i < entries.length; i++) {
          tasks[tasks.length] = entries[i]!.startTime;
          tasks[tasks.length] = entries[i]!.duration;
        }
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // Firefox has no longtask entries; the measures' own durations are checked there.
    }
  });
}

/** Our measures and the long tasks holding one, read with plain loops. */
export function safeTiming(page: Page): Promise<SafeTiming> {
  return page.evaluate(() => {
    const measures = performance.getEntriesByName("randnotiz:annotate");
    const tasks = (window as unknown as { __tasks?: number[] }).__tasks ?? [];
    let max = 0;
    for (let i = 0; i < measures.length; i++) max = Math.max(max, measures[i]!.duration);
    const ourLongTasks: number[] = [];
    for (let t = 0; t + 1 < tasks.length; t += 2) {
      const start = tasks[t]!;
      const end = start + tasks[t + 1]!;
      for (let i = 0; i < measures.length; i++) {
        const m = measures[i]!;
        if (m.startTime >= start && m.startTime + m.duration <= end + 1) {
          ourLongTasks[ourLongTasks.length] = tasks[t + 1]!;
          break;
        }
      }
    }
    return { count: measures.length, max, ourLongTasks };
  });
}

/** The page's text as the annotations contract indexes it (every Text node under body, in order). */
export function safeBodyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    if (!document.body) return "";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) all += (n as Text).data;
    return all;
  });
}

/**
 * The centre of the first box of `word` (its `nth` occurrence) and its rect, scrolled into view. The text
 * searched is body's, or with `shadowPath` (host ids or tag names, outermost first) an open shadow root's.
 */
export function wordBox(page: Page, word: string, nth = 0, shadowPath: string[] = []) {
  return page.evaluate(
    (word, nth, path) => {
      let root: Node = document.body;
      let scope: Document | ShadowRoot = document;
      for (const step of path) {
        scope = (scope.getElementById(step) ?? scope.querySelector(step))!.shadowRoot!;
        root = scope;
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (let i = data.indexOf(word); i >= 0; i = data.indexOf(word, i + 1)) {
          if (seen++ < nth) continue;
          // Text directly in a shadow root has no parent element: its host scrolls instead.
          (n.parentElement ?? (root as ShadowRoot).host).scrollIntoView({
            block: "center",
            behavior: "instant",
          });
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          const r = range.getBoundingClientRect();
          return {
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          };
        }
      }
      throw new Error(`"${word}" is not on the page`);
    },
    word,
    nth,
    shadowPath,
  );
}

/** The text of every range our highlights hold in this document, sorted (shadow trees' ranges included). */
export function markedText(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      // The outer tint repeats the ranges of names that hold another name.
      if (!String(name).startsWith("randnotiz-") || name === "randnotiz-outer") continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out.sort();
  });
}

/** Hovers `word` and waits until the tooltip for `entity` is open and its host visible; returns its box. */
export async function openTooltip(session: Session, page: Page, word: string, entity: string) {
  let at = await wordBox(page, word);
  const state = await hoverUntil(
    session,
    page,
    async () => {
      at = await wordBox(page, word);
      return at;
    },
    (s) => s.open && s.entity === entity,
    `the tooltip for ${entity}`,
  );
  const box = await waitFor(
    () =>
      page.evaluate(() => {
        const host = document.querySelector("randnotiz-tooltip");
        if (!host || getComputedStyle(host).visibility !== "visible") return null;
        const r = host.getBoundingClientRect();
        return {
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          vw: innerWidth,
          vh: innerHeight,
        };
      }),
    (b) => b !== null && b.right > b.left,
    "the tooltip's host to show",
  );
  return { mark: at, box: box!, state };
}

/** Distance in px between two rects (0 when they touch or overlap). */
export function gap(
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
