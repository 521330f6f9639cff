// The approximate search (Myers' bit-parallel algorithm via approx-string-match) over the normalised text:
// first a window around the saved position, then the whole text.
import search from "approx-string-match";
import { judge, pick, type Saved } from "./evidence";
import { type Normalized, normalizeRange, rawSpan } from "./normalize";

export interface Hit {
  start: number;
  end: number;
}

/**
 * A quarter of the quote may differ. Hypothesis allows half, but then a short quote matches almost any
 * phrase and only the context decides; with a quarter a corrected typo, a changed word or a re-flowed
 * line break still fits. The cap keeps the whole-text pass near O(2 · n) word operations on 5 MB pages:
 * a quote that needs more than 64 edits has been rewritten, not corrected.
 */
export function maxErrors(core: string): number {
  return Math.min(64, Math.floor(core.length / 4));
}

/** Candidates evaluated per search round; the rest are too far from where the quote was. */
const MAX_CANDIDATES = 48;
/** Shorter quotes are searched approximately only near where they were. */
const WHOLE_TEXT_MIN = 16;

function windowAround(saved: Saved, length: number): [number, number] | null {
  if (saved.hint === null) return null;
  const reach = 4096 + 4 * saved.exact.length;
  const lo = Math.max(0, Math.min(saved.hint, length) - reach);
  const hi = Math.min(length, Math.max(saved.hint, 0) + saved.exact.length + reach);
  return [lo, hi];
}

/**
 * Searches norm (text[lo, hi) normalised) in rounds. approx-string-match returns only the lowest-error
 * matches, so a rejected round is masked out and the next round sees the next best ones.
 */
function searchRounds(
  text: string,
  saved: Saved,
  norm: Normalized,
  rounds: number,
  whole: boolean,
): Hit | null | "ambiguous" {
  const k = maxErrors(saved.core);
  let hay = norm.s;
  for (let round = 0; round < rounds; round++) {
    const found = search(hay, saved.core, k);
    if (found.length === 0) return null;
    const spans = dedupe(found.map((m) => ({ ...rawSpan(norm, m.start, m.end), errors: m.errors })));
    const unique = whole && round === 0 && spans.every((s) => overlaps(s, spans[0]!));
    const hint = saved.hint ?? 0;
    spans.sort((x, y) => Math.abs(x.start - hint) - Math.abs(y.start - hint));
    const judged = spans.slice(0, MAX_CANDIDATES).map((s) => ({
      start: s.start,
      end: s.end,
      verdict: judge(text, saved, s.start, s.end, s.errors, unique),
    }));
    const best = pick(judged);
    if (best) return best;
    hay = mask(hay, found);
  }
  return null;
}

export function findFuzzy(text: string, saved: Saved): Hit | null {
  const hit = fuzzyPasses(text, saved);
  return hit === "ambiguous" ? null : hit;
}

function fuzzyPasses(text: string, saved: Saved): Hit | null | "ambiguous" {
  if (saved.core.length < 4) return null;
  const win = windowAround(saved, text.length);
  if (win) {
    const hit = searchRounds(text, saved, normalizeRange(text, win[0], win[1]), 3, false);
    if (hit || (win[0] === 0 && win[1] === text.length)) return hit;
  }
  // A short quote that was edited and also moved far away is rare, while on a big page it approximately
  // matches thousands of places: the whole-text pass would cost 100+ ms for nearly nothing.
  if (win && saved.core.length < WHOLE_TEXT_MIN) return null;
  return searchRounds(text, saved, normalizeRange(text), 1, true);
}

type Span = Hit & { errors: number };

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

function dedupe<T extends Span>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BLOCKED = "\uffff";

function mask(hay: string, found: { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of [...found].sort((x, y) => x.start - y.start)) {
    const s = Math.max(m.start, at);
    if (m.end <= s) continue;
    parts.push(hay.slice(at, s), BLOCKED.repeat(m.end - s));
    at = m.end;
  }
  parts.push(hay.slice(at));
  return parts.join("");
}
