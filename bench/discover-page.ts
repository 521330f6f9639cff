// Name discovery on a 1 MB English and a 1 MB German page in headless Chromium (issue 12): the time from the
// request to the randnotiz:discover answer, and the page's long tasks meanwhile (there must be none: the work
// runs in the extension's worker). Fresh tabs; the first includes starting the offscreen document and loading
// compromise. `--compare DIR` (another Chrome build folder, e.g. main's) alternates the two builds in one run,
// a fresh browser each round, and prints the ratio of the medians, so that the machine's load hits both alike.
// Run: npx tsx bench/discover-page.ts [--compare DIR] [--rounds N]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer";
import { serve } from "../scripts/serve";
import { launch, newPage } from "./page";

const ROOT = join(import.meta.dirname, "..");

/** Real news excerpts of one language, repeated to about 1 MB of text in paragraphs. */
function newsPage(bytes: number, lang: "en" | "de"): string {
  const dir = join(ROOT, "tests/fixtures/realtext");
  const texts = readdirSync(dir)
    .filter((f) => f.startsWith(lang))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    for (const p of texts[i % texts.length]!.split(/\n+/)) {
      paragraphs.push(`<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
      size += p.length;
    }
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>1 MB</title></head><body>${paragraphs.join("\n")}</body></html>`;
}

interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id: number }>>;
    sendMessage(id: number, m: object): Promise<{ names: unknown[] }>;
  };
}

interface Answer {
  ms: number;
  line: string;
}

async function once(browser: Browser, url: string): Promise<Answer> {
  const target = await browser.waitForTarget((t) => t.type() === "service_worker");
  const worker = await target.worker();
  if (!worker) throw new Error("The extension's service worker did not start.");
  const page = await newPage(browser);
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __done: Promise<void>; __long: number[] };
    w.__long = [];
    w.__done = new Promise((r) =>
      document.addEventListener("randnotiz:annotated", () => r(), { once: true }),
    );
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: "longtask" });
  });
  await page.goto(url, { timeout: 120_000 });
  await page.evaluate(() => (window as unknown as { __done: Promise<void> }).__done);
  // Only what happens from the request on counts: the page's own load is over.
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
  });
  await page.bringToFront();
  // The page's own main-thread time over the request (its reading of the text), from the DevTools metrics.
  const cdp = await page.createCDPSession();
  await cdp.send("Performance.enable");
  const metric = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value * 1000]),
    );
  const before = await metric();
  const { ms, names } = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const t0 = performance.now();
    const answer = await api.tabs.sendMessage(tab!.id, { type: "randnotiz:discover" });
    return { ms: performance.now() - t0, names: answer.names.length };
  });
  const after = await metric();
  const used = (key: string): string => ((after[key] ?? 0) - (before[key] ?? 0)).toFixed(0);
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.close();
  return {
    ms,
    line:
      `answer in ${ms.toFixed(0)} ms, ${names} names; the page's main thread meanwhile: tasks ${used("TaskDuration")} ms, ` +
      `script ${used("ScriptDuration")} ms, long tasks ${JSON.stringify(long)}`,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const PAGES = ["en", "de", "en"] as const;

/** A fresh browser: the English page cold, the German page (the German lists' first read), English warm. */
async function round(extension: string, origin: string): Promise<number[]> {
  const browser = await launch(true, extension);
  try {
    const ms: number[] = [];
    for (const [i, lang] of PAGES.entries()) {
      const a = await once(browser, `${origin}/build/bench/${lang}-1mb.html`);
      console.log(`  ${lang} ${i === 0 ? "first" : i === 1 ? "first German" : "again"}: ${a.line}`);
      ms.push(a.ms);
    }
    return ms;
  } finally {
    await browser.close();
  }
}

export async function benchDiscoverPage(): Promise<void> {
  mkdirSync(join(ROOT, "build/bench"), { recursive: true });
  writeFileSync(join(ROOT, "build/bench/en-1mb.html"), newsPage(1_000_000, "en"));
  writeFileSync(join(ROOT, "build/bench/de-1mb.html"), newsPage(1_000_000, "de"));
  const at = process.argv.indexOf("--compare");
  const other = at > 0 ? process.argv[at + 1] : undefined;
  const r = process.argv.indexOf("--rounds");
  const rounds = r > 0 ? Number(process.argv[r + 1]) : other ? 3 : 1;
  const builds = other ? [join(ROOT, "build/chrome"), other] : [join(ROOT, "build/chrome")];
  const server = await serve(ROOT);
  try {
    console.log(
      "\n## Name discovery on 1 MB pages (headless Chromium, a fresh browser a round; target: 1 s, no long task)\n",
    );
    const times = builds.map(() => PAGES.map((): number[] => []));
    for (let i = 0; i < rounds; i++)
      for (let k = 0; k < builds.length; k++) {
        // Alternate the order, so that neither build always runs first.
        const b = (i + k) % builds.length;
        console.log(
          `round ${i + 1}, ${builds[b]} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
        );
        for (const [p, ms] of (await round(builds[b]!, server.origin)).entries()) times[b]![p]!.push(ms);
      }
    if (other)
      for (const [p, lang] of PAGES.entries()) {
        const [a, b] = [median(times[0]![p]!), median(times[1]![p]!)];
        console.log(
          `${lang} page ${["first", "first German", "again"][p]}: median ${a.toFixed(0)} ms here, ` +
            `${b.toFixed(0)} ms with ${other}, ratio ${(a / b).toFixed(2)}`,
        );
      }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && /bench[\\/]discover-page\.ts$/.test(process.argv[1])) {
  benchDiscoverPage().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
