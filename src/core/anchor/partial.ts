// Part of the quote's own sentence deleted on one side (docs/anchoring.md, rule 3c): "A said on Monday that
// B was …" → "B was …". One side of the saved context still stands whole; on the other, the quote now begins
// (or ends) its sentence. One intact side alone is what a deleted sentence leaves behind too (its neighbour
// moves up behind the old prefix), so this rule asks for more: the intact side must be whole, 24+
// characters, and either the text beyond the deleted part is the saved context beyond the own sentence, or
// the quote is the only place on the page, near where it was.
import { edgesAt } from "./clause";
import { sideScore } from "./side";
import type { Saved } from "./types";

/** Saved context that must agree, whole, on the side that was kept. */
const KEPT_SIDE = 24;
/** Agreement beyond the deleted part: beyond chance (99.9th percentile 6, docs/anchoring.md). */
const OUTER = 8;
/** Without that, the only place must be this close to the saved position (a deletion moves it little). */
const NEAR = 2000;
/** A sentence's closing punctuation, which stays when the rest of the sentence after the quote goes. */
const CLOSING = /^[.!?…]["'”“»«’‘)\]]*/;

export interface Sides {
  /** Agreement of the saved before/after sides (side.ts, words allowed). */
  b: number;
  a: number;
  /** The text around the candidate now, read outward (score.ts currentBefore/currentAfter). */
  curBefore: string;
  curAfter: string;
}

export function partlyDeleted(
  text: string,
  saved: Saved,
  start: number,
  end: number,
  unique: boolean,
  sides: Sides,
): boolean {
  const now = edgesAt(text, start, end);
  const near = saved.hint !== null && Math.abs(start - saved.hint) <= NEAR;
  // The rest of the sentence after the quote went: the before side is whole, the quote ends its sentence now.
  if (!saved.edge.after && now.after && kept(sides.b, saved.maxBefore)) {
    const beyond = sides.curAfter.replace(CLOSING, "");
    if (outerAgrees(saved.outer.after, beyond) || (unique && near)) return true;
  }
  // The sentence's beginning went: the after side is whole, the quote begins its sentence now.
  if (!saved.edge.before && now.before && kept(sides.a, saved.maxAfter))
    return outerAgrees(saved.outer.before, sides.curBefore) || (unique && near);
  return false;
}

const kept = (got: number, max: number) => max >= KEPT_SIDE && got >= max - 2;

/** The saved context beyond the quote's own sentence is what now touches the quote. */
function outerAgrees(outer: string, cur: string): boolean {
  const o = outer.trimStart();
  const c = cur.trimStart();
  return o.length >= OUTER && sideScore(o.slice(0, 2 * OUTER), c) >= OUTER;
}
