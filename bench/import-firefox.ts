// Firefox's 30 MB (docs/integrity.md, "The target"): can another way of writing the same highlights (one
// `highlight:<uuid>` key each, as docs/interfaces.md fixes) into storage.local beat the import's two
// chunks in turn? In one Firefox session and one review page, each way writes the 19,000 highlights of
// bench/import.ts once per round (storage cleared and the background quiet before each), in turn, for
// ROUNDS rounds: wall-clock seconds and the CPU seconds of the whole browser (every Firefox process), and
// each as a ratio to the import's way in the same round. The import itself through the file input is run
// too, for reference.
// Run: npm run build && npx tsx bench/import-firefox.ts
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { Page } from "puppeteer";
import { launch, openExtensionPage } from "../tests/e2e/harness";
import { clear, makeItems, runImport } from "./import";

const COUNT = 19_000;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 2);

/** User + system CPU seconds of `root` and every process below it (Linux /proc). */
function cpuSeconds(root: number): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && inTree(parent.get(pid) ?? 0));
  let sum = 0;
  for (const [pid, t] of ticks) if (inTree(pid)) sum += t;
  return sum / 100;
}

/** Writes window.__items into storage.local in `calls` set calls, `parallel` of them at once. */
const write = (page: Page, calls: number, parallel: boolean) =>
  page.evaluate(
    async (n, together) => {
      // biome-ignore lint/suspicious/noExplicitAny: browser in Firefox.
      const api = (globalThis as any).browser;
      const items = (window as unknown as { __items: Array<{ id: string }> }).__items;
      const size = Math.ceil(items.length / n);
      const chunks = Array.from({ length: n }, (_, c) =>
        Object.fromEntries(
          items.slice(c * size, (c + 1) * size).map((a) => [`highlight:${a.id.slice(9)}`, a]),
        ),
      );
      if (together) await Promise.all(chunks.map((chunk) => api.storage.local.set(chunk)));
      else for (const chunk of chunks) await api.storage.local.set(chunk);
    },
    calls,
    parallel,
  );

const WAYS: Array<[string, (page: Page) => Promise<unknown>]> = [
  ["2 calls in turn (the import's chunks)", (p) => write(p, 2, false)],
  ["1 call", (p) => write(p, 1, false)],
  ["4 calls at once", (p) => write(p, 4, true)],
  ["8 calls at once", (p) => write(p, 8, true)],
  ["20 calls at once", (p) => write(p, 20, true)],
  ["the import (file input, 2 chunks)", (p) => runImport(p)],
];

const session = await launch("firefox");
try {
  const pid = session.browser.process()?.pid;
  if (!pid) throw new Error("No Firefox process to measure.");
  const page = await openExtensionPage(session, "review.html");
  await page.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
  const chars = await makeItems(page, COUNT);
  const results = new Map<string, Array<[number, number]>>();
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, run] of WAYS) {
      await clear(page);
      const cpu0 = cpuSeconds(pid);
      const t0 = performance.now();
      await run(page);
      const wall = (performance.now() - t0) / 1000;
      results.set(name, [...(results.get(name) ?? []), [wall, cpuSeconds(pid) - cpu0]]);
    }
  await clear(page);
  console.log(
    `\nFirefox, ${(chars / 1024 / 1024).toFixed(1)} MB, ${COUNT} highlights, ${ROUNDS} rounds, load ${loadavg()[0]!.toFixed(1)} at the end\n`,
  );
  console.log("| way | wall (s), each round | CPU (s), each round | wall ratio | CPU ratio |");
  console.log("|---|---|---|---|---|");
  const base = results.get(WAYS[0]![0])!;
  for (const [name, rows] of results) {
    const ratio = (i: 0 | 1) => rows.map((r, k) => (r[i] / base[k]![i]).toFixed(2)).join(" / ");
    const list = (i: 0 | 1) => rows.map((r) => r[i].toFixed(1)).join(" / ");
    console.log(`| ${name} | ${list(0)} | ${list(1)} | ${ratio(0)} | ${ratio(1)} |`);
  }
} finally {
  await session.close();
}
