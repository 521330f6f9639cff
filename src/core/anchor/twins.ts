// Copies the saved selectors could not tell apart even when the highlight was saved (docs/anchoring.md,
// rule 9): a teaser that repeats the sentence carries the same 32 characters on both sides of a quote inside
// the sentence. When the page had such a twin, the saved `target.occurrence` also keeps the wider context,
// out to where the twins stopped agreeing and 24 characters beyond, and a place is accepted only where that
// distinguishing part still stands at about its distance from the quote.
import { normaliseRange, reverse } from "./normalise";

/** Characters past the point where the twins' context stopped agreeing: the part that tells them apart. */
export const PROBE = 24;
/** Shortest distinguishing part worth keeping: fewer characters agree by chance. */
const MIN_PROBE = 8;
/** Widest context compared; twins that agree further are the same passage (a repeated paragraph). */
const MAX_WIDE = 480;
/** How far edits next to the quote may have moved the distinguishing part. */
const SHIFT = 24;

export interface Wide {
  /** Normalised text right before the quote, reading order; "" when this side does not tell them apart. */
  prefix: string;
  /** Normalised text right after the quote; "" likewise. */
  suffix: string;
}

/** Of `mine` (read outward from the quote), what reaches PROBE characters past every twin's agreement. */
function telling(mine: string, twins: string[]): string {
  let agree = 0;
  for (const t of twins) {
    let i = 0;
    while (i < mine.length && mine[i] === t[i]) i++;
    agree = Math.max(agree, i);
  }
  return mine.length - agree < MIN_PROBE ? "" : mine.slice(0, agree + PROBE);
}

/**
 * The wider context of the occurrence at normalised [at, at + len) of `s` that tells it from the twins at
 * `others` (normalised starts), per side ("" for a side where they agree to the text's edge or to the end
 * of what is compared: the same passage twice); null when neither side does.
 */
export function wideContext(s: string, at: number, len: number, others: number[]): Wide | null {
  const reach = MAX_WIDE + PROBE;
  const before = (o: number) => reverse(s.slice(Math.max(0, o - reach), o));
  const after = (o: number) => s.slice(o + len, o + len + reach);
  const prefix = reverse(telling(before(at), others.map(before)));
  const suffix = telling(after(at), others.map(after));
  return prefix || suffix ? { prefix, suffix } : null;
}

/** Whether `cur` (read outward) has the outermost characters of `side` (likewise) at about their distance. */
function stands(side: string, cur: string): boolean {
  if (!side) return false;
  const n = Math.min(PROBE, side.length - 1);
  const want = side.length - n;
  const at = cur.indexOf(side.slice(want), Math.max(0, want - SHIFT));
  return at !== -1 && at <= want + SHIFT;
}

/**
 * Whether the place text[start, end) still has the saved wider context's distinguishing part on at least one
 * side, at about its saved distance from the quote. True when nothing wider was saved.
 */
export function wideAgrees(
  text: string,
  wide: (Partial<Wide> & { unlike?: boolean }) | null,
  start: number,
  end: number,
  lost: boolean,
): boolean {
  const { prefix = "", suffix = "", unlike } = wide ?? {};
  if ((!prefix && !suffix) || (unlike && !lost)) return true;
  // Raw characters read: enough for the normalised ones unless whitespace runs are very long.
  const reach = 4 * (MAX_WIDE + PROBE + SHIFT);
  const before =
    !prefix || stands(reverse(prefix), reverse(normaliseRange(text, Math.max(0, start - reach), start).s));
  const after = !suffix || stands(suffix, normaliseRange(text, end, Math.min(text.length, end + reach)).s);
  // A copy went since saving: the one left must show every side that told the copies apart (rule 9b).
  return lost ? before && after : (!!prefix && before) || (!!suffix && after);
}
