// What compromise's "chunks" hook costs the discovery worker: the engine's answer on 32 KB of English
// (as much as the page sends) with compromise's full hook list and with the list the engine uses (without
// "chunks"), alternating in one process so that the machine's load hits both alike. Reports the medians of CPU
// time, their ratio and the load average, and whether the answers are the same. Run: npx tsx bench/discover-parse.ts
import { loadavg } from "node:os";
import nlp from "compromise";
import { discoverNames } from "../src/discover/engine";
import { coveredByFactbase, loadGold, WORD_LISTS } from "./discover";

const ROUNDS = 9;

function englishBlocks(size: number): string[] {
  const base = loadGold()
    // The newest sealed split is never run before its one measurement (docs/discovery-eval.md).
    .filter((t) => t.lang === "en" && t.split !== "sealed3")
    .flatMap((t) => t.text.split(/\n+/).filter((b) => b.trim()));
  const blocks: string[] = [];
  for (let i = 0, chars = 0; chars < size; i++) {
    blocks.push(base[i % base.length]!);
    chars += base[i % base.length]!.length + 1;
  }
  return blocks;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchDiscoverParse(): Promise<void> {
  const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
  const used = [...world.hooks];
  const full = used.includes("chunks") ? used : [...used, "chunks"];
  const blocks = englishBlocks(32_000);
  const covered = coveredByFactbase();
  // CPU time of this process, not wall time: on a shared machine the wait for a core is noise.
  const answer = async (hooks: string[]): Promise<{ ms: number; json: string }> => {
    world.hooks = hooks;
    const t0 = process.cpuUsage();
    const names = await discoverNames({ blocks, lang: "en", covered }, WORD_LISTS);
    const t = process.cpuUsage(t0);
    return { ms: (t.user + t.system) / 1000, json: JSON.stringify(names) };
  };
  await answer(used); // warm: compromise's lexicon and the gazetteer are built once
  const times: Record<"full" | "used", number[]> = { full: [], used: [] };
  let same = true;
  for (let r = 0; r < ROUNDS; r++) {
    const a = await answer(full);
    const b = await answer(used);
    times.full.push(a.ms);
    times.used.push(b.ms);
    same &&= a.json === b.json;
  }
  world.hooks = used;
  const [f, u] = [median(times.full), median(times.used)];
  console.log(
    `32 KB of English, ${ROUNDS} alternating rounds, load average ${loadavg()[0]!.toFixed(1)}: ` +
      `CPU time with "chunks" ${f.toFixed(0)} ms, without ${u.toFixed(0)} ms (median), ratio ${(u / f).toFixed(2)}; ` +
      `answers ${same ? "identical" : "DIFFERENT"}`,
  );
}

if (process.argv[1] && /bench[\\/]discover-parse\.ts$/.test(process.argv[1])) void benchDiscoverParse();
