// The world pack's real-text evaluations (bench/world-eval.ts): the frozen set (tests/fixtures/worldtext,
// never tuned on), the dev set (tests/fixtures/worlddev, written to tune the German case forms on) and the
// news, fresh and three sealed sets.
// The thresholds are the measured levels (docs/world-pack.md), so a change that loses marks fails.
import { worldEval } from "../../bench/world-eval";

test("on real news never tuned on, the world pack's marks are right (precision >= 0.98)", () => {
  const { all, pages } = worldEval(false, "frozen");
  expect(all.texts).toBeGreaterThanOrEqual(10);
  expect(all.gold).toBeGreaterThanOrEqual(60);
  expect(all.precision).toBeGreaterThanOrEqual(0.98);
  expect(all.recall).toBeGreaterThanOrEqual(0.97);
  expect(all.wrongEntity).toBe(0);
  // Every page whose gold names something gets at least one mark; pages without get none.
  for (const p of pages) expect(p.marks > 0).toBe(p.gold > 0);
});

test("on the dev set, inflected German names and short forms are marked", () => {
  const { all } = worldEval(false, "dev");
  expect(all.texts).toBeGreaterThanOrEqual(6);
  expect(all.precision).toBeGreaterThanOrEqual(0.98);
  expect(all.recall).toBeGreaterThanOrEqual(0.98);
  expect(all.wrongEntity).toBe(0);
});

test("on real news pages found by topic (the news dev set), pages that name something get right marks", () => {
  const { all, pages } = worldEval(false, "news");
  expect(all.texts).toBeGreaterThanOrEqual(30);
  expect(all.precision).toBeGreaterThanOrEqual(0.98);
  expect(all.recall).toBeGreaterThanOrEqual(0.98);
  expect(all.wrongEntity).toBe(0);
  for (const p of pages) if (p.gold > 0) expect(p.correct).toBeGreaterThan(0);
});

test("on everyday news pages found by topic (the fresh set), pages get right marks at the measured levels", () => {
  const { all, pages } = worldEval(false, "fresh");
  expect(all.texts).toBe(24);
  // Seen now, never tuned on (docs/world-pack.md): first measured at precision 25/26, recall 25/27; with
  // the states, regions and territories 32/34 and 32/32 (the new wrong mark: "HTHC Hamburg", a hockey
  // club, left unfixed because the set may not be tuned on).
  // With the German cities, districts and organisations and the precision classes (New Bern, gold extended
  // by reading): 48/49 right, 48/51 found, German pages with a right mark 5 -> 7.
  expect(all.precision).toBeGreaterThanOrEqual(0.97);
  expect(all.recall).toBeGreaterThanOrEqual(0.94);
  const rightPages = (lang: string) => pages.filter((p) => p.lang === lang && p.correct > 0).length;
  expect(rightPages("de")).toBeGreaterThanOrEqual(7);
  expect(rightPages("en")).toBeGreaterThanOrEqual(6);
});

test("on the sealed set (everyday news measured once, docs/world-pack.md), marks stay at the measured levels", () => {
  const { all, pages } = worldEval(false, "sealed");
  expect(all.texts).toBe(23);
  // Measured once: 17/19 right, 17/18 found with the gold as committed; 18/19 and 18/18 once the gold's
  // lookup skips the club's "FC Bayern" as its author meant. The wrong mark: "KSV Hessen Kassel", a club.
  // With the cities (gold extended by reading the texts for their names): 34/35 right, 34/35 found (the miss:
  // "in Essen" on a page that names no other city or state of Essen's, so the word rule keeps it out).
  // With the German cities, districts, parties and unions (gold extended by reading): 43/43 right, 43/44
  // found, German pages with a right mark 6 -> 8.
  expect(all.precision).toBeGreaterThanOrEqual(0.97);
  expect(all.recall).toBeGreaterThanOrEqual(0.97);
  const rightPages = (lang: string) => pages.filter((p) => p.lang === lang && p.correct > 0).length;
  expect(rightPages("de")).toBeGreaterThanOrEqual(8);
  // With the US states (gold extended by reading the texts for their names): 26/27 right, 26/26 found, 4
  // English pages with a right mark instead of 2.
  expect(rightPages("en")).toBeGreaterThanOrEqual(5);
});

test("on the second sealed set (measured once, docs/world-pack.md), marks stay at the measured levels", () => {
  const { all, pages } = worldEval(false, "sealed2");
  expect(all.texts).toBe(24);
  // Measured once, after the US states, the cities and the club words: 41/47 right, 41/45 found; pages with
  // a right mark: German 5 of 12, English 7 of 12. The six wrong marks and four misses are listed in
  // docs/world-pack.md; no rule was fitted to them.
  // Seen since; after the precision classes, the office words and the German cities, parties and unions
  // (gold extended by reading): 47/50 right, 47/49 found, German pages with a right mark 5 -> 6.
  expect(all.precision).toBeGreaterThanOrEqual(0.93);
  expect(all.recall).toBeGreaterThanOrEqual(0.95);
  const rightPages = (lang: string) => pages.filter((p) => p.lang === lang && p.correct > 0).length;
  expect(rightPages("de")).toBeGreaterThanOrEqual(6);
  expect(rightPages("en")).toBeGreaterThanOrEqual(7);
});

test("on the third sealed set (measured once, docs/world-pack.md), marks stay at the measured levels", () => {
  const { all, pages } = worldEval(false, "sealed3");
  expect(all.texts).toBe(24);
  // Measured once, after the districts, the German cities, parties and unions and the precision classes:
  // 44/48 right, 44/47 found; pages with a right mark: German 5 of 12, English 6 of 12 (every page whose
  // gold names something). The four wrong marks and three misses are listed in docs/world-pack.md; no rule
  // was fitted to them.
  expect(all.precision).toBeGreaterThanOrEqual(0.91);
  expect(all.recall).toBeGreaterThanOrEqual(0.93);
  const rightPages = (lang: string) => pages.filter((p) => p.lang === lang && p.correct > 0).length;
  expect(rightPages("de")).toBeGreaterThanOrEqual(5);
  expect(rightPages("en")).toBeGreaterThanOrEqual(6);
});
