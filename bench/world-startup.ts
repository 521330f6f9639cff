// The world pack's cost at start-up (issue 18, docs/world-pack.md): the demo pages' start-up to the first
// slice, the first pass and its sums with both packs on (the default) and with the world pack switched off
// (the seed pack alone, as before the world pack), in one browser run: with, without, with again, so that a
// drift of the machine's load shows. Headless Chromium, a fresh tab per load, medians.
// Run: npx tsx bench/world-startup.ts (after npm run build).
import type { Browser, WebWorker } from "puppeteer";
import { serve } from "../scripts/serve";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { type Load, load, serviceWorker } from "./entries";
import { launch, median } from "./page";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGES = ["assets/demo/de.html", "assets/demo/en.html"];

/** Switches the world pack (settings live in storage.sync) and waits until the background has stored the matching matcher (its size). */
async function setWorld(worker: WebWorker, world: boolean): Promise<number> {
  const settings = { ...DEFAULT_SETTINGS, packs: { seed: true, world } };
  await worker.evaluate(
    async (settings) => (chrome.storage.sync ?? chrome.storage.local).set({ settings }),
    settings,
  );
  for (let i = 0; i < 600; i++) {
    const size = await worker.evaluate(async () => {
      const value = (await chrome.storage.local.get("matcher:entries"))["matcher:entries"];
      return value ? JSON.stringify(value).length : 0;
    });
    // With the world pack the stored matcher is some 350 KB of JSON, with the seed pack alone a tenth.
    if (world ? size > 200_000 : size > 0 && size < 150_000) return size;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The background did not store the matcher within a minute.");
}

async function measure(browser: Browser, origin: string): Promise<Record<string, Load[]>> {
  const out: Record<string, Load[]> = {};
  for (const path of PAGES) {
    out[path] = [];
    await load(browser, `${origin}/${path}`); // one warm-up load
    for (let i = 0; i < RUNS; i++) out[path]!.push(await load(browser, `${origin}/${path}`));
  }
  return out;
}

export async function benchWorldStartup(): Promise<void> {
  const server = await serve(new URL("..", import.meta.url).pathname);
  const browser = await launch(true);
  try {
    const worker = await serviceWorker(browser);
    // The worker target can be seen before its extension APIs are there.
    for (let i = 0; i < 100 && (await worker.evaluate(() => typeof chrome)) === "undefined"; i++)
      await new Promise((r) => setTimeout(r, 100));
    const typesWith = await setWorld(worker, true);
    const with1 = await measure(browser, server.origin);
    const typesWithout = await setWorld(worker, false);
    const without = await measure(browser, server.origin);
    await setWorld(worker, true);
    const with2 = await measure(browser, server.origin);
    console.log(`\n## World pack at start-up (headless Chromium, medians of ${RUNS} fresh tabs per block)\n`);
    console.log(
      `stored matcher: ${(typesWith / 1024).toFixed(0)} KB of JSON with the world pack, ${(typesWithout / 1024).toFixed(0)} KB without\n`,
    );
    const header = ["page", "measure", "with ms", "without ms", "with again ms", "ratio with/without"];
    const rows: string[][] = [];
    for (const path of PAGES)
      for (const key of ["startup", "ready", "sum"] as const) {
        const m = (runs: Record<string, Load[]>) => median(runs[path]!.map((l) => l[key]));
        const withMs = median([...with1[path]!, ...with2[path]!].map((l) => l[key]));
        rows.push([
          path,
          key,
          m(with1).toFixed(1),
          m(without).toFixed(1),
          m(with2).toFixed(1),
          `${(withMs / m(without)).toFixed(2)}×`,
        ]);
      }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
    console.log(`${line(header)}\n${rows.map(line).join("\n")}`);
    console.log(
      "\nstartup: our first line to the first slice (settings, stored matcher, compiling); ready: to the end of" +
        " the first pass; sum: the first pass's measures. The ratio takes both 'with' blocks together.\n" +
        "Targets (issue 18): startup with ≤ 1.2× without; sum ≤ 1.1×.",
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

declare const chrome: {
  storage: {
    sync?: { set(v: object): Promise<void> };
    local: {
      set(v: object): Promise<void>;
      get(k: string): Promise<Record<string, object | undefined>>;
    };
  };
};

if (process.argv[1] && /bench[\\/]world-startup\.ts$/.test(process.argv[1])) {
  benchWorldStartup().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
