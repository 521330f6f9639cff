// The least any design that finds every name in the first pass must pay: read every text node (FLOOR)
// and run our matcher over the text, nothing else (no blocks, no marks, no ranges, no painting). Run cold,
// in a fresh tab per load, with the matcher bundled the way the content script carries it. Compared with
// FLOOR, this says how close to FLOOR the whole pipeline could ever get. Part of `npm run bench`.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser, Page } from "puppeteer";
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
  // As the background stores it, with the automaton's plan; "keys" is the same without the plan (the page
  // builds the automaton from the keys, as before the plan was stored).
  const serial = JSON.stringify(toSerial(compile(matchTerms(factbase)), { prefix: true }));
  // "automaton" runs only the scanner's prefix automaton over the text (a candidate steps on, no walk and no
  // rule), "patterns" makes every pattern the way a page meets its key the first time: together with the
  // whole find they say where the cold cost is (docs/scanner.md, "Where the cold time goes").
  const entry = `
    import { fromSerial } from "./src/core/match/serial";
    import { buildMatcherFrom } from "./src/core/match/scan";
    import { applyPlan, UNKNOWN } from "./src/core/match/prefix";
    const serial = ${serial};
    const { prefix: _plan, ...keysOnly } = serial;
    // The scanner's loop alone over one string: a candidate only counted (no walk, no rule).
    function stopsIn(p, text) {
      const { delta, classes, boundary, inside } = p;
      let state = boundary;
      let stops = 0;
      for (let i = 0; i < text.length; i++) {
        let next = delta[state + classes[text.charCodeAt(i)]];
        if (next === UNKNOWN) {
          p.classify(text.charCodeAt(i));
          next = delta[state + classes[text.charCodeAt(i)]];
        }
        if (next >= 0) state = next;
        else {
          stops++;
          state = inside;
        }
      }
      return stops;
    }
    function automatonOnly(compiled, text) {
      return stopsIn(applyPlan(compiled.prefix, compiled.canStart, compiled.automaton.start.length - 1), text);
    }
    // The smallest form of the best alternative: the automaton runs over each text node as the walk reads
    // it (no block strings, no join), a candidate only counted. What reading plus scanning costs at least.
    function fused(p) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let stops = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) stops += stopsIn(p, n.data);
      return stops;
    }
    globalThis.__rnLowerBound = (part) => {
      const t0 = performance.now();
      const compiled = fromSerial(part === "keys" ? keysOnly : serial);
      const matcher = part === "find" || part === "keys" ? buildMatcherFrom(compiled) : null;
      if (part === "fused") {
        const p = applyPlan(compiled.prefix, compiled.canStart, compiled.automaton.start.length - 1);
        const t1 = performance.now();
        const found = fused(p);
        const t2 = performance.now();
        return { ms: t2 - t0, build: t1 - t0, walk: t2 - t1, find: 0, found };
      }
      const t1 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
      const text = parts.join("\\n");
      const t2 = performance.now();
      let found = 0;
      if (matcher) found = matcher.find(text).length;
      else if (part === "automaton") found = automatonOnly(compiled, text);
      else for (let id = 0; id < compiled.automaton.nextKey.length; id++) found += compiled.pattern(id).exact.length > 0 ? 1 : 0;
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
  /** Main-thread CPU time of the whole call (Chromium only, else NaN). */
  cpu: number;
}

type Part = "find" | "keys" | "automaton" | "patterns" | "fused";
const PARTS: Part[] = ["find", "keys", "automaton", "patterns", "fused"];

/**
 * Runs `work` in the page and adds the main thread's CPU time it took (Chromium's ThreadTime metric). On
 * this shared machine the other jobs preempt long calls far more often than short ones, so wall-clock
 * ratios to FLOOR grow with the load; CPU time does not (docs/scanner.md).
 */
async function withCpu<T extends object>(page: Page, work: () => Promise<T>): Promise<T & { cpu: number }> {
  // Firefox has no CDP session (WebDriver BiDi): its figures stay wall-clock.
  const cdp = await Promise.resolve()
    .then(() => page.createCDPSession())
    .catch(() => null);
  const threadTime = async (): Promise<number> => {
    if (!cdp) return Number.NaN;
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
  };
  await cdp?.send("Performance.enable");
  const before = await threadTime();
  const result = await work();
  const cpu = (await threadTime()) - before;
  await cdp?.detach();
  return { ...result, cpu };
}

async function lowerBound(browser: Browser, url: string, code: string, part: Part): Promise<Bound> {
  const page = await newPage(browser);
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ content: code });
  const result = await withCpu(page, () =>
    page.evaluate(
      (part) =>
        (globalThis as unknown as { __rnLowerBound: (p: string) => Omit<Bound, "cpu"> }).__rnLowerBound(part),
      part,
    ),
  );
  await page.close();
  return result;
}

async function table(browser: Browser, name: string, origin: string, code: string): Promise<void> {
  console.log(
    `\n## Lower bound in ${name}: FLOOR vs FLOOR + our matcher alone (medians of ${RUNS} fresh tabs)\n`,
  );
  console.log(
    "Wall-clock, then main-thread CPU (Chromium; an empty call's CPU taken off). Each part is a whole call (build, walk, part): the prefix automaton alone over the text (no walk, no rule), and making every pattern once.\n",
  );
  console.log(
    "| page | FLOOR ms | FLOOR + matcher ms | ratio | of which: build matcher, walk, find | CPU: FLOOR, bound, ratio | without the stored plan: build ms, bound CPU ms | automaton alone (CPU ms, × FLOOR) | all patterns (CPU ms) | read + scan fused: build ms, walk and scan ms, CPU of the call (× FLOOR) | names |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const size of SIZES) {
    const url = `${origin}/build/bench/${size.file}.html`;
    const floors: Array<{ ms: number; cpu: number }> = [];
    const idle: number[] = [];
    const bounds: Record<Part, Bound[]> = { find: [], keys: [], automaton: [], patterns: [], fused: [] };
    for (let run = 0; run < RUNS; run++) {
      const page = await newPage(browser);
      await page.goto(url, { timeout: 120_000 });
      floors.push(await withCpu(page, async () => ({ ms: await floor(page) })));
      // What a call that does nothing costs the main thread (the protocol's own work), taken off below.
      idle.push((await withCpu(page, async () => ({ ms: await page.evaluate(() => 0) }))).cpu);
      await page.close();
      // Alternating, so that the machine's load hits every part alike.
      for (const part of run % 2 ? [...PARTS].reverse() : PARTS)
        bounds[part].push(await lowerBound(browser, url, code, part));
    }
    const f = median(floors.map((x) => x.ms));
    const base = median(idle);
    const fc = median(floors.map((x) => x.cpu)) - base;
    const of = (part: Part, key: keyof Bound) => median(bounds[part].map((b) => b[key]));
    const b = of("find", "ms");
    const cpu = of("find", "cpu") - base;
    const auto = of("automaton", "cpu") - base;
    const cpuCells = Number.isNaN(fc)
      ? "–, –, –"
      : `${fc.toFixed(1)}, ${cpu.toFixed(1)}, ${(cpu / fc).toFixed(1)}×`;
    console.log(
      `| ${size.label} | ${f.toFixed(1)} | ${b.toFixed(1)} | ${(b / f).toFixed(1)}× | ${of("find", "build").toFixed(1)}, ${of("find", "walk").toFixed(1)}, ${of("find", "find").toFixed(1)} | ${cpuCells} | ${of("keys", "build").toFixed(1)}, ${Number.isNaN(fc) ? `${of("keys", "ms").toFixed(1)} wall` : (of("keys", "cpu") - base).toFixed(1)} | ${Number.isNaN(auto) ? `${of("automaton", "ms").toFixed(1)} wall` : `${auto.toFixed(1)}, ${(auto / fc).toFixed(1)}×`} | ${Number.isNaN(fc) ? `${of("patterns", "ms").toFixed(1)} wall` : (of("patterns", "cpu") - base).toFixed(1)} | ${of("fused", "build").toFixed(1)}, ${of("fused", "walk").toFixed(1)}, ${Number.isNaN(fc) ? "–" : `${(of("fused", "cpu") - base).toFixed(1)} (${((of("fused", "cpu") - base) / fc).toFixed(1)}×)`} | ${bounds.find[0]!.found} |`,
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
