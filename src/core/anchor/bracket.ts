// A short quote whose spelling was corrected (docs/anchoring.md, rule 4b): "Wetr" → "Wert", "ale" → "alle".
// The approximate search allows a quarter of the quote, which for a word of three or four letters is nothing
// or a cut span; but when the saved context stands verbatim on both sides, 24 characters each, the word
// between them is the passage, provided it is one typing error (a letter added, dropped, changed, or two
// swapped) from the quote.
import { normaliseRange, rawSpan } from "./normalise";
import { EDGE } from "./side";
import type { Saved } from "./types";

/** Verbatim context needed on each side. */
const SIDE = 24;
/** How far from the saved position the bracket is looked for. */
const REACH = 4096;

const reverse = (s: string) => Array.from(s).reverse().join("");

export function bracketed(text: string, saved: Saved): { start: number; end: number } | null {
  if (saved.hint === null) return null;
  const before = reverse(saved.before.replaceAll(EDGE, ""));
  const after = saved.after.replaceAll(EDGE, "");
  if (before.length < SIDE || after.length < SIDE) return null;
  const left = before.slice(-SIDE);
  const right = after.slice(0, SIDE);
  const lo = Math.max(0, saved.hint - REACH);
  const norm = normaliseRange(text, lo, Math.min(text.length, saved.hint + saved.exact.length + REACH));
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
    if (osa(core, saved.core) > bound) continue;
    // Two such places: nothing tells them apart.
    if (found) return null;
    const at = from + (between.length - between.trimStart().length);
    found = rawSpan(norm, at, at + core.length);
  }
  return found;
}

/** One typing error for a word, one per eight characters beyond that. */
function typoBound(core: string): number {
  return Math.max(1, Math.floor(core.length / 8));
}

/** Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters as one edit. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
