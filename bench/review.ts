// Review page benchmark: 100,000 saved highlights on 2,000 pages (REVIEW_HIGHLIGHTS=n for another size, 50 per page) in headless Chromium with the built
// extension. Prints the median time from navigation to `randnotiz:review-ready` over fresh openings of
// review.html, and the median time from a keystroke in the search box to the list showing its result.
// Run alone with `npm run build && npx tsx bench/review.ts`, or call benchReview() from bench/run.ts.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page, type WebWorker } from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "../scripts/browser-path";
import { serve } from "../scripts/serve";
import { keyOf } from "../src/core/highlights/model";
import type { WebAnnotation } from "../src/core/highlights/types";

const ROOT = join(import.meta.dirname, "..");

const HIGHLIGHTS = Number(process.env.REVIEW_HIGHLIGHTS ?? 100_000);
const PAGES = Math.max(1, Math.round(HIGHLIGHTS / 50));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Each prefix of this query narrows the list further, so every keystroke changes what is shown. */
const TYPED = "4711";

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const WORDS = (
  "Regierung Gipfel Außenminister Waffenruhe Grenze Bündnis Truppen Erklärung Sprecher Verhandlungen " +
  "Sanktionen Wahlen Parlament Präsident Abkommen Konflikt Region Beobachter Hauptstadt Delegation"
).split(" ");
const ENTITIES = ["ovks", "peskow", "armenien", "kreml", "putin", "nato", "kasachstan", "bergkarabach"];

/** Deterministic text of `n` words, so every run measures the same data. */
function words(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 31 + i * 17) % WORDS.length]!);
  return out.join(" ");
}

function annotations(): WebAnnotation[] {
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: HIGHLIGHTS }, (_, i) => {
    const page = i % PAGES;
    const exact = `${words(i, 4 + (i % 20))} ${i}`;
    const body: NonNullable<WebAnnotation["body"]> = [];
    if (i % 5 === 0)
      body.push({ type: "TextualBody", value: `Notiz ${i}: ${words(i + 7, 6)}`, purpose: "commenting" });
    for (const e of i % 3 ? [ENTITIES[i % ENTITIES.length]!] : [])
      body.push({ type: "SpecificResource", purpose: "identifying", source: e });
    return {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      type: "Annotation",
      motivation: "highlighting",
      created: new Date(start + i * 47 * 60_000).toISOString(),
      ...(body.length ? { body } : {}),
      target: {
        source: `https://site${page % 40}.example/news/${page}`,
        title: `Artikel ${page}: ${words(page, 5)}`,
        selector: [
          { type: "TextQuoteSelector", exact, prefix: words(i + 1, 5), suffix: words(i + 2, 5) },
          { type: "TextPositionSelector", start: i * 10, end: i * 10 + exact.length },
        ],
      },
    };
  });
}

interface Session {
  browser: Browser;
  worker: WebWorker;
  origin: string;
  dir: string;
}

/** Chromium with the built extension, and its service worker for storage writes (as the E2E harness does). */
async function launch(): Promise<Session> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_MISSING);
  // REVIEW_PROFILE keeps the browser profile (and its 100,000 highlights) between runs.
  const dir = process.env.REVIEW_PROFILE ?? mkdtempSync(join(tmpdir(), "randnotiz-review-bench-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: [join(ROOT, "build/chrome")],
    userDataDir: dir,
    args: CHROME_ARGS,
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
    { timeout: 15000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error("The extension's service worker did not start.");
  return { browser, worker, origin: target.url().split("/").slice(0, 3).join("/"), dir };
}

/** Polls `probe` until `ok` accepts its value; the error names what never happened. */
async function waitFor<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  ms = 10_000,
): Promise<T> {
  for (const start = Date.now(); Date.now() - start < ms; ) {
    const value = await probe();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function seed(session: Session): Promise<void> {
  const all = annotations();
  for (let i = 0; i < all.length; i += 1000) {
    const chunk = Object.fromEntries(all.slice(i, i + 1000).map((a) => [keyOf(a.id), a]));
    await session.worker.evaluate(async (items) => {
      // biome-ignore lint/suspicious/noExplicitAny: the worker's chrome global is untyped here.
      await (globalThis as any).chrome.storage.local.set(items);
    }, chunk);
  }
}

/** How many records the background's IndexedDB snapshot holds (its meta value counts them). */
function snapshotCount(session: Session): Promise<number> {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open("randnotiz-highlights");
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("snapshot")) return resolve(-1);
          const meta = db.transaction("snapshot").objectStore("snapshot").get("meta");
          meta.onsuccess = () => resolve(typeof meta.result?.count === "number" ? meta.result.count : -1);
          meta.onerror = () => resolve(-1);
        };
      }),
  );
}

async function openReady(session: Session): Promise<{ page: Page; ready: number; records: number }> {
  const page = await session.browser.newPage();
  await page.goto(`${session.origin}/review.html`);
  const ready = await waitFor(
    () =>
      page
        .evaluate(() => performance.getEntriesByName("randnotiz:review-ready")[0]?.startTime ?? -1)
        .catch(() => -1),
    (t) => t >= 0,
    "randnotiz:review-ready",
  );
  const total = await page.$eval(".count", (e) => Number((e as HTMLElement).dataset.total));
  if (total !== HIGHLIGHTS) throw new Error(`review.html listed ${total} highlights, not ${HIGHLIGHTS}`);
  const records = await page.evaluate(
    () => performance.getEntriesByName("randnotiz:review-index")[0]?.startTime ?? Number.NaN,
  );
  return { page, ready, records };
}

/**
 * Milliseconds from each keydown in the search box to the DOM showing the new count. Typing starts half a
 * second after the list showed, about when a reader could first type.
 */
async function typingTimes(page: Page): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.evaluate(() => {
    const w = window as unknown as { __typing: number[]; __t0: number };
    w.__typing = [];
    const search = document.querySelector("#search") as HTMLInputElement;
    search.addEventListener(
      "keydown",
      () => {
        w.__t0 = performance.now();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (w.__t0) w.__typing.push(performance.now() - w.__t0);
      w.__t0 = 0;
    }).observe(document.querySelector(".count") as Element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    search.focus();
  });
  for (const [i, key] of [...TYPED].entries()) {
    await page.keyboard.type(key);
    await waitFor(
      () => page.evaluate(() => (window as unknown as { __typing: number[] }).__typing.length),
      (n) => n > i,
      `the list after typing "${key}"`,
    );
  }
  return page.evaluate(() => (window as unknown as { __typing: number[] }).__typing);
}

export async function benchReview(): Promise<void> {
  if (!existsSync(join(ROOT, "build/chrome/review.html"))) throw new Error("Run `npm run build` first.");
  const session = await launch();
  try {
    const t0 = performance.now();
    if ((await snapshotCount(session)) !== HIGHLIGHTS) await seed(session);
    // The background indexes in batches; give it up to a minute.
    for (let tries = 0; (await snapshotCount(session)) !== HIGHLIGHTS; tries++) {
      if (tries > 600) throw new Error("The background did not build its snapshot of the highlights.");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(
      `Review page: ${HIGHLIGHTS} highlights on ${PAGES} pages written and indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // One opening to warm the browser's caches, as a reader's second visit would be.
    await (await openReady(session)).page.close();
    const ready: number[] = [];
    const records: number[] = [];
    const typing: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { page, ready: at, records: loaded } = await openReady(session);
      ready.push(at);
      records.push(loaded);
      typing.push(...(await typingTimes(page)));
      await page.close();
    }
    console.log(
      `  review-ready after navigation: median ${median(ready).toFixed(0)} ms (runs: ${ready.map((t) => t.toFixed(0)).join(", ")}; goal < 300 ms)`,
    );
    console.log(
      `  of which the snapshot's index read and parsed after navigation: median ${median(records).toFixed(0)} ms`,
    );
    const unrelated = await unrelatedPageCost(session.browser);
    console.log(
      `  an unrelated page with ${HIGHLIGHTS} highlights stored: finding its highlights takes median ${median(unrelated).toFixed(1)} ms of wall time (goal < 5 ms of the content script's time)`,
    );
    console.log(
      `  keystroke to updated list: median ${median(typing).toFixed(1)} ms, max ${Math.max(...typing).toFixed(1)} ms over ${typing.length} keystrokes (goal < 50 ms)`,
    );
  } finally {
    await session.browser.close();
    if (!process.env.REVIEW_PROFILE) rmSync(session.dir, { recursive: true, force: true });
  }
}

/** Opens the German demo page (no highlights of its own) and reads the content script's load measure. */
async function unrelatedPageCost(browser: Browser): Promise<number[]> {
  const server = await serve(join(ROOT, "assets/demo"));
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/de.html`);
      const t = await waitFor(
        () =>
          page.evaluate(() => performance.getEntriesByName("randnotiz:highlights-load")[0]?.duration ?? -1),
        (d) => d >= 0,
        "the content script to look for highlights",
      );
      times.push(t);
      await page.close();
    }
  } finally {
    await server.close();
  }
  return times;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchReview();
