// The sealed anchoring evaluation (docs/anchoring.md, "Sealed set"): 43 real news texts the anchoring code
// never ran on (the discovery `fresh` and `sealed` splits, tests/fixtures/discover), with every edit kind of
// the dev, held-out and frozen sets and five kinds written for this set. Written, with the gold each edit
// implies, before anchorQuote first ran on them; the test pins the cases by hash.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  applyAll,
  DEV_KINDS,
  type Gen,
  HELD_OUT_KINDS,
  INSERTED,
  move,
  paragraphOf,
  paragraphs,
  pick,
  sentenceOf,
  sentences,
  words,
} from "./edits";
import { FRESH_KINDS } from "./fresh-kinds";

/** Every discovery text of the `fresh` and `sealed` splits, which carry their own text. */
export function sealedTexts(): { id: string; text: string }[] {
  const dir = join(process.cwd(), "tests/fixtures/discover");
  return readdirSync(dir)
    .filter((f) => /^(de|en)-(fresh|sealed)-/.test(f))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      text: JSON.parse(readFileSync(join(dir, f), "utf8")).text as string,
    }))
    .filter((t) => typeof t.text === "string" && t.text.length > 0);
}

const ADVERBS = ["offenbar", "apparently", "erneut", "again", "deutlich", "clearly"];

/** Edit kinds written for the sealed set: no rule was tuned on them. */
export const SEALED_ONLY_KINDS: Record<string, Gen> = {
  /** An adverb inserted between two words inside the highlight: the span must cover it. */
  wordInsertedInside(text, span, r) {
    const inside = words(text).filter((w) => w.at >= span[0] && w.end <= span[1]);
    if (inside.length < 3) return null;
    const w = pick(r, inside.slice(1));
    return applyAll(text, span, [{ at: w.at, del: 0, ins: `${pick(r, ADVERBS)} ` }]);
  },
  /** A figure next to the highlight updated, and one inside it if there is one. */
  numberChanged(text, span, r) {
    const nums = [...text.matchAll(/\d+/g)].filter(
      (m) => m.index + m[0].length > span[0] - 40 && m.index < span[1] + 40,
    );
    if (!nums.length) {
      const near = words(text).filter((w) => w.end <= span[0] && w.end > span[0] - 32);
      if (!near.length) return null;
      const w = pick(r, near);
      return applyAll(text, span, [{ at: w.at, del: w.end - w.at, ins: String(2 + Math.floor(r() * 97)) }]);
    }
    return applyAll(
      text,
      span,
      nums.map((m) => ({
        at: m.index,
        del: m[0].length,
        ins: String(Number(m[0]) + 1 + Math.floor(r() * 9)),
      })),
    );
  },
  /** The highlight's paragraph split in two at a sentence end before or after the highlight. */
  paragraphSplit(text, span, r) {
    const para = paragraphOf(text, span[0]);
    if (!para) return null;
    const ends = sentences(text)
      .filter((s) => s.end > para.at && s.end < para.end && (s.end <= span[0] || s.end >= span[1]))
      .map((s) => s.end);
    const at = ends.length ? pick(r, ends) : null;
    if (at === null || text[at] !== " ") return null;
    return applyAll(text, span, [{ at, del: 1, ins: "\n" }]);
  },
  /** An advertisement line put right before or after the highlight's sentence, inside its paragraph. */
  adBetweenSentences(text, span, r) {
    const own = sentenceOf(text, span[0]);
    if (!own) return null;
    const at = r() < 0.5 ? own.at : Math.max(own.end, span[1]);
    const ad = `\n${pick(r, INSERTED)}\n`;
    return applyAll(text, span, [{ at, del: at === own.at ? 0 : text[at] === " " ? 1 : 0, ins: ad }]);
  },
  /** The highlight's paragraph moved to the end of the page, and a word near the highlight changed. */
  movedToEndAndEdited(text, span, r) {
    const own = paragraphOf(text, span[0]);
    if (!own || paragraphs(text).length < 2 || own.end >= text.length - 1) return null;
    const be = Math.min(text.length, own.end + 1);
    const moved = move(`${text}\n`, own.at, be, text.length + 1, span);
    if (!moved) return null;
    const near = words(moved.edited).filter(
      (w) =>
        (w.end <= moved.expect[0] && w.end > moved.expect[0] - 32) ||
        (w.at >= moved.expect[1] && w.at < moved.expect[1] + 32),
    );
    if (!near.length) return moved;
    const w = pick(r, near);
    return applyAll(moved.edited, moved.expect, [
      { at: w.at, del: w.end - w.at, ins: pick(r, ["angeblich", "reportedly", "gestern", "yesterday"]) },
    ]);
  },
};

export const SEALED_KINDS: Record<string, Gen> = {
  ...DEV_KINDS,
  ...HELD_OUT_KINDS,
  ...FRESH_KINDS,
  ...SEALED_ONLY_KINDS,
};
