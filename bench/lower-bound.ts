// The least any design that finds every name in the first pass must pay: read every text node (FLOOR)
// and run our matcher over the text, nothing else (no blocks, no marks, no ranges, no painting). Run cold,
// in a fresh tab per load, with the matcher bundled the way the content script carries it. Compared with
// FLOOR, this says how close to FLOOR the whole pipeline could ever get. Part of `npm run bench`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser } from "puppeteer";
import { serve } from "../scripts/serve";
import { matchTerms } from "../src/core/factbase/terms";
import { compile } from "../src/core/match/compile";
import { toSerial } from "../src/core/match/serial";
import { firefox } from "./firefox";
import { floor, launch, median, newPage, SIZES, writePages } from "./page";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** An IIFE that defines `__rnLowerBound()`: rebuild the matcher from its build-time form, walk, match. */
function matcherBundle(): string {
  const factbase = JSON.parse(readFileSync(join(ROOT, "build/chrome/factbase.json"), "utf8"));
  const serial = JSON.stringify(toSerial(compile(matchTerms(factbase))));
  const entry = `
    import { matcherFromSerial } from "./src/core/match/serial";
    const serial = ${serial};
    globalThis.__rnLowerBound = () => {
      const t0 = performance.now();
      const matcher = matcherFromSerial(serial);
      const t1 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
      const text = parts.join("\\n");
      const t2 = performance.now();
      const found = matcher.find(text).length;
      const t3 = performance.now();
      return { ms: t3 - t0, build: t1 - t0, walk: t2 - t1, find: t3 - t2, found };
    };`;
  const out = esbuild.buildSync({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "iife",
    minify: true,
    target: "chrome120",
    write: false,
  });
  return out.outputFiles[0]!.text;
}

interface Bound {
  ms: number;
  build: number;
  walk: number;
  find: number;
  found: number;
}

async function lowerBound(browser: Browser, url: string, code: string) {
  const page = await newPage(browser);
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(() =>
    (globalThis as unknown as { __rnLowerBound: () => Bound }).__rnLowerBound(),
  );
  await page.close();
  return result;
}

async function table(browser: Browser, name: string, origin: string, code: string): Promise<void> {
  console.log(
    `\n## Lower bound in ${name}: FLOOR vs FLOOR + our matcher alone (medians of ${RUNS} fresh tabs)\n`,
  );
  console.log(
    "| page | FLOOR ms | FLOOR + matcher ms | ratio | of which: build matcher, walk, find | names |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const size of SIZES) {
    const url = `${origin}/build/bench/${size.file}.html`;
    const floors: number[] = [];
    const bounds: Bound[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await newPage(browser);
      await page.goto(url, { timeout: 120_000 });
      floors.push(await floor(page));
      await page.close();
      bounds.push(await lowerBound(browser, url, code));
    }
    const f = median(floors);
    const of = (key: keyof Bound) => median(bounds.map((b) => b[key])).toFixed(1);
    const b = median(bounds.map((x) => x.ms));
    console.log(
      `| ${size.label} | ${f.toFixed(1)} | ${b.toFixed(1)} | ${(b / f).toFixed(1)}× | ${of("build")}, ${of("walk")}, ${of("find")} | ${bounds[0]!.found} |`,
    );
  }
}

export async function runLowerBoundBench(): Promise<void> {
  writePages();
  const code = matcherBundle();
  const server = await serve(ROOT);
  try {
    const chromium = await launch(false);
    await table(chromium, "Chromium", server.origin, code).finally(() => chromium.close());
    const { browser, dir } = await firefox(false);
    await table(browser, "Firefox ESR", server.origin, code).finally(async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    });
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLowerBoundBench();
