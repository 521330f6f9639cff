// How much a candidate place is supported by the saved quote, prefix, suffix and position, and whether that
// is enough. Units are (normalised) characters that agree: errors cost 2, so chance agreement between
// unrelated sentences stays near zero, while a typo in the context costs little.

import { leadingSpace, normalize, normalizeRange, trailingSpace } from "./normalize";
import type { SavedQuote } from "./types";

/** Context length describeQuote saves. */
export const CONTEXT = 32;
/** Marks the start or end of the whole text; agreeing on it counts like this many characters. */
const EDGE = "\u0000";
const EDGE_WEIGHT = 8;
/** Raw characters read around a candidate: enough for CONTEXT characters after whitespace collapses. */
const RAW_WINDOW = 256;
const CUR_CONTEXT = CONTEXT + 16;
/** How far a displaced context (something inserted or deleted next to the quote) may have moved. */
const DISPLACED_WINDOW = 4096;
const MIN_PROBE = 20;
/** Quotes at least this long, found once, are their own evidence. */
export const LONG_QUOTE = 64;
const GOOD_SIDE = 16;
const BAND = 12;
const NEG = -1 << 20;
const ROW = 2 * CONTEXT + 2;
const rowA = new Int32Array(ROW);
const rowB = new Int32Array(ROW);

export interface Saved {
  exact: string;
  /** The normalised quote without surrounding whitespace: what the fuzzy search looks for. */
  core: string;
  /** Normalised prefix, reversed (read outward from the quote), EDGE last if the quote began the text. */
  before: string;
  /** Normalised suffix, EDGE last if the suffix reached the end of the text. */
  after: string;
  maxBefore: number;
  maxAfter: number;
  hint: number | null;
}

export interface Verdict {
  score: number;
  ok: boolean;
  /** Both sides agree but for a character or two: the page around the quote is unchanged. */
  intact: boolean;
}

const reverse = (s: string) => Array.from(s).reverse().join("");
const weight = (s: string) => (s.endsWith(EDGE) ? s.length - 1 + EDGE_WEIGHT : s.length);

export function prepare(q: SavedQuote): Saved | null {
  const core = normalize(q.exact).trim();
  if (core.length === 0) return null;
  const lead = leadingSpace(q.exact) > 0 ? " " : "";
  const trail = trailingSpace(q.exact) > 0 ? " " : "";
  // Only the CONTEXT characters next to the quote matter; other tools may save more.
  let before = normalize(`${q.prefix}${lead}`).slice(-CUR_CONTEXT);
  let after = normalize(`${trail}${q.suffix}`).slice(0, CUR_CONTEXT);
  const atStart = q.start !== null ? q.start === q.prefix.length : q.prefix.length < CONTEXT;
  before = reverse(before) + (atStart ? EDGE : "");
  if (q.suffix.length < CONTEXT) after += EDGE;
  return {
    exact: q.exact,
    core,
    before,
    after,
    maxBefore: weight(before),
    maxAfter: weight(after),
    hint: q.start,
  };
}

/**
 * Best score of aligning `saved` against `cur`, both read outward from the quote: +1 per agreeing character
 * (EDGE_WEIGHT for the text edge), -2 per differing, missing or extra one, stopping wherever it pays most.
 */
export function sideScore(saved: string, cur: string): number {
  const m = Math.min(cur.length, ROW - 2);
  // Two reused DP rows; alignments that drift more than BAND characters apart score below zero anyway.
  let prev = rowA;
  let row = rowB;
  prev.fill(NEG);
  row.fill(NEG);
  for (let j = 0; j <= Math.min(m, BAND); j++) prev[j] = -2 * j;
  let best = 0;
  for (let i = 1; i <= saved.length; i++) {
    const c = saved.charCodeAt(i - 1);
    const gain = c === 0 ? EDGE_WEIGHT : 1;
    const lo = i - BAND > 1 ? i - BAND : 1;
    const hi = i + BAND < m ? i + BAND : m;
    row[lo - 1] = lo === 1 ? -2 * i : NEG;
    for (let j = lo; j <= hi; j++) {
      let v = (prev[j - 1] as number) + (c === cur.charCodeAt(j - 1) ? gain : -2);
      const up = (prev[j] as number) - 2;
      const left = (row[j - 1] as number) - 2;
      if (up > v) v = up;
      if (left > v) v = left;
      row[j] = v;
      if (v > best) best = v;
    }
    row[hi + 1] = NEG;
    const t = prev;
    prev = row;
    row = t;
  }
  return best;
}

function currentBefore(text: string, start: number): string {
  const lo = Math.max(0, start - RAW_WINDOW);
  const s = normalizeRange(text, lo, start).s.slice(-CUR_CONTEXT);
  return reverse(s) + (lo === 0 && s.length < CUR_CONTEXT ? EDGE : "");
}

function currentAfter(text: string, end: number): string {
  const hi = Math.min(text.length, end + RAW_WINDOW);
  const s = normalizeRange(text, end, hi).s.slice(0, CUR_CONTEXT);
  return s + (hi === text.length && s.length < CUR_CONTEXT ? EDGE : "");
}

/**
 * The context on one side no longer touches the quote, but it still stands intact a little further away:
 * something was inserted or removed right next to the quote, rather than the quote's own sentence changing.
 */
function displaced(
  text: string,
  saved: Saved,
  side: "before" | "after",
  start: number,
  end: number,
): boolean {
  const ctx = side === "before" ? saved.before : saved.after;
  const probe = (side === "before" ? reverse(ctx) : ctx).replaceAll(EDGE, "").trim();
  const [lo, hi] =
    side === "before"
      ? [Math.max(0, start - DISPLACED_WINDOW), start]
      : [end, Math.min(text.length, end + DISPLACED_WINDOW)];
  if (ctx.endsWith(EDGE)) {
    // The saved side ran to the edge of the text: the edge must be near, and the saved side must still be
    // the text at the edge or next to the quote, with nothing but new text in between.
    if (side === "before" ? lo > 0 : hi < text.length) return false;
    const near = normalizeRange(text, lo, hi).s.trim();
    if (!(near.startsWith(probe) || near.endsWith(probe))) return false;
    return !(
      side === "before" ? near.slice(probe.length) : near.slice(0, -probe.length || near.length)
    ).includes(saved.core);
  }
  // Too little of it to search for: a short phrase recurs by chance.
  if (probe.length < MIN_PROBE) return false;
  const near = normalizeRange(text, lo, hi).s;
  // Another copy of the quote in between would mean the context belongs to that copy.
  if (side === "before") {
    const at = near.lastIndexOf(probe);
    return at !== -1 && !near.slice(at + probe.length).includes(saved.core);
  }
  const at = near.indexOf(probe);
  return at !== -1 && !near.slice(0, at).includes(saved.core);
}

/**
 * Scores the candidate text[start, end) found with `errors` edits, and decides whether the evidence is
 * enough. `unique`: the search saw no other place the quote could be.
 */
export function judge(
  text: string,
  saved: Saved,
  start: number,
  end: number,
  errors: number,
  unique: boolean,
): Verdict {
  const b = sideScore(saved.before, currentBefore(text, start));
  const a = sideScore(saved.after, currentAfter(text, end));
  const q = saved.core.length - 2 * errors;
  const pos = saved.hint === null ? 0 : 1 - Math.abs(start - saved.hint) / (text.length + 1);
  const score = q + b + a + pos;
  const intact = b >= saved.maxBefore - 2 && a >= saved.maxAfter - 2;
  return { score, ok: enough(text, saved, start, end, errors, unique, b, a), intact };
}

function enough(
  text: string,
  saved: Saved,
  start: number,
  end: number,
  errors: number,
  unique: boolean,
  b: number,
  a: number,
): boolean {
  const q = saved.core.length - 2 * errors;
  if (unique && q >= LONG_QUOTE && errors <= saved.core.length / 8) return true;
  const maxCtx = saved.maxBefore + saved.maxAfter;
  // Nothing but the quote was saved: only an unambiguous or unmoved place will do.
  if (maxCtx < 4) return errors === 0 && (unique || start === saved.hint);
  const need = Math.min(Math.max(10, Math.min(24, 24 - q / 4)), 0.75 * maxCtx);
  // A side agrees when at least half its saved context (16 characters) does.
  const bGood = saved.maxBefore > 0 && b >= Math.min(GOOD_SIDE, 0.6 * saved.maxBefore);
  const aGood = saved.maxAfter > 0 && a >= Math.min(GOOD_SIDE, 0.6 * saved.maxAfter);
  if (bGood && aGood) return a + b >= need;
  if (!bGood && !aGood) return false;
  // Only one side agrees. That is believable only if the other side's saved context still exists nearby
  // (something was inserted or removed next to the quote); otherwise the quote's own sentence is gone, and
  // this is the same words in another sentence.
  if (!displaced(text, saved, bGood ? "after" : "before", start, end)) return false;
  return (bGood ? b : a) >= need;
}

/** Two accepted places closer than this (two errors' worth) cannot be told apart. */
const AMBIGUOUS = 4;

export interface Judged {
  start: number;
  end: number;
  verdict: Verdict;
}

/**
 * The best accepted candidate, null if none is accepted, or "ambiguous" if an accepted place elsewhere is
 * nearly as good: then guessing could pick the wrong one.
 */
export function pick(list: Judged[]): { start: number; end: number } | null | "ambiguous" {
  const ok = list.filter((c) => c.verdict.ok).sort((x, y) => y.verdict.score - x.verdict.score);
  const best = ok[0];
  if (!best) return null;
  const rival = ok.find((c) => c.start >= best.end || c.end <= best.start);
  if (rival && rival.verdict.score > best.verdict.score - AMBIGUOUS) return "ambiguous";
  return { start: best.start, end: best.end };
}
