// Issue 10 targets on real text (tests/fixtures/realtext, scored by bench/precision.ts).
import { benchPrecision, goldSpans, loadRealTexts, scoreTexts } from "../../bench/precision";

describe("precision on real text", () => {
  const result = benchPrecision(false);

  test.each(["de", "en"] as const)("%s reports about the region meet the targets", (lang) => {
    const s = result[lang];
    expect(s.texts).toBeGreaterThanOrEqual(5);
    expect(s.gold).toBeGreaterThanOrEqual(80);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.wrongEntity).toBeLessThanOrEqual(1);
  });

  test("unrelated pages get no mark of a wrong entity", () => {
    expect(result.unrelated.texts).toBeGreaterThanOrEqual(5);
    expect(result.unrelated.wrongEntity).toBe(0);
    expect(result.unrelated.errors).toEqual([]);
  });

  test("every fixture names its source and its gold resolves to whole words", () => {
    for (const t of loadRealTexts()) {
      expect(t.source).toMatch(/^https?:\/\//);
      const spans = goldSpans(t);
      expect(spans).toHaveLength(t.gold.length);
      for (const [i, s] of spans.entries()) expect(t.text.slice(s.start, s.end)).toBe(t.gold[i]![0]);
    }
  });

  test("the score counts misses and wrong marks", () => {
    const texts = loadRealTexts().filter((t) => t.kind === "region" && t.lang === "de");
    expect(scoreTexts(texts, () => []).recall).toBe(0);
    const wrong = scoreTexts(texts, (text) => [
      { entity: "georgien", start: 0, end: Math.min(5, text.length) },
    ]);
    expect(wrong.wrongEntity).toBe(texts.length);
    expect(wrong.precision).toBe(0);
  });
});
