// Quality guard on the frozen evaluation set (docs/discovery-eval.md): 30 real news texts whose gold was
// written before the code first ran on them, and which no rule was tuned on. Units are distinct names per
// text and kind, after dropping the names the fact base covers, exactly as bench/discover.ts counts them.
//
// The targets are English P ≥ 0.85, R ≥ 0.70 and German P ≥ 0.80, R ≥ 0.60. Where the measured
// level is below a target, the floor is the measured level (docs/discovery.md, "Dev and frozen"), so that
// no later change can make it worse; raise a floor when a change raises the level, never lower it.
import { benchQuality, type Score } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const FLOORS: Record<string, { p: number; r: number }> = {
  en: { p: 0.75, r: 0.7 },
  de: { p: 0.69, r: 0.55 },
};

jest.setTimeout(120_000);

let totals: Record<string, Score> | undefined;

test.each(Object.keys(FLOORS))("%s frozen set: precision and recall at their floors", async (lang) => {
  totals ??= await benchQuality(false, { discoverNames });
  const s = totals[`${lang} frozen`]!;
  // 15 texts a language: a set that lost texts would measure something else.
  expect(s.gold).toBeGreaterThan(120);
  expect(s.correct / s.found).toBeGreaterThanOrEqual(FLOORS[lang]!.p);
  expect(s.correct / s.gold).toBeGreaterThanOrEqual(FLOORS[lang]!.r);
});
