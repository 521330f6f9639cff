// Old vs new matcher speed in one process, alternating, medians of many runs (issue 10's 10 % budget).
// Run: npx tsx bench/matchspeed.ts OLD/index.ts [NEW/index.ts|src] [rounds]
// Or:  npx tsx bench/matchspeed.ts verify OTHER/index.ts [fuzzed]  — exits 1 unless src finds exactly the
// same mentions as OTHER (e.g. a copy of HEAD's matcher) on real, demo, seed, generated and fuzzed texts.
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
import { newsPage } from "../scripts/newsgen";
import { matchTerms } from "../src/core/factbase/terms";
import { buildMatcher, type Term } from "../src/core/match";
import { FIXTURE_TERMS } from "../tests/unit/match.fixture";
import { newsText, rng } from "./match";

type Find = (text: string) => unknown[];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// Pieces that exercise every rule: aliases in all cases and with suffixes, given names, role and
// capitalised words, separators of every kind, invisible units, diacritics and combining marks.
function fuzzPieces(terms: readonly Term[]): string[] {
  const aliases = [...new Set(terms.map((t) => t.text))];
  const pieces: string[] = [];
  for (const a of aliases) {
    pieces.push(
      a,
      a.toUpperCase(),
      a.toLowerCase(),
      `${a}s`,
      `${a}es`,
      `${a}-Krieg`,
      `${a}sprecher`,
      `${a}'s`,
    );
    const words = a.split(" ");
    if (words.length > 1) pieces.push(...words);
  }
  pieces.push(
    ..."Vassili Nikolai Georgia O'Keeffe Times Group South Republic President the The and in der die Krieg gegen Ukraine Moscow Minsk Kremlchef sagte Montag Regierung Präsident Sprecher Héllo Pashinián Ërdogan".split(
      " ",
    ),
  );
  return pieces;
}
const SEPARATORS = [
  " ",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  ". ",
  ", ",
  "-",
  "/",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "’",
  "'",
  ": ",
  "\n\n",
  "(",
  ")",
  "\u0301",
  "e\u0301",
  "…",
  "#",
];

function fuzzText(pieces: readonly string[], r: (n: number) => number): string {
  const parts: string[] = [];
  const count = 1 + r(14);
  for (let w = 0; w < count; w++) {
    let piece = pieces[r(pieces.length)]!;
    const cut = r(12);
    if (cut === 0) piece = piece.slice(0, r(piece.length + 1));
    else if (cut === 1) piece = piece.slice(r(piece.length + 1));
    else if (cut === 2) piece = piece.normalize("NFD");
    parts.push(piece, SEPARATORS[r(SEPARATORS.length)]!);
  }
  return parts.join("");
}

type Matchers = Array<{ find: (text: string, from?: number) => unknown[] }>;

function same(a: Matchers, text: string, from: number): boolean {
  return JSON.stringify(a[0]!.find(text, from)) === JSON.stringify(a[1]!.find(text, from));
}

async function verify(otherPath: string, fuzzed: number): Promise<void> {
  type Mod = { buildMatcher: (t: readonly Term[]) => { find: (text: string, from?: number) => unknown[] } };
  const other = (await import(otherPath)) as Mod;
  const dir = join(process.cwd(), "tests/fixtures/realtext");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  for (const page of ["de", "en", "hostile", "index"]) {
    const html = readFileSync(join(process.cwd(), `assets/demo/${page}.html`), "utf8");
    texts.push(html, html.replace(/<[^>]+>/g, " "));
  }
  texts.push(readFileSync(join(process.cwd(), "assets/factbase/seed.txt"), "utf8"));
  for (let seed = 1; seed <= 5; seed++)
    texts.push(newsPage({ textBytes: 60_000, seed }).html.replace(/<[^>]+>/g, "\n"));
  const termSets = [matchTerms(buildFactbaseFromDisk()), FIXTURE_TERMS];
  texts.push(newsText(termSets[0]!, 300_000, 3));
  let failures = 0;
  let checked = 0;
  for (const terms of termSets) {
    const pair: Matchers = [buildMatcher(terms), other.buildMatcher(terms)];
    const r = rng(99);
    for (const t of texts) {
      for (const from of [0, r(t.length + 1), r(Math.min(t.length, 200) + 1)]) {
        checked++;
        if (!same(pair, t, from)) {
          failures++;
          console.log(`DIFF in a ${t.length}-unit text from ${from}: ${JSON.stringify(t.slice(0, 80))}`);
        }
      }
    }
    const pieces = fuzzPieces(terms);
    for (let k = 0; k < fuzzed; k++) {
      const t = fuzzText(pieces, r);
      const from = r(3) === 0 ? r(t.length + 1) : 0;
      checked++;
      if (!same(pair, t, from)) {
        if (++failures <= 10) console.log(`DIFF from ${from}: ${JSON.stringify(t)}`);
      }
    }
  }
  console.log(`${checked} texts checked, ${failures} differences`);
  if (failures > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (process.argv[2] === "verify") {
    await verify(process.argv[3] ?? "/tmp/curmatch/index.ts", Number(process.argv[4] ?? 30_000));
    return;
  }
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
