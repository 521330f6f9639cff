// Page benchmark: on generated news pages of about 0.2, 1 and 5 MB of text, in headless Chromium and in
// the same run, compares a bare TreeWalker (FLOOR), mark.js 8.11.1 with the same aliases, and this
// extension's own `randnotiz:annotate` measures. Prints medians and ratios.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "../scripts/browser-path";
import { newsPage } from "../scripts/newsgen";
import { serve } from "../scripts/serve";

const ROOT = join(import.meta.dirname, "..");
export const SIZES = [
  { label: "0.2 MB", file: "200000", html: () => newsPage({ textBytes: 200_000 }).html },
  { label: "1 MB", file: "1000000", html: () => newsPage({ textBytes: 1_000_000 }).html },
  { label: "5 MB", file: "5000000", html: () => newsPage({ textBytes: 5_000_000 }).html },
  { label: "1 <p>, 7,500 inline", file: "inline", html: () => inlineParagraphPage(7_500) },
];

/**
 * One paragraph of thousands of inline elements, as on a real saved page (a fan-fiction archive) where a
 * single slice once took 43–83 ms: words and names in <span>, <a> and <em>, one text node each.
 */
function inlineParagraphPage(elements: number): string {
  const words = ["Die", "OVKS", "tagte", "in", "Moskau", "und", "Kasachstan", "schwieg", "über", "Armenien"];
  const tags = ["span", "a", "em"];
  const parts: string[] = [];
  for (let i = 0; i < elements; i++) {
    const tag = tags[i % tags.length]!;
    parts.push(`<${tag}>${words[i % words.length]}</${tag}> `);
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Inline</title></head><body><p>${parts.join("")}</p></body></html>`;
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * mark.js runs on the 0.2 MB page, where its ratio to ours is a target; on the bigger pages it takes 13–70 s
 * a load, so only with BENCH_MARKJS=all.
 */
const MARKJS_EVERYWHERE = process.env.BENCH_MARKJS === "all";

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (x: number, d = 1): string => x.toFixed(d);

/** `extension`: another build folder than build/chrome (a bench comparing two builds in one run). */
export async function launch(
  withExtension: boolean,
  extension = join(ROOT, "build/chrome"),
): Promise<Browser> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(CHROME_MISSING);
  return puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    args: CHROME_ARGS,
    userDataDir: join(ROOT, `build/bench/profile-${withExtension ? "ext" : "plain"}-${Date.now()}`),
    ...(withExtension ? { enableExtensions: [extension] } : {}),
  });
}

/** tsx keeps function names with a `__name` helper that evaluated functions carry into the page. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument("globalThis.__name = (f) => f");
  return page;
}

/** Used JS heap after a full GC, in MB: the page's own and the extension's isolated world share it. */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.detach();
  return ((await page.metrics()).JSHeapUsedSize ?? 0) / 2 ** 20;
}

export async function floor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const t = performance.now() - t0;
    if (chars < 0) throw new Error("unreachable");
    return t;
  });
}

/**
 * mark.js goes through a term list by recursion, one level per term, and overflows the stack on the world
 * pack's thousands of aliases; it gets them in batches, one call after another, which is the same work.
 */
const MARKJS_BATCH = 1000;

async function markJs(page: Page, terms: string[]): Promise<number> {
  await page.addScriptTag({ path: join(ROOT, "node_modules/mark.js/dist/mark.min.js") });
  return page.evaluate(
    async (terms, size) => {
      // biome-ignore lint/suspicious/noExplicitAny: mark.js is a page global without types here.
      const mark = new (window as any).Mark(document.body);
      const t0 = performance.now();
      for (let i = 0; i < terms.length; i += size)
        await new Promise<void>((done) =>
          mark.mark(terms.slice(i, i + size), {
            separateWordSearch: false,
            accuracy: "exactly",
            exclude: ["script", "style", "textarea", "pre", "code", "noscript"],
            done,
          }),
        );
      return performance.now() - t0;
    },
    terms,
    MARKJS_BATCH,
  );
}

export interface Ours {
  sum: number;
  max: number;
  wall: number;
  longTasks: number;
  /** Long animation frames (over 50 ms) that end after the first pass: what the reader would see freeze. */
  longFrames: number;
}

export async function ours(page: Page, url: string): Promise<Ours> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __lt: number[][]; __loaf: number[][]; __done: Promise<number> };
    w.__lt = [];
    w.__loaf = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__loaf.push([e.startTime, e.duration]);
    }).observe({ type: "long-animation-frame", buffered: true });
    w.__done = new Promise((r) =>
      document.addEventListener("randnotiz:annotated", () => r(performance.now()), { once: true }),
    );
  });
  await page.goto(url, { timeout: 120_000 });
  return page.evaluate(async () => {
    const w = window as unknown as { __lt: number[][]; __loaf: number[][]; __done: Promise<number> };
    const end = await w.__done;
    // Long enough for the frames that render the first paint of the marks to be reported.
    await new Promise((r) => setTimeout(r, 500));
    const ms = performance.getEntriesByName("randnotiz:annotate");
    const longTasks = w.__lt.filter(([s, d]) =>
      ms.some((m) => m.startTime >= s! && m.startTime + m.duration <= s! + d! + 1),
    ).length;
    return {
      sum: ms.reduce((a, m) => a + m.duration, 0),
      max: Math.max(...ms.map((m) => m.duration)),
      wall: end - Math.min(...ms.map((m) => m.startTime)),
      longTasks,
      longFrames: w.__loaf.filter(([s, d]) => s! + d! > end && d! > 50).length,
    };
  });
}

/** The bench pages, into build/bench (served with the repository root). */
export function writePages(): void {
  const dir = join(ROOT, "build/bench");
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writeFileSync(join(dir, `${size.file}.html`), size.html());
}

export async function runPageBench(): Promise<void> {
  writePages();
  const factbase = JSON.parse(readFileSync(join(ROOT, "build/chrome/factbase.json"), "utf8"));
  const terms = [...new Set<string>(factbase.entities.flatMap((e: { aliases: string[] }) => e.aliases))];
  const server = await serve(ROOT);
  const plain = await launch(false);
  const withExt = await launch(true);
  try {
    await measureAll(plain, withExt, server.origin, terms);
  } finally {
    await plain.close();
    await withExt.close();
    await server.close();
  }
}

async function measureAll(plain: Browser, withExt: Browser, origin: string, terms: string[]): Promise<void> {
  const content = readFileSync(join(ROOT, "build/chrome/content.js"));
  console.log("\n## Page benchmark (headless Chromium, medians of %d runs)\n", RUNS);
  console.log(
    `content script start-up JS, fact base included: ${fmt(content.length / 1024)} KB, ` +
      `${fmt(gzipSync(content).length / 1024)} KB gzipped (target ≤ 60 KB)\n`,
  );
  const header = [
    "page",
    "FLOOR ms",
    "ours sum ms",
    "ours/FLOOR",
    "max slice ms",
    "wall ms",
    "our long tasks",
    "LoAF>50 after",
    "mark.js ms",
    "mark.js/ours",
    "heap: page MB",
    "+ours MB",
    "+mark.js MB",
  ];
  const rows: string[][] = [];
  for (const size of SIZES) {
    const url = `${origin}/build/bench/${size.file}.html`;
    const floors: number[] = [];
    const marks: number[] = [];
    const runs: Ours[] = [];
    const heap = { page: 0, ours: 0, markJs: 0 };
    for (let i = 0; i < RUNS; i++) {
      const p = await newPage(plain);
      await p.goto(url, { timeout: 120_000 });
      floors.push(await floor(p));
      if (i === 0) heap.page = await heapMB(p);
      if (MARKJS_EVERYWHERE || size === SIZES[0]) {
        marks.push(await markJs(p, terms));
        if (i === 0) heap.markJs = (await heapMB(p)) - heap.page;
      }
      await p.close();
      const q = await newPage(withExt);
      runs.push(await ours(q, url));
      if (i === 0) heap.ours = (await heapMB(q)) - heap.page;
      await q.close();
    }
    const sum = median(runs.map((r) => r.sum));
    const fl = median(floors);
    const mk = marks.length > 0 ? median(marks) : Number.NaN;
    rows.push([
      size.label,
      fmt(fl),
      fmt(sum),
      `${fmt(sum / fl, 2)}×`,
      fmt(median(runs.map((r) => r.max))),
      fmt(median(runs.map((r) => r.wall))),
      String(Math.max(...runs.map((r) => r.longTasks))),
      String(Math.max(...runs.map((r) => r.longFrames))),
      marks.length > 0 ? fmt(mk, 0) : "–",
      marks.length > 0 ? `${fmt(mk / sum, 0)}×` : "–",
      fmt(heap.page),
      fmt(heap.ours),
      marks.length > 0 ? fmt(heap.markJs) : "–",
    ]);
    console.log(`${size.label} done`);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  console.log(`\n${line(header)}\n${rows.map(line).join("\n")}`);
  console.log(
    "\nTargets: ours ≤ 3× FLOOR, mark.js ≥ 175× ours at 0.2 MB, every slice ≤ 16 ms, no long frame after the pass, ≤ 60 KB gzipped.",
  );
}

if (process.argv[1] && /bench[\\/]page\.ts$/.test(process.argv[1])) {
  runPageBench().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
