// Copies the saved selectors could not tell apart even when the highlight was saved (docs/anchoring.md,
// rule 9): a teaser that repeats the sentence carries the same 32 characters on both sides of a quote inside
// the sentence. When the page had such a twin, the saved `target.occurrence` also keeps the wider context,
// out to where the twins stopped agreeing and 24 characters beyond, and a place is accepted only where that
// distinguishing part still stands at about its distance from the quote.
import { normaliseRange } from "./normalise";

/** Characters past the point where the twins' context stopped agreeing: the part that tells them apart. */
export const PROBE = 24;
/** Shortest distinguishing part worth keeping: fewer characters agree by chance. */
const MIN_PROBE = 8;
/** Widest context kept (beyond this, twins are the same passage: a repeated paragraph). */
const MAX_WIDE = 480;
/** How far edits next to the quote may have moved the distinguishing part. */
const SHIFT = 24;

export interface Wide {
  /** Normalised text right before the quote, reading order; "" when this side does not tell them apart. */
  prefix: string;
  /** Normalised text right after the quote; "" likewise. */
  suffix: string;
}

/** How many characters two strings agree on, read from their starts (`dir` 1) or ends (`dir` -1). */
function agreeing(a: string, b: string, dir: 1 | -1): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[dir === 1 ? i : a.length - 1 - i] === b[dir === 1 ? i : b.length - 1 - i]) i++;
  return i;
}

/**
 * The wider context of the occurrence at normalised [at, at + len) of `s` that tells it from the twins at
 * `others` (normalised starts), or null when one side cannot (the twins agree to the text's edge or beyond
 * MAX_WIDE on both sides: the same passage twice).
 */
export function wideContext(s: string, at: number, len: number, others: number[]): Wide | null {
  const mine = {
    before: s.slice(Math.max(0, at - MAX_WIDE - PROBE), at),
    after: s.slice(at + len, at + len + MAX_WIDE + PROBE),
  };
  let lb = 0;
  let la = 0;
  for (const o of others) {
    lb = Math.max(lb, agreeing(mine.before, s.slice(Math.max(0, o - MAX_WIDE - PROBE), o), -1));
    la = Math.max(la, agreeing(mine.after, s.slice(o + len, o + len + MAX_WIDE + PROBE), 1));
  }
  const side = (text: string, agree: number, dir: 1 | -1) => {
    if (agree >= MAX_WIDE || text.length - agree < MIN_PROBE) return "";
    const keep = Math.min(text.length, agree + PROBE);
    return dir === 1 ? text.slice(0, keep) : text.slice(text.length - keep);
  };
  const wide = { prefix: side(mine.before, lb, -1), suffix: side(mine.after, la, 1) };
  return wide.prefix || wide.suffix ? wide : null;
}

/**
 * Whether the place text[start, end) still has the saved wider context's distinguishing part on at least one
 * side, at about its saved distance from the quote. True when nothing wider was saved.
 */
export function wideAgrees(text: string, wide: Wide | null, start: number, end: number): boolean {
  if (!wide) return true;
  const { prefix, suffix } = wide;
  if (prefix) {
    const probe = prefix.slice(0, Math.min(PROBE, prefix.length - 1));
    const reach = prefix.length + SHIFT + probe.length;
    // Raw characters read: enough for `reach` normalised ones unless whitespace runs are very long.
    const cur = normaliseRange(text, Math.max(0, start - 4 * reach), start).s.slice(-reach);
    const want = cur.length - prefix.length;
    const at = cur.indexOf(probe, Math.max(0, want - SHIFT));
    if (at !== -1 && at <= want + SHIFT) return true;
  }
  if (suffix) {
    const probe = suffix.slice(-Math.min(PROBE, suffix.length - 1));
    const reach = suffix.length + SHIFT;
    const cur = normaliseRange(text, end, Math.min(text.length, end + 4 * reach)).s.slice(0, reach);
    const want = suffix.length - probe.length;
    const at = cur.indexOf(probe, Math.max(0, want - SHIFT));
    if (at !== -1 && at <= want + SHIFT) return true;
  }
  return false;
}
