// The page benchmark's pages in Firefox ESR (issue 11 asks for its figures too): FLOOR in a Firefox
// without the extension, our measures in one with it, fresh tabs, medians. mark.js is left to the Chromium
// run. Run: npx tsx bench/firefox.ts (after npm run build).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import { FIREFOX_MISSING, firefoxPath } from "../scripts/browser-path";
import { serve } from "../scripts/serve";
import { floor, median, newPage, type Ours, ours, SIZES, writePages } from "./page";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export async function firefox(withExtension: boolean): Promise<{ browser: Browser; dir: string }> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const dir = mkdtempSync(join(tmpdir(), "randnotiz-bench-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    userDataDir: dir,
  });
  if (withExtension) await browser.installExtension(join(ROOT, "build/firefox"));
  return { browser, dir };
}

export async function benchFirefox(): Promise<void> {
  writePages();
  const server = await serve(ROOT);
  const plain = await firefox(false);
  const withExt = await firefox(true);
  try {
    console.log(`\n## Page benchmark in Firefox ESR (headless, medians of ${RUNS} fresh tabs)\n`);
    const rows: string[][] = [];
    for (const size of SIZES) {
      const url = `${server.origin}/build/bench/${size.file}.html`;
      const floors: number[] = [];
      const runs: Ours[] = [];
      for (let i = 0; i < RUNS; i++) {
        const p = await newPage(plain.browser);
        await p.goto(url, { timeout: 120_000 });
        floors.push(await floor(p));
        await p.close();
        const q = await newPage(withExt.browser);
        runs.push(await ours(q, url));
        await q.close();
      }
      const fl = median(floors);
      const sum = median(runs.map((r) => r.sum));
      rows.push([
        size.label,
        fl.toFixed(1),
        sum.toFixed(1),
        `${(sum / fl).toFixed(1)}×`,
        median(runs.map((r) => r.max)).toFixed(1),
        Math.max(...runs.map((r) => r.max)).toFixed(1),
      ]);
    }
    const header = [
      "page",
      "FLOOR ms",
      "ours sum ms",
      "ours/FLOOR",
      "max slice ms (median)",
      "max slice ms (worst)",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
    console.log(`${line(header)}\n${rows.map(line).join("\n")}`);
    console.log("\nTargets (Firefox): ours ≤ 3× FLOOR, every slice ≤ 16 ms.");
  } finally {
    await plain.browser.close();
    await withExt.browser.close();
    await server.close();
    rmSync(plain.dir, { recursive: true, force: true });
    rmSync(withExt.dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /bench[\\/]firefox\.ts$/.test(process.argv[1])) {
  benchFirefox().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
