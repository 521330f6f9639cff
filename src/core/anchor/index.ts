// Re-anchoring a saved highlight in the page's current text: verbatim where possible, approximate where the
// text was edited, an orphan where the evidence is not enough. A wrong place is worse than none.

import { isInvisible } from "../invisible";
import { bracketed } from "./bracket";
import { distance } from "./distance";
import { findFuzzy } from "./fuzzy";
import { indexesOf, isSpace, leadingSpace, normalise, trailingSpace } from "./normalise";
import { occurrenceOf } from "./occurrence";
import { CONTEXT, currentAfter, currentBefore, judge, pick, prepare } from "./score";
import { sideScore } from "./side";
import type { AnchorResult, Saved, SavedQuote } from "./types";
import { wordEdited } from "./word-edit";

export type { AnchorResult, SavedQuote } from "./types";

const ORPHAN: AnchorResult = { state: "orphan", start: null, end: null };
/** Verbatim occurrences beyond this are first ranked by a cheap context check. */
const MAX_JUDGED = 8;

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Prefix/suffix of up to 32 characters around text[start, end), the position, and how often the page
 * repeats the quote (occurrence.ts).
 */
export function describeQuote(text: string, start: number, end: number): SavedQuote {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end, 0));
  let ps = Math.max(0, s - CONTEXT);
  // Never cut a surrogate pair in half.
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps++;
  let se = Math.min(text.length, e + CONTEXT);
  if (se < text.length && isHigh(text.charCodeAt(se - 1))) se--;
  const quote = {
    exact: text.slice(s, e),
    prefix: text.slice(ps, s),
    suffix: text.slice(e, se),
    start: s,
    end: e,
  };
  return { ...quote, occurrence: occurrenceOf(text, quote) };
}

/** Finds the quote in `text` now. Never returns a wrong place: orphan rather than a wrong anchor. */
export function anchorQuote(text: string, quote: SavedQuote): AnchorResult {
  const saved = prepare(quote, text);
  if (!saved || text.length === 0) return ORPHAN;
  if (!quote.prefix && !quote.suffix && quote.start === null)
    return saved.repeated ? ORPHAN : quoteOnly(text, quote.exact);
  const exact = findVerbatim(text, saved);
  if (exact === "ambiguous") return ORPHAN;
  if (exact) return { state: "exact", ...exact };
  const found = approximate(text, quote, saved);
  if (found.state !== "orphan") return found;
  // Two narrower readings of an edit the approximate search cannot weigh (docs/anchoring.md, rules 4a-4c).
  const word = wordEdited(text, saved);
  if (word && !overlapsVerbatim(text, quote.exact, word)) return { state: "fuzzy", ...word };
  const typo = bracketed(text, saved);
  return typo && !overlapsVerbatim(text, quote.exact, typo) ? { state: "fuzzy", ...typo } : ORPHAN;
}

function approximate(text: string, quote: SavedQuote, saved: Saved): AnchorResult {
  const fuzzy = findFuzzy(text, saved);
  if (!fuzzy) return ORPHAN;
  // The verbatim pass judged every verbatim copy and found the evidence lacking; an approximate span over one
  // of them (shifted by a character, judged on slightly different context) must not overturn that.
  if (overlapsVerbatim(text, quote.exact, fuzzy)) return ORPHAN;
  const edged = toContext(text, saved, fuzzy);
  if (!edged) return ORPHAN;
  const span = toWordEdges(text, quote, edged, fuzzy.bound);
  // The search counts errors in its own view of the text; a span whose raw slice, read again, is further
  // from the quote than allowed (rare: found by the property test) is an orphan, not a wrong anchor.
  const bound = span === edged ? fuzzy.bound : grownBound(quote.exact, fuzzy.bound);
  return withinBound(text, quote.exact, span, bound) ? { state: "fuzzy", ...span } : ORPHAN;
}

function overlapsVerbatim(text: string, exact: string, span: { start: number; end: number }): boolean {
  const from = Math.max(0, span.start - exact.length);
  const at = text.indexOf(exact, from);
  return at !== -1 && at < span.end;
}

/**
 * The search returns the span with the fewest errors, which stops short of an inserted word at the quote's
 * edge ("Dort will er" → "Dort recen|tly er"). The saved prefix and suffix say where the passage begins and
 * ends: each edge moves to where its side of the context agrees best, if that is clearly better.
 */
function toContext(text: string, saved: Saved, hit: { start: number; end: number; bound: number }) {
  const reach = hit.bound + 8;
  let { start, end } = hit;
  if (saved.maxAfter >= 8) {
    let best = sideScore(saved.after, currentAfter(text, end)) + EDGE_GAIN;
    for (let e = Math.max(start + 1, hit.end - reach); e <= Math.min(text.length, hit.end + reach); e++) {
      const v = sideScore(saved.after, currentAfter(text, e));
      if (v > best || (v === best && Math.abs(e - hit.end) < Math.abs(end - hit.end))) [best, end] = [v, e];
    }
  }
  if (saved.maxBefore >= 8) {
    let best = sideScore(saved.before, currentBefore(text, start)) + EDGE_GAIN;
    for (let s = Math.max(0, hit.start - reach); s <= Math.min(end - 1, hit.start + reach); s++) {
      const v = sideScore(saved.before, currentBefore(text, s));
      if (v > best || (v === best && Math.abs(s - hit.start) < Math.abs(start - hit.start)))
        [best, start] = [v, s];
    }
  }
  const moved = { start, end };
  // The passage the context marks is further from the quote than allowed: the short span would cut it, so
  // neither is anchored.
  return withinBound(text, saved.exact, moved, hit.bound) ? moved : null;
}
/** How much better (in agreeing characters) the context must fit before an edge moves. */
const EDGE_GAIN = 4;

function withinBound(
  text: string,
  exact: string,
  span: { start: number; end: number },
  bound: number,
): boolean {
  const core = normalise(exact).trim();
  const slice = normalise(text.slice(span.start, span.end)).trim();
  // Long quotes skip the quadratic check; the search's own bound holds for them.
  if (core.length * slice.length > 4_000_000) return true;
  return distance(slice, core) <= bound;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/** At most this many characters are added at each edge to reach a word edge. */
const MAX_GROW = 3;

/**
 * An approximate match may start or end inside a word when the edit was at the quote's edge ("mehrheitlich"
 * → "überwiegend" can align to "berwiegend"). A quote saved on word edges keeps word edges: a span that
 * stops one to three letters short of a word edge is grown to it; anything further is left as it is.
 */
function toWordEdges(
  text: string,
  quote: SavedQuote,
  span: { start: number; end: number },
  bound: number,
): { start: number; end: number } {
  let { start, end } = span;
  if (isWord(quote.exact[0]) && !isWord(quote.prefix.at(-1))) {
    let s = start;
    while (s > 0 && start - s < MAX_GROW && isWord(text[s - 1]) && isWord(text[s])) s--;
    if (s === 0 || !isWord(text[s - 1])) start = s;
  }
  const last = quote.exact.at(-1);
  if (isWord(last) && !isWord(quote.suffix[0])) {
    let e = end;
    while (e < text.length && e - end < MAX_GROW && isWord(text[e]) && isWord(text[e - 1])) e++;
    if (e === text.length || !isWord(text[e])) end = e;
  }
  if (start === span.start && end === span.end) return span;
  return withinBound(text, quote.exact, { start, end }, grownBound(quote.exact, bound))
    ? { start, end }
    : span;
}

/**
 * A span grown to word edges may be one error further from the quote than the search allowed: a corrected
 * transposition ("Wetr" → "Wert") is two edits where the cut span ("Wer") is one. Never more than half.
 */
function grownBound(exact: string, bound: number): number {
  return Math.min(bound + 1, Math.floor(normalise(exact).trim().length / 2));
}

/**
 * Another tool may save only the quote (docs/interfaces.md, "Saved highlights in storage", requires nothing more). With no context to check, only a
 * quote that occurs exactly once is taken; any doubt makes an orphan.
 */
function quoteOnly(text: string, exact: string): AnchorResult {
  const [at, other] = indexesOf(text, exact);
  return at === undefined || other !== undefined
    ? ORPHAN
    : { state: "exact", start: at, end: at + exact.length };
}

/** Judges the quote's core (without its surrounding whitespace) at raw offset `at`. */
function judgeAt(text: string, saved: Saved, at: number, unique: boolean) {
  const lead = leadingSpace(saved.exact);
  const trail = trailingSpace(saved.exact);
  return judge(text, saved, at + lead, at + saved.exact.length - trail, 0, unique);
}

function findVerbatim(text: string, saved: Saved): { start: number; end: number } | null | "ambiguous" {
  const { exact, hint } = saved;
  const span = (at: number) => ({ start: at, end: at + exact.length });
  // Unchanged page: the quote is where it was and its context agrees.
  if (hint !== null && text.startsWith(exact, hint) && judgeAt(text, saved, hint, false).intact)
    return span(hint);

  const hits = indexesOf(text, exact);
  if (hits.length === 0) return null;
  const unique = hits.length === 1;
  const judged = shortlist(text, saved, hits).map((at) => ({
    ...span(at),
    verdict: judgeAt(text, saved, at, unique),
  }));
  return pick(judged);
}

/**
 * Where a short quote occurs many times, judge only the places whose context agrees longest at first sight
 * (whitespace-insensitive, no edits): the place that matters, and any close rival, are among them.
 */
function shortlist(text: string, saved: Saved, hits: number[]): number[] {
  if (hits.length <= MAX_JUDGED) return hits;
  const lead = leadingSpace(saved.exact);
  const trail = trailingSpace(saved.exact);
  return hits
    .map((at) => ({
      at,
      n:
        agree(text, at + lead, -1, saved.before) +
        agree(text, at + saved.exact.length - trail, 1, saved.after),
    }))
    .sort((x, y) => y.n - x.n)
    .slice(0, MAX_JUDGED)
    .map((x) => x.at);
}

/** Characters of `ctx` (normalised, read outward) that the raw text repeats from `from` in direction `dir`. */
function agree(text: string, from: number, dir: 1 | -1, ctx: string): number {
  let i = dir === 1 ? from : from - 1;
  let n = 0;
  while (n < ctx.length && i >= 0 && i < text.length) {
    let c = text.charCodeAt(i);
    if (isInvisible(c)) {
      i += dir;
      continue;
    }
    if (isSpace(c)) {
      while (i + dir >= 0 && i + dir < text.length && isSpace(text.charCodeAt(i + dir))) i += dir;
      c = 32;
    }
    if (c !== ctx.charCodeAt(n)) break;
    n++;
    i += dir;
  }
  return n;
}
