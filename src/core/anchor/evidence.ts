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
}

const reverse = (s: string) => Array.from(s).reverse().join("");
const weight = (s: string) => (s.endsWith(EDGE) ? s.length - 1 + EDGE_WEIGHT : s.length);

export function prepare(q: SavedQuote): Saved | null {
  const core = normalize(q.exact).trim();
  if (core.length === 0) return null;
  const lead = leadingSpace(q.exact) > 0 ? " " : "";
  const trail = trailingSpace(q.exact) > 0 ? " " : "";
  let before = `${normalize(q.prefix)}${lead}`.replace(/ {2}$/, " ");
  let after = `${trail}${normalize(q.suffix)}`.replace(/^ {2}/, " ");
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
  const m = cur.length;
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = -2 * j;
  let best = 0;
  for (let i = 1; i <= saved.length; i++) {
    const c = saved.charCodeAt(i - 1);
    const gain = c === 0 ? EDGE_WEIGHT : 1;
    row[0] = -2 * i;
    for (let j = 1; j <= m; j++) {
      const diag = prev[j - 1]! + (c === cur.charCodeAt(j - 1) ? gain : -2);
      const v = Math.max(diag, prev[j]! - 2, row[j - 1]! - 2);
      row[j] = v;
      if (v > best) best = v;
    }
    [prev, row] = [row, prev];
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
  // The whole saved side, and not too little of it: a short phrase recurs by chance.
  const probe = (side === "before" ? reverse(saved.before) : saved.after).replaceAll(EDGE, "").trim();
  if (probe.length < MIN_PROBE) return false;
  if (side === "before") {
    const near = normalizeRange(text, Math.max(0, start - DISPLACED_WINDOW), start).s;
    const at = near.lastIndexOf(probe);
    // Another copy of the quote in between would mean the context belongs to that copy.
    return at !== -1 && !near.slice(at + probe.length).includes(saved.core);
  }
  const near = normalizeRange(text, end, Math.min(text.length, end + DISPLACED_WINDOW)).s;
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
  return { score, ok: enough(text, saved, start, end, errors, unique, b, a) };
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
