// Matcher benchmark: throughput, independence from the fact base's size, and the cost of the usual
// alternative (one alternation regex). Run: npx tsx bench/match.ts. Prints medians.

import { matchTerms } from "../src/core/factbase/terms";
import { buildMatcher, type Term } from "../src/core/match";
import { FIXTURE_TERMS } from "../tests/unit/match.fixture";

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs = RUNS): number {
  for (let i = 0; i < 3; i++) fn(); // warm up (and let V8 optimise) before measuring
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export function rng(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** The real fact base when it can be compiled here, else the test fixture. */
async function realTerms(): Promise<{ terms: Term[]; source: string }> {
  try {
    const mod = await import("../scripts/factbase-files");
    const fb = mod.buildFactbaseFromDisk();
    return { terms: matchTerms(fb), source: "real fact base" };
  } catch {
    return { terms: FIXTURE_TERMS, source: "test fixture (fact base not loadable)" };
  }
}

const WORDS = (
  "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus " +
  "er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber " +
  "vor zur bis mehr durch man sein wurde Regierung Präsident Sprecher Militärbündnis Truppen Konflikt " +
  "Nachbarland Grenze Waffenstillstand Soldaten Region Mitgliedsstaaten erklärte sagte Sonntag Montag " +
  "Proteste Unterstützung Zweifel Sicherheit Bündnis Angaben Kämpfen neu russische armenische Europa " +
  "Weißrussland Natoli Jahresbeginn Einfluss zunehmend Auseinandersetzungen gewaltsamen"
).split(" ");

/** Synthetic German news text of about `units` UTF-16 units, with about one name in 17 words. */
export function newsText(terms: readonly Term[], units: number, seed: number): string {
  const r = rng(seed);
  const names = terms.map((t) => t.text).filter((t) => /^\p{Lu}/u.test(t));
  const parts: string[] = [];
  let len = 0;
  let sentence = 0;
  while (len < units) {
    let w: string;
    const roll = r(100);
    if (roll < 6) {
      w = names[r(names.length)]!;
      const form = r(10);
      if (form === 0) w += "s";
      else if (form === 1) w += "-Krieg";
    } else w = WORDS[r(WORDS.length)]!;
    sentence++;
    const sep = sentence % 14 === 0 ? ".\n" : sentence % 5 === 0 ? ", " : " ";
    parts.push(w, sep);
    len += w.length + sep.length;
  }
  return parts.join("");
}

function pseudoTerms(count: number, seed: number): Term[] {
  const r = rng(seed);
  const syl = ["ka", "ro", "mi", "sta", "wen", "dur", "lia", "bor", "tze", "ny", "gra", "vel", "schu", "ost"];
  const word = (): string => {
    let w = "";
    for (let i = 2 + r(3); i > 0; i--) w += syl[r(syl.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, i) => ({
    text: r(3) === 0 ? `${word()} ${word()}` : word(),
    entity: `gen-${i}`,
    caseSensitive: r(20) === 0,
    genitive: r(2) === 0,
  }));
}

function alternation(terms: readonly Term[], flags = "gu"): RegExp {
  const escaped = [...new Set(terms.map((t) => t.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

const mb = (units: number): number => units / 1e6;
const fmt = (x: number, d = 1): string => x.toFixed(d);

export async function runMatchBench(): Promise<void> {
  const { terms: real, source } = await realTerms();
  // Builds first, before the big texts exist, so their garbage does not land in these timings.
  const t0 = performance.now();
  buildMatcher(real);
  const buildCold = performance.now() - t0;
  const buildReal = time(() => buildMatcher(real), 25);
  const huge = [...real, ...pseudoTerms(100_000, 7)];
  const tenK = [...real, ...pseudoTerms(10_000 - real.length, 11)];
  const buildHuge = time(() => buildMatcher(huge), 5);
  const small = newsText(real, 200_000, 1);
  const large = newsText(real, 5_000_000, 2);
  const mReal = buildMatcher(real);
  const mHuge = buildMatcher(huge);
  const m10k = buildMatcher(tenK);

  const rows: Array<[string, string]> = [];
  rows.push(["aliases", `${real.length} (${source}); +100,000 generated = ${huge.length}`]);
  rows.push([
    "build, real aliases",
    `${fmt(buildReal, 2)} ms (first build in the process: ${fmt(buildCold, 2)} ms)`,
  ]);
  rows.push(["build, real + 100,000", `${fmt(buildHuge, 0)} ms`]);

  const tSmall = time(() => mReal.find(small), 25);
  const tLarge = time(() => mReal.find(large));
  rows.push([
    "find 0.2 MB, real",
    `${fmt(tSmall, 2)} ms = ${fmt(mb(small.length) / (tSmall / 1000), 0)} MB/s`,
  ]);
  rows.push(["find 5 MB, real", `${fmt(tLarge, 1)} ms = ${fmt(mb(large.length) / (tLarge / 1000), 0)} MB/s`]);
  const mentions = mReal.find(large).length;
  rows.push(["mentions in 5 MB", `${mentions}`]);

  const tHuge = time(() => mHuge.find(large));
  rows.push([
    "find 5 MB, real + 100,000",
    `${fmt(tHuge, 1)} ms; ratio ${fmt(tHuge / tLarge, 2)}x (target <= 1.3x)`,
  ]);

  const reReal = alternation(real);
  const re10k = alternation(tenK);
  const runRe = (re: RegExp, s: string): number => {
    let n = 0;
    re.lastIndex = 0;
    for (const _ of s.matchAll(re)) n++;
    return n;
  };
  const tReReal = time(() => runRe(reReal, small), 25);
  rows.push([
    "regex, real, 0.2 MB",
    `${fmt(tReReal, 2)} ms vs matcher ${fmt(tSmall, 2)} ms: matcher ${fmt(tReReal / tSmall, 1)}x faster`,
  ]);
  const t10k = time(() => m10k.find(small), 25);
  const tRe10k = time(() => runRe(re10k, small), 5);
  rows.push([
    "regex, 10,000 aliases, 0.2 MB",
    `${fmt(tRe10k, 0)} ms vs matcher ${fmt(t10k, 2)} ms: matcher ${fmt(tRe10k / t10k, 0)}x faster`,
  ]);
  const re10kI = alternation(tenK, "giu");
  const tRe10kI = time(() => runRe(re10kI, small), 5);
  rows.push([
    "regex /iu, 10,000, 0.2 MB",
    `${fmt(tRe10kI, 0)} ms (case-insensitive, as a folding matcher must be): ${fmt(tRe10kI / t10k, 0)}x`,
  ]);
  rows.push([
    "matches in 0.2 MB",
    `matcher ${mReal.find(small).length}, regex ${runRe(reReal, small)} (regex: exact case, no inflection)`,
  ]);
  rows.push(["regex, 100,000 aliases", "not run: one alternation of 100k aliases takes too long"]);

  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Matcher benchmark (median of ${RUNS} runs; MB = 10^6 UTF-16 units)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

if (process.argv[1] && /bench[\\/]match\.ts$/.test(process.argv[1])) {
  runMatchBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
