// The world pack on real news it was never tuned on (tests/fixtures/worldtext, gold written before the
// first run and frozen; docs/world-pack.md). Reports marks per page, precision and recall, as the page
// marks with both packs on: match, weigh evidence, drop places nested in places.
// Run: npx tsx bench/world-eval.ts. tests/unit/world-eval.test.ts asserts the targets.
import { join } from "node:path";
import { buildFactbaseFromDisk } from "../scripts/factbase-files";
import { matchTerms } from "../src/core/factbase/terms";
import { buildMatcher, type Mention, resolveEvidence } from "../src/core/match";
import { dropNestedPlaces } from "../src/core/match/places";
import { loadRealTexts, type RealText, type Score, scoreTexts } from "./precision";

const FIXTURES = join(import.meta.dirname ?? __dirname, "..", "tests", "fixtures");
/** Frozen: never tuned on. Dev: written to tune the German case forms and other names on. */
export const WORLD_SETS = { frozen: join(FIXTURES, "worldtext"), dev: join(FIXTURES, "worlddev") } as const;

export interface WorldEval {
  all: Score;
  pages: Array<{ file: string; lang: string; marks: number; gold: number; score: Score }>;
}

export function worldEval(print = true, set: keyof typeof WORLD_SETS = "frozen"): WorldEval {
  const fb = buildFactbaseFromDisk();
  const typeOf = new Map(fb.entities.map((e) => [e.id, e.type]));
  const matcher = buildMatcher(matchTerms(fb));
  const page = (text: string): Mention[] =>
    dropNestedPlaces(resolveEvidence(matcher.find(text), [text]), (id) => typeOf.get(id));
  const texts: RealText[] = loadRealTexts(WORLD_SETS[set]);
  const pages = texts.map((t) => {
    const score = scoreTexts([t], page);
    return { file: t.file, lang: t.lang, marks: score.found, gold: score.gold, score };
  });
  const all = scoreTexts(texts, page);
  if (print) {
    console.log(
      `World pack on ${set === "frozen" ? "real text (tests/fixtures/worldtext, frozen)" : "the dev set (tests/fixtures/worlddev)"}`,
    );
    for (const p of pages) {
      console.log(
        `  ${p.file.padEnd(40)} gold ${String(p.gold).padStart(3)}  marks ${String(p.marks).padStart(3)}  correct ${String(p.score.correct).padStart(3)}`,
      );
    }
    console.log(
      `  all: ${all.texts} texts, ${pages.filter((p) => p.marks > 0).length} with a mark; gold ${all.gold}, marks ${all.found}, ` +
        `precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)}, wrong entity ${all.wrongEntity}`,
    );
    for (const e of all.errors) console.log(`      ${e}`);
  }
  return { all, pages };
}

if (process.argv[1] && /bench[\\/]world-eval\.ts$/.test(process.argv[1])) {
  worldEval(true, "dev");
  worldEval(true, "frozen");
}
