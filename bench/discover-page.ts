// Name discovery on a 1 MB English page in headless Chromium (issue 12): the time from the request to the
// randnotiz:discover answer, and the page's long tasks meanwhile (there must be none: the work runs in the
// extension's worker). Fresh tabs; the first includes starting the offscreen document and loading compromise.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer";
import { serve } from "../scripts/serve";
import { launch, newPage } from "./page";

const ROOT = join(import.meta.dirname, "..");
const LOADS = 3;

/** Real English news excerpts, repeated to about 1 MB of text in paragraphs. */
function englishPage(bytes: number): string {
  const dir = join(ROOT, "tests/fixtures/realtext");
  const texts = readdirSync(dir)
    .filter((f) => f.startsWith("en"))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    for (const p of texts[i % texts.length]!.split(/\n+/)) {
      paragraphs.push(`<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
      size += p.length;
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1 MB</title></head><body>${paragraphs.join("\n")}</body></html>`;
}

interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id: number }>>;
    sendMessage(id: number, m: object): Promise<{ names: unknown[] }>;
  };
}

async function once(browser: Browser, url: string): Promise<string> {
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
  return (
    `answer in ${ms.toFixed(0)} ms, ${names} names; the page's main thread meanwhile: tasks ${used("TaskDuration")} ms, ` +
    `script ${used("ScriptDuration")} ms, long tasks ${JSON.stringify(long)}`
  );
}

export async function benchDiscoverPage(): Promise<void> {
  mkdirSync(join(ROOT, "build/bench"), { recursive: true });
  writeFileSync(join(ROOT, "build/bench/en-1mb.html"), englishPage(1_000_000));
  const server = await serve(ROOT);
  const browser = await launch(true);
  try {
    console.log(
      "\n## Name discovery on a 1 MB English page (headless Chromium, fresh tabs; target: 2 s, no long task)\n",
    );
    console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    for (let i = 0; i < LOADS; i++)
      console.log(`load ${i + 1}: ${await once(browser, `${server.origin}/build/bench/en-1mb.html`)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && /bench[\\/]discover-page\.ts$/.test(process.argv[1])) {
  benchDiscoverPage().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
