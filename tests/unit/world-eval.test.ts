// The world pack's frozen real-text evaluation (bench/world-eval.ts, tests/fixtures/worldtext).
import { worldEval } from "../../bench/world-eval";

test("on real news never tuned on, the world pack's marks are right (precision >= 0.98)", () => {
  const { all, pages } = worldEval(false);
  expect(all.texts).toBeGreaterThanOrEqual(10);
  expect(all.gold).toBeGreaterThanOrEqual(60);
  expect(all.precision).toBeGreaterThanOrEqual(0.98);
  expect(all.recall).toBeGreaterThanOrEqual(0.9);
  expect(all.wrongEntity).toBe(0);
  // Every page whose gold names something gets at least one mark; pages without get none.
  for (const p of pages) expect(p.marks > 0).toBe(p.gold > 0);
});
