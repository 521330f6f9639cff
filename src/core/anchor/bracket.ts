// A short quote whose spelling was corrected (docs/anchoring.md, rule 4b): "Wetr" → "Wert", "ale" → "alle".
// The approximate search allows a quarter of the quote, which for a word of three or four letters is nothing
// or a cut span; but when the saved context stands verbatim on both sides, 24 characters each, the word
// between them is the passage, provided it is one typing error (a letter added, dropped, changed, or two
// swapped) from the quote.
import { distance } from "./distance";
import { normaliseRange, rawSpan, reverse } from "./normalise";
import { EDGE } from "./side";
import type { Saved } from "./types";

/** Verbatim context needed on each side. */
const SIDE = 24;
/** How far from the saved position the bracket is looked for. */
const REACH = 4096;

export function bracketed(text: string, saved: Saved): { start: number; end: number } | null {
  if (saved.hint === null) return null;
  const before = reverse(saved.before.replaceAll(EDGE, ""));
  const after = saved.after.replaceAll(EDGE, "");
  if (before.length < SIDE || after.length < SIDE) return null;
  const left = before.slice(-SIDE);
  const right = after.slice(0, SIDE);
  const norm = nearby(text, saved.hint, saved.exact.length);
  const bound = typoBound(saved.core);
  let found: { start: number; end: number } | null = null;
  for (let i = norm.s.indexOf(left); i !== -1; i = norm.s.indexOf(left, i + 1)) {
    const from = i + left.length;
    const j = norm.s.indexOf(right, from);
    if (j === -1) break;
    const between = norm.s.slice(from, j);
    // The quote's own surrounding spaces belong to the saved sides.
    const core = between.trim();
    if (core.length === 0 || Math.abs(core.length - saved.core.length) > bound) continue;
    if (distance(core, saved.core, true) > bound) continue;
    // Two such places: nothing tells them apart.
    if (found) return null;
    const at = from + (between.length - between.trimStart().length);
    found = rawSpan(norm, at, at + core.length);
  }
  return found;
}

/** The text within REACH characters of the saved position, normalised. */
export function nearby(text: string, hint: number, length: number) {
  return normaliseRange(text, Math.max(0, hint - REACH), Math.min(text.length, hint + length + REACH));
}

/** One typing error for a word, one per eight characters beyond that. */
function typoBound(core: string): number {
  return Math.max(1, Math.floor(core.length / 8));
}
