// The approximate search (Myers' bit-parallel algorithm via approx-string-match) over the normalised text:
// first a window around the saved position, then the whole text.
import search from "approx-string-match";
import { type Normalised, normaliseRange, rawSpan } from "./normalise";
import { judge, maxErrors, pick, wordCount } from "./score";
import type { Saved } from "./types";

export interface Hit {
  start: number;
  end: number;
  /** The errors the search allowed: the bound the span's text must stay within. */
  bound: number;
}

/** Candidates evaluated per search round; the rest are too far from where the quote was. */
const MAX_CANDIDATES = 48;
/** Saved context (both sides) below which the loose pass cannot be judged, so is not run. */
const LOOSE_CONTEXT = 24;
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
  norm: Normalised,
  rounds: number,
  whole: boolean,
  k = maxErrors(saved.core),
): Hit | null | "ambiguous" {
  let hay = norm.s;
  for (let round = 0; round < rounds; round++) {
    const found = search(hay, saved.core, k);
    if (found.length === 0) return null;
    const spans = dedupe(found.map((m): Span => ({ ...rawSpan(norm, m.start, m.end), errors: m.errors })));
    const unique = whole && round === 0 && spans.every((s) => overlaps(s, spans[0]!));
    const hint = saved.hint ?? 0;
    spans.sort((x, y) => Math.abs(x.start - hint) - Math.abs(y.start - hint));
    const judged = spans.slice(0, MAX_CANDIDATES).map((s) => ({
      start: s.start,
      end: s.end,
      verdict: judge(text, saved, s.start, s.end, s.errors, unique),
    }));
    const best = pick(judged);
    if (best === "ambiguous") return best;
    if (best) return { ...best, bound: k };
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
    const whole = win[0] === 0 && win[1] === text.length;
    const norm = normaliseRange(text, win[0], win[1]);
    const hit = searchRounds(text, saved, norm, 3, whole);
    if (hit) return hit;
    // A changed word can be more than a quarter of a short quote ("Präsident Ilham Aliyev" → "Präsident
    // recently Aliyev"). Near where it was, up to half may differ, and then the context must carry it
    // (evidence.ts, looseEnough).
    const loose =
      saved.maxBefore + saved.maxAfter >= LOOSE_CONTEXT && distinctiveEnoughForLoose(saved.core)
        ? searchRounds(text, saved, norm, 1, whole, looseMaxErrors(saved.core))
        : null;
    if (loose || whole) return loose;
  }
  // A short quote that was edited and also moved far away is rare, while on a big page it approximately
  // matches thousands of places: the whole-text pass would cost 100+ ms for nearly nothing.
  if (win && saved.core.length < WHOLE_TEXT_MIN) return null;
  return searchRounds(text, saved, normaliseRange(text), 1, true);
}

type Span = { start: number; end: number; errors: number };

/**
 * Three words and 16 characters: a shorter quote with half its letters changed is any phrase, and in
 * repetitive text (property test) its context agrees everywhere.
 */
function distinctiveEnoughForLoose(core: string): boolean {
  return core.length >= 16 && wordCount(core) >= 3;
}

/** Half the quote, as Hypothesis allows; only accepted with strong context on both sides. */
export function looseMaxErrors(core: string): number {
  return Math.min(64, Math.floor(core.length / 2));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function dedupe(spans: Span[]): Span[] {
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
