// The reader's entries at scale (issue 12): with 10,000 entries (a big import), the content script's
// start-up on an ordinary page is at most 1.5× its start-up without them, and matching costs the same.
// Headless Chromium, a fresh tab per load, medians. Run: npx tsx bench/entries.ts (after npm run build).

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, WebWorker } from "puppeteer";
import { madeUpNames, newsPage } from "../scripts/newsgen";
import { serve } from "../scripts/serve";
import { launch, median, newPage } from "./page";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNT = 10_000;

/** Deterministic made-up names: none of them occurs on the pages, so only start-up and scanning differ. */
function entries(count: number): Record<string, unknown> {
  const names = madeUpNames(count, 2026);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const [first, last] = names[i]!;
    out[`entry:${id}`] = {
      v: 1,
      id,
      name: `${first} ${last}`,
      aliases: [last],
      type: i % 3 === 0 ? "place" : "person",
      note: "",
      link: "",
      created: "2026-12-01T00:00:00.000Z",
      modified: "2026-12-01T00:00:00.000Z",
    };
  }
  return out;
}

export async function serviceWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
    { timeout: 15_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error("The extension's service worker did not start.");
  return worker;
}

export interface Load {
  /** From our first line to the first slice of the first pass: settings, stored matcher, compiling. */
  startup: number;
  /** From our first line to the end of the first pass. */
  ready: number;
  /** Sum of the first pass's measures (text index, matching, marks). */
  sum: number;
}

export async function load(browser: Browser, url: string): Promise<Load> {
  const page: Page = await newPage(browser);
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __done: Promise<number> };
    w.__done = new Promise((r) =>
      document.addEventListener("randnotiz:annotated", () => r(performance.now()), { once: true }),
    );
  });
  await page.goto(url, { timeout: 120_000 });
  const result = await page.evaluate(async () => {
    const done = await (window as unknown as { __done: Promise<number> }).__done;
    const start = performance.getEntriesByName("randnotiz:start")[0]!.startTime;
    const ms = performance.getEntriesByName("randnotiz:annotate");
    return {
      startup: Math.min(...ms.map((m) => m.startTime)) - start,
      ready: done - start,
      sum: ms.reduce((a, m) => a + m.duration, 0),
    };
  });
  await page.close();
  return result;
}

export async function benchEntries(): Promise<void> {
  const dir = join(ROOT, "build/bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "entries-1mb.html"), newsPage({ textBytes: 1_000_000 }).html);
  const server = await serve(ROOT);
  const browser = await launch(true);
  try {
    const worker = await serviceWorker(browser);
    const pages = [
      { label: "demo page (de)", url: `${server.origin}/assets/demo/de.html` },
      { label: "1 MB news page", url: `${server.origin}/build/bench/entries-1mb.html` },
    ];
    const measure = async () => {
      const out: Record<string, Load[]> = {};
      for (const p of pages) {
        out[p.label] = [];
        await load(browser, p.url); // one warm-up load: the browser's own caches, not ours
        for (let i = 0; i < RUNS; i++) out[p.label]!.push(await load(browser, p.url));
      }
      return out;
    };
    const without = await measure();
    const t0 = performance.now();
    await worker.evaluate(async (items) => {
      await chrome.storage.local.set(items);
    }, entries(COUNT));
    // The background compiles them once; wait for the stored matcher to hold them all.
    const size = await waitForMatcher(worker, COUNT);
    const compiled = performance.now() - t0;
    const withEntries = await measure();

    console.log(`\n## The reader's entries at scale (headless Chromium, medians of ${RUNS} fresh tabs)\n`);
    console.log(
      `${COUNT} entries (${2 * COUNT} aliases) stored and compiled by the background in ${compiled.toFixed(0)} ms; ` +
        `the stored matcher is ${(size / 1024 / 1024).toFixed(2)} MB of JSON.\n`,
    );
    const header = ["page", "measure", "without ms", `with ${COUNT} ms`, "ratio"];
    const rows: string[][] = [];
    for (const p of pages) {
      for (const key of ["startup", "ready", "sum"] as const) {
        const a = median(without[p.label]!.map((l) => l[key]));
        const b = median(withEntries[p.label]!.map((l) => l[key]));
        rows.push([p.label, key, a.toFixed(1), b.toFixed(1), `${(b / a).toFixed(2)}×`]);
      }
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
    console.log(`${line(header)}\n${rows.map(line).join("\n")}`);
    console.log(
      "\nstartup: our first line to the first slice (settings, stored matcher, compiling); ready: to the end of" +
        " the first pass; sum: the first pass's measures (matching included).\nTargets: ready with entries ≤ 1.5×" +
        " without; sum (matching) unchanged.",
    );
    await worker.evaluate(async (keys) => chrome.storage.local.remove(keys), Object.keys(entries(COUNT)));
  } finally {
    await browser.close();
    await server.close();
  }
}

async function waitForMatcher(worker: WebWorker, count: number): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const size = await worker.evaluate(async (count) => {
      const value = (await chrome.storage.local.get("matcher:entries"))["matcher:entries"];
      // The stored types also name the world pack's entities (not carried by the content script): at least `count`.
      return (value?.types?.length ?? 0) >= count ? JSON.stringify(value).length : 0;
    }, count);
    if (size > 0) return size;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The background did not compile the entries within a minute.");
}

declare const chrome: {
  storage: {
    local: {
      set(v: object): Promise<void>;
      get(k: string): Promise<Record<string, { types?: string } | undefined>>;
      remove(k: string[]): Promise<void>;
    };
  };
};

if (process.argv[1] && /bench[\\/]entries\.ts$/.test(process.argv[1])) {
  benchEntries().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
