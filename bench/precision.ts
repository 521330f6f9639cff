// Precision on real text: German and English news excerpts about the region, plus unrelated pages with
// the ambiguous names of issue 10, each with hand-made gold mentions (tests/fixtures/realtext/).
// Run: npx tsx bench/precision.ts. tests/unit/precision.realtext.test.ts asserts the targets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildFactbaseFromDisk } from "../scripts/factbase-files";
import { matchTerms } from "../src/core/factbase/terms";
import { buildMatcher, type Mention, resolveEvidence } from "../src/core/match";

const DIR = join(import.meta.dirname ?? __dirname, "..", "tests", "fixtures", "realtext");

export interface RealText {
  file: string;
  source: string;
  lang: "de" | "en";
  kind: "region" | "unrelated";
  text: string;
  /**
   * Gold mentions in reading order: [surface, entity], [surface, entity, "+"] for a compound's part, or
   * [surface, entity, "@offset"] where an earlier occurrence of the surface is no mention ("FC Bayern" before
   * "RL Bayern"): lookups go from the previous mention on, so they could not skip it otherwise.
   */
  gold: Array<[string, string] | [string, string, "+" | `@${number}`]>;
}

export interface Span {
  entity: string;
  start: number;
  end: number;
}

export interface Score {
  texts: number;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** Marks whose span names no gold mention of that entity: the reader is told the wrong thing. */
  wrongEntity: number;
  errors: string[];
}

export function loadRealTexts(dir = DIR): RealText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as Omit<RealText, "file">) }));
}

const LETTER = /[\p{L}\p{N}]/u;

/** Gold offsets: each surface is looked up from the previous one's start, as a whole word. */
export function goldSpans(t: RealText): Span[] {
  const spans: Span[] = [];
  const used = new Set<string>();
  let cursor = 0;
  for (const [surface, entity, part] of t.gold) {
    if (part?.startsWith("@")) {
      const at = Number(part.slice(1));
      if (t.text.slice(at, at + surface.length) !== surface || at < cursor)
        throw new Error(`${t.file}: gold "${surface}" is not at offset ${at} (after ${cursor})`);
      used.add(`${at}:${at + surface.length}:${entity}`);
      spans.push({ entity, start: at, end: at + surface.length });
      cursor = at;
      continue;
    }
    let at = t.text.indexOf(surface, cursor);
    const ok = (i: number): boolean =>
      !used.has(`${i}:${i + surface.length}:${entity}`) &&
      !LETTER.test(t.text.charAt(i - 1)) &&
      // A compound's part goes on in a hyphen or a small letter ("US-Präsident", "Chinapolitik"), never in a
      // capital: "US" is no part of "USA".
      (part === "+"
        ? !/\p{Lu}/u.test(t.text.charAt(i + surface.length))
        : !LETTER.test(t.text.charAt(i + surface.length)));
    while (at !== -1 && !ok(at)) at = t.text.indexOf(surface, at + 1);
    if (at === -1) throw new Error(`${t.file}: gold "${surface}" not found after offset ${cursor}`);
    used.add(`${at}:${at + surface.length}:${entity}`);
    spans.push({ entity, start: at, end: at + surface.length });
    cursor = at;
  }
  return spans;
}

export function scoreTexts(texts: readonly RealText[], find: (text: string) => Mention[]): Score {
  let gold = 0;
  let found = 0;
  let correct = 0;
  let wrongEntity = 0;
  const errors: string[] = [];
  for (const t of texts) {
    const g = goldSpans(t);
    const key = (s: Span): string => `${s.start}:${s.end}:${s.entity}`;
    const goldKeys = new Set(g.map(key));
    const marks = find(t.text);
    const markKeys = new Set(marks.map(key));
    gold += g.length;
    found += marks.length;
    for (const m of marks) {
      if (goldKeys.has(key(m))) {
        correct++;
        continue;
      }
      const sameEntityOverlap = g.some((s) => s.entity === m.entity && s.start < m.end && m.start < s.end);
      if (!sameEntityOverlap) wrongEntity++;
      errors.push(`${t.file}: extra ${m.entity} "${t.text.slice(m.start, m.end)}" at ${m.start}`);
    }
    for (const s of g) {
      if (!markKeys.has(key(s)))
        errors.push(`${t.file}: missed ${s.entity} "${t.text.slice(s.start, s.end)}" at ${s.start}`);
    }
  }
  return {
    texts: texts.length,
    gold,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: gold === 0 ? 1 : correct / gold,
    wrongEntity,
    errors,
  };
}

export interface PrecisionResult {
  de: Score;
  en: Score;
  unrelated: Score;
}

export function benchPrecision(print = true): PrecisionResult {
  const matcher = buildMatcher(matchTerms(buildFactbaseFromDisk(), new Set(["seed"] as const)));
  // As the page does: every block matched, then the per-page evidence step over all of them.
  const page = (text: string): Mention[] => resolveEvidence(matcher.find(text), [text]);
  const texts = loadRealTexts();
  const result: PrecisionResult = {
    de: scoreTexts(
      texts.filter((t) => t.kind === "region" && t.lang === "de"),
      page,
    ),
    en: scoreTexts(
      texts.filter((t) => t.kind === "region" && t.lang === "en"),
      page,
    ),
    unrelated: scoreTexts(
      texts.filter((t) => t.kind === "unrelated"),
      page,
    ),
  };
  if (print) {
    console.log("Precision on real text (tests/fixtures/realtext)");
    for (const [name, s] of Object.entries(result) as Array<[string, Score]>) {
      console.log(
        `  ${name.padEnd(9)} ${String(s.texts).padStart(2)} texts  gold ${String(s.gold).padStart(3)}  marks ${String(s.found).padStart(3)}  ` +
          `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  wrong entity ${s.wrongEntity}`,
      );
      for (const e of s.errors) console.log(`      ${e}`);
    }
  }
  return result;
}

if (process.argv[1] && /bench[\\/]precision\.ts$/.test(process.argv[1])) benchPrecision();
