// Regression guard for name discovery: precision and recall over every gold text per language (dev,
// held-out and unseen pooled; the frozen, fresh and sealed sets have their own guard) must stay at the targets of issue 12. Figures per split: bench/discover.ts.
import { benchQuality, type Score } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const TARGETS: Record<string, { p: number; r: number }> = {
  en: { p: 0.85, r: 0.7 },
  de: { p: 0.8, r: 0.5 },
};

jest.setTimeout(60_000);

test.each(Object.keys(TARGETS))("%s: precision and recall at the targets", async (lang) => {
  const totals = await benchQuality(false, { discoverNames });
  const pooled = Object.entries(totals)
    .filter(([key]) => key.startsWith(`${lang} `) && !/ (?:frozen|fresh|sealed)$/.test(key))
    .map(([, s]) => s)
    .reduce((a: Score, b: Score) => ({
      gold: a.gold + b.gold,
      found: a.found + b.found,
      correct: a.correct + b.correct,
      wrongKind: a.wrongKind + b.wrongKind,
      errors: [],
    }));
  expect(pooled.gold).toBeGreaterThan(50);
  expect(pooled.correct / pooled.found).toBeGreaterThanOrEqual(TARGETS[lang]!.p);
  expect(pooled.correct / pooled.gold).toBeGreaterThanOrEqual(TARGETS[lang]!.r);
});
