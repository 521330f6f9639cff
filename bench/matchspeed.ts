// Old vs new matcher speed in one process, alternating, medians of many runs (issue 10's 10 % budget).
// Run: npx tsx bench/matchspeed.ts OLD/index.ts [NEW/index.ts|src] [rounds]
// (The identity check against the matcher before the scanner is bench/identity.ts.)
// Load both from copies in the same kind of folder (one with a package.json saying "type": "module"):
// the same code loaded from src and from /tmp can differ by 10 % in one process.
// The old matcher is a copy of src/core/match from an earlier commit, e.g.
//   mkdir -p /tmp/oldmatch && for f in automaton boundaries index normalise windows; do
//     git show eb10e25:src/core/match/$f.ts > /tmp/oldmatch/$f.ts; done
// The extension ships one esbuild bundle, where imports are plain bindings; to time that form, pass
//   npx esbuild DIR/index.ts --bundle --format=esm --outfile=DIR.mjs   for both (ratios differ by ~5 %).
// Ratios also differ by up to ~10 % between processes (V8 inlines differently): run three or more.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildFactbaseFromDisk } from "../scripts/factbase-files";
import { matchTerms } from "../src/core/factbase/terms";
import { buildMatcher, type Term } from "../src/core/match";
import { newsText } from "./match";

type Find = (text: string) => unknown[];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const oldPath = process.argv[2] ?? "/tmp/oldmatch/index.ts";
  const newPath = process.argv[3] ?? "src";
  const rounds = Number(process.argv[4] ?? 40);
  type Mod = { buildMatcher: (t: readonly Term[]) => { find: Find } };
  const old = (await import(oldPath)) as Mod;
  const neu: Mod = newPath === "src" ? { buildMatcher } : ((await import(newPath)) as Mod);
  const terms = matchTerms(buildFactbaseFromDisk());
  const mOld = old.buildMatcher(terms);
  const mNew = neu.buildMatcher(terms);
  const small = newsText(terms, 200_000, 1);
  const large = newsText(terms, 5_000_000, 2);
  const dir = join(process.cwd(), "tests/fixtures/realtext");
  const real = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  const realUnits = real.reduce((s, t) => s + t.length, 0);
  const REAL_REPS = 20;
  const cases: Array<[string, number, (m: { find: Find }) => void, number]> = [
    ["synthetic 0.2 MB", small.length, (m) => m.find(small), 10],
    ["synthetic 5 MB", large.length, (m) => m.find(large), 1],
    [
      `real texts (${real.length}, ${realUnits} units) x${REAL_REPS}`,
      realUnits * REAL_REPS,
      (m) => {
        for (let r = 0; r < REAL_REPS; r++) for (const t of real) m.find(t);
      },
      5,
    ],
  ];
  console.log(`mentions 0.2 MB: old ${mOld.find(small).length}, new ${mNew.find(small).length}`);
  for (const [name, units, run, inner] of cases) {
    for (let w = 0; w < 5; w++) {
      run(mOld);
      run(mNew);
    }
    const to: number[] = [];
    const tn: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first so drift and GC hit both alike.
      const a = r % 2 === 0;
      let o = 0;
      let n = 0;
      for (let k = 0; k < inner; k++) {
        if (a) {
          o += timeOnce(() => run(mOld));
          n += timeOnce(() => run(mNew));
        } else {
          n += timeOnce(() => run(mNew));
          o += timeOnce(() => run(mOld));
        }
      }
      to.push(o / inner);
      tn.push(n / inner);
      ratios.push(n / o);
    }
    const mo = median(to);
    const mn = median(tn);
    const mbs = (ms: number): string => ((units / 1e6 / ms) * 1000).toFixed(0);
    console.log(
      `${name.padEnd(40)} old ${mo.toFixed(3)} ms (${mbs(mo)} MB/s)  new ${mn.toFixed(3)} ms (${mbs(mn)} MB/s)  ` +
        `new/old ${(mn / mo).toFixed(3)} (median of per-round ratios ${median(ratios).toFixed(3)})`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
