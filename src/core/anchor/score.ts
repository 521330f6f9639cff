// How much a candidate place is supported by the saved quote, prefix, suffix and position, and whether that
// is enough. Units are (normalised) characters that agree: errors cost 2, so chance agreement between
// unrelated sentences stays near zero, while a typo in the context costs little.

import { edgesAt, ownSentence, sentenceEdges } from "./clause";
import { indexesOf, leadingSpace, normalise, normaliseRange, reverse, trailingSpace } from "./normalise";
import { partlyDeleted } from "./partial";
import { EDGE, EDGE_WEIGHT, sideScore } from "./side";
import { wideAgrees } from "./twins";
import type { Saved, SavedQuote } from "./types";

/** Context length describeQuote saves. */
export const CONTEXT = 32;

/** Raw characters read around a candidate: enough for CONTEXT characters after whitespace collapses. */
const RAW_WINDOW = 256;
const CUR_CONTEXT = CONTEXT + 16;
/** How far a displaced context (something inserted or deleted next to the quote) may have moved. */
const DISPLACED_WINDOW = 4096;
const MIN_PROBE = 20;
const GOOD_SIDE = 16;

export interface Verdict {
  score: number;
  ok: boolean;
  /** Both sides agree but for a character or two: the page around the quote is unchanged. */
  intact: boolean;
  /** Accepted, verbatim, at the saved position, the whole before side agreeing (judge). */
  settled: boolean;
}

const weight = (s: string) => (s.endsWith(EDGE) ? s.length - 1 + EDGE_WEIGHT : s.length);

/** `text`: the page now, to tell whether copies the page had when saved went since (rule 9b). */
export function prepare(q: SavedQuote, text: string): Saved | null {
  const core = normalise(q.exact).trim();
  if (core.length === 0) return null;
  const count = q.occurrence?.count ?? 1;
  const lead = leadingSpace(q.exact) > 0 ? " " : "";
  const trail = trailingSpace(q.exact) > 0 ? " " : "";
  // Only the CONTEXT characters next to the quote matter; other tools may save more.
  let before = normalise(`${q.prefix}${lead}`).slice(-CUR_CONTEXT);
  let after = normalise(`${trail}${q.suffix}`).slice(0, CUR_CONTEXT);
  // A short context marks the edge of the text only when the position says so: another tool may save a
  // shorter context anywhere (Hypothesis's own tests give 7 to 18 characters).
  const atStart = q.start !== null && q.start === q.prefix.length;
  before = reverse(before) + (atStart ? EDGE : "");
  const own = ownSentence(q.prefix, q.exact, q.suffix);
  if (q.start !== null && q.suffix.length < CONTEXT) after += EDGE;
  return {
    exact: q.exact,
    core,
    before,
    after,
    maxBefore: weight(before),
    maxAfter: weight(after),
    ownBefore: own.before.length >= OWN_SIDE_DISTINCT ? own.before.slice(0, CUR_CONTEXT) : "",
    ownAfter: own.after.length >= OWN_SIDE_DISTINCT ? own.after.slice(0, CUR_CONTEXT) : "",
    edge: sentenceEdges(q.prefix, q.exact, q.suffix),
    outer: { before: before.slice(own.before.length), after: after.slice(own.after.length) },
    hint: q.start,
    repeated: count > 1,
    // Counted verbatim: a copy that differs in whitespace only counts as gone, which asks for more evidence.
    lost: count > indexesOf(text, q.exact).length,
    wide: q.occurrence ?? null,
  };
}

export function currentBefore(text: string, start: number): string {
  const lo = Math.max(0, start - RAW_WINDOW);
  const s = normaliseRange(text, lo, start).s.slice(-CUR_CONTEXT);
  return reverse(s) + (lo === 0 && s.length < CUR_CONTEXT ? EDGE : "");
}

export function currentAfter(text: string, end: number): string {
  const hi = Math.min(text.length, end + RAW_WINDOW);
  const s = normaliseRange(text, end, hi).s.slice(0, CUR_CONTEXT);
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
    const near = normaliseRange(text, lo, hi).s.trim();
    if (!(near.startsWith(probe) || near.endsWith(probe))) return false;
    return !(
      side === "before" ? near.slice(probe.length) : near.slice(0, -probe.length || near.length)
    ).includes(saved.core);
  }
  // Too little of it to search for: a short phrase recurs by chance.
  if (probe.length < MIN_PROBE) return false;
  const near = normaliseRange(text, lo, hi).s;
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
const WORDS = { words: true };
const WHOLE = { words: false, whole: true };

export function judge(
  text: string,
  saved: Saved,
  start: number,
  end: number,
  errors: number,
  onlyPlace: boolean,
): Verdict {
  // The only place now is not the only place it ever was when the page repeated the quote at saving: the
  // original may be the copy that went (docs/anchoring.md, "Copies that were there when saved").
  const unique = onlyPlace && !saved.repeated;
  const curBefore = currentBefore(text, start);
  const curAfter = currentAfter(text, end);
  const b = sideScore(saved.before, curBefore, WORDS);
  const a = sideScore(saved.after, curAfter, WORDS);
  const own = {
    before: saved.ownBefore ? sideScore(saved.ownBefore, curBefore, WHOLE) : 0,
    after: saved.ownAfter ? sideScore(saved.ownAfter, curAfter, WHOLE) : 0,
  };
  if (errors > 2 && oneWordReplaced(saved.core, normalise(text.slice(start, end)).trim())) errors = 2;
  const q = saved.core.length - 2 * errors;
  const pos = saved.hint === null ? 0 : 1 - Math.abs(start - saved.hint) / (text.length + 1);
  const score = q + b + a + pos;
  // A twin of the quote when saved (twins.ts) must also show the wider context that told them apart.
  const wider = wideAgrees(text, saved.wide, start, end, saved.lost);
  const intact = wider && b >= saved.maxBefore - 2 && a >= saved.maxAfter - 2;
  // At the very place it was saved, in mid-sentence, with its sentence's beginning and everything else
  // before it unchanged: these are the highlighted words in their sentence, whatever changed after them
  // (something inserted there, maybe a copy of the passage, which must not win: pick).
  const settled =
    errors === 0 &&
    start === settledAt(saved) &&
    !saved.edge.before &&
    own.before >= OWN_SIDE_DISTINCT &&
    b >= saved.maxBefore - 2;
  const ok =
    wider &&
    !(errors === 0 && inWord(saved.before, curBefore, saved.core[0], b >= saved.maxBefore - 2)) &&
    !(errors === 0 && inWord(saved.after, curAfter, saved.core.at(-1), a >= saved.maxAfter - 2)) &&
    (settled ||
      enough(text, saved, start, end, errors, unique, b, a) ||
      ownEnough(text, saved, start, end, errors, unique, own) ||
      (errors === 0 && partlyDeleted(text, saved, start, end, unique, { b, a, curBefore, curAfter })));
  return { score, ok, intact, settled };
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The place continues a word where the reader's quote began (or ended) on a word edge: "in fatal shooting"
 * inside "again fatal shooting". Those are other words, unless that side's whole saved context says the
 * word edge merely lost its space (blocks joined without whitespace); docs/anchoring.md, rule 1a.
 */
function inWord(saved: string, cur: string, edge: string | undefined, whole: boolean): boolean {
  return !whole && LETTER.test(cur[0] ?? "") && !LETTER.test(saved[0] ?? "") && LETTER.test(edge ?? "");
}

/** The saved position of the quote's core (without leading whitespace). */
const settledAt = (saved: Saved) => (saved.hint === null ? -1 : saved.hint + leadingSpace(saved.exact));

/**
 * A quarter of the quote may differ. Hypothesis allows half, but then a short quote matches almost any
 * phrase and only the context decides; with a quarter a corrected typo, a changed word or a re-flowed
 * line break still fits. The cap keeps the whole-text pass near O(2 · n) word operations on 5 MB pages:
 * a quote that needs more than 64 edits has been rewritten, not corrected. More errors are accepted only
 * near where the quote was and with strong context on both sides (looseEnough).
 */
export function maxErrors(core: string): number {
  return Math.min(64, Math.floor(core.length / 4));
}

/**
 * The place reads as the quote with one inner word replaced by another ("Das wurde auf …" → "Das yesterday
 * auf …"): as much evidence as two errors, however long the two words are, as in the side score (side.ts).
 * The first and last words must agree, so the span's edges are the quote's.
 */
function oneWordReplaced(core: string, now: string): boolean {
  const a = core.split(" ");
  const b = now.split(" ");
  if (a.length !== b.length || a.length < 3 || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  let diff = 0;
  for (let i = 1; i < a.length - 1; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Words (letter or digit runs) in a normalised quote. */
export function wordCount(core: string): number {
  return core.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * A quote that identifies its passage by itself once it is the only place on the page: at least
 * DISTINCT_WORDS words and DISTINCT_CHARS characters (docs/anchoring.md has the argument and the figures).
 */
export const DISTINCT_WORDS = 3;
export const DISTINCT_CHARS = 20;
/** Long enough to need no context at all when it is the only place: a whole sentence, not a phrase. */
export const SELF_EVIDENT_WORDS = 5;
export const SELF_EVIDENT_CHARS = 40;
/** Agreeing context characters a distinctive, unique quote needs: beyond what chance gives two sentences. */
const DISTINCT_CONTEXT = 12;
/** Agreeing context a short quote needs when it is the only place but both sides were edited. */
const UNIQUE_CONTEXT = 16;

export function distinctive(core: string): boolean {
  return core.length >= DISTINCT_CHARS && wordCount(core) >= DISTINCT_WORDS;
}

export function selfEvident(core: string): boolean {
  return core.length >= SELF_EVIDENT_CHARS && wordCount(core) >= SELF_EVIDENT_WORDS;
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
  const maxCtx = saved.maxBefore + saved.maxAfter;
  // Nothing but the quote was saved: only an unambiguous or unmoved place will do.
  if (maxCtx < 4) return errors === 0 && (unique || start === saved.hint);
  if (errors === 0 && unique && agreesToEdge(text, saved, start, end)) return true;
  if (errors > maxErrors(saved.core)) return looseEnough(saved, b, a);
  if (unique && uniqueEnough(saved, errors, b, a)) return true;
  const need = Math.min(Math.max(10, Math.min(24, 24 - q / 4)), 0.6 * maxCtx);
  // A side agrees when at least half its saved context (16 characters) does.
  const bGood = saved.maxBefore > 0 && b >= Math.min(GOOD_SIDE, 0.6 * saved.maxBefore);
  const aGood = saved.maxAfter > 0 && a >= Math.min(GOOD_SIDE, 0.6 * saved.maxAfter);
  if (bGood && aGood) return a + b >= need;
  // Another tool saved context on one side only: that side is all the evidence there is.
  if (saved.maxBefore === 0 || saved.maxAfter === 0) return (bGood || aGood) && a + b >= need;
  if (!bGood && !aGood) return false;
  // Only one side agrees. That is believable only if the other side's saved context still exists nearby
  // (something was inserted or removed next to the quote); otherwise the quote's own sentence is gone, and
  // this is the same words in another sentence.
  if (!displaced(text, saved, bGood ? "after" : "before", start, end)) return false;
  // Unless that other side was the text's edge (displaced checks the edge is still next to it), the agreeing
  // side must be whole but for a replaced word: a copy elsewhere that repeats part of it also finds the other
  // side's old context somewhere before or after it (property test in anchor.partial.test.ts).
  const atEdge = (bGood ? saved.after : saved.before).endsWith(EDGE);
  const whole = atEdge ? 0 : (bGood ? saved.maxBefore : saved.maxAfter) - WHOLE_SIDE_SLACK;
  return (bGood ? b : a) >= Math.max(need, whole);
}

/**
 * One side still agrees, whole, with the part of the saved context in the quote's own sentence (clause.ts):
 * the sentence the reader marked is still there, whatever happened on the other side (its paragraph moved,
 * the sentence before it was deleted). A neighbouring sentence that moved up when the quote's sentence was
 * deleted never supplies this, since the saved own-sentence side stops at the sentence end.
 * - A distinctive quote that is the only place needs OWN_SIDE_DISTINCT such characters.
 * - A shorter one, verbatim, needs OWN_SIDE, and must begin (or end) its sentence on the other side both when
 *   saved and now: its other side was another sentence or block, which may move on its own. A short quote in
 *   mid-sentence keeps needing both sides, since a phrase of a few words and one side ("Präsident Wladimir
 *   Putin") recurs in other sentences.
 */
function ownEnough(
  text: string,
  saved: Saved,
  start: number,
  end: number,
  errors: number,
  unique: boolean,
  own: { before: number; after: number },
): boolean {
  if (distinctive(saved.core))
    return unique && errors <= maxErrors(saved.core) && Math.max(own.before, own.after) >= OWN_SIDE_DISTINCT;
  if (errors > 0 || Math.max(own.before, own.after) < OWN_SIDE) return false;
  const now = edgesAt(text, start, end);
  return (
    (own.after >= OWN_SIDE && saved.edge.before && now.before) ||
    (own.before >= OWN_SIDE && saved.edge.after && now.after)
  );
}
/** Agreeing own-sentence characters (99.9th percentile of chance agreement: 6; see docs/anchoring.md). */
const OWN_SIDE = 24;
const OWN_SIDE_DISTINCT = 16;

/**
 * Another tool's selector (no position) with context on one side only, where the text now ends or begins
 * within that context and what is there agrees with it (ignoring case and the joining space): nothing on
 * the page contradicts the selector, which is all a quote-only selector offers too (docs/anchoring.md,
 * rule 7). Hypothesis's own tests save such selectors ("text" + "missing" at the end of a text).
 */
function agreesToEdge(text: string, saved: Saved, start: number, end: number): boolean {
  if (saved.hint !== null || saved.maxBefore > 0 === saved.maxAfter > 0) return false;
  const [mine, now] =
    saved.maxBefore > 0 ? [saved.before, currentBefore(text, start)] : [saved.after, currentAfter(text, end)];
  if (!now.endsWith(EDGE)) return false;
  const fold = (x: string) => x.replaceAll(EDGE, "").trimStart().toLowerCase();
  return fold(mine).startsWith(fold(now));
}

/**
 * More than a quarter of the quote changed (a replaced word in a short quote): only the context can say this
 * is the passage, so both sides must still mostly agree, as they do when a word inside was edited.
 */
function looseEnough(saved: Saved, b: number, a: number): boolean {
  const side = (got: number, max: number) => max === 0 || got >= Math.min(12, 0.5 * max);
  return (
    side(b, saved.maxBefore) && side(a, saved.maxAfter) && a + b >= 0.6 * (saved.maxBefore + saved.maxAfter)
  );
}

/**
 * The quote is the only place on the page that matches it. Then (docs/anchoring.md, "unique quotes"):
 * - a self-evident quote (a sentence: 5+ words, 40+ characters) with few errors is anchored without context;
 * - a distinctive one (3+ words, 20+ characters) needs only a little agreeing context, on either side;
 * - a shorter one is anchored when both sides, though edited, still agree on UNIQUE_CONTEXT characters and
 *   each on a few: one intact side is not enough, since a deleted sentence puts the next one, which may
 *   start with the same word, right behind the old prefix.
 */
function uniqueEnough(saved: Saved, errors: number, b: number, a: number): boolean {
  const fewErrors = errors <= saved.core.length / 8;
  if (fewErrors && selfEvident(saved.core)) return true;
  if (fewErrors && distinctive(saved.core) && a + b >= DISTINCT_CONTEXT) return true;
  if (errors > 0) return false;
  const side = (got: number, max: number) => max === 0 || got >= MIN_SIDE;
  return a + b >= UNIQUE_CONTEXT && side(b, saved.maxBefore) && side(a, saved.maxAfter);
}
/** What a side that counts as whole may lack: one replaced word (side.ts WORD_SUB). */
const WHOLE_SIDE_SLACK = 4;
/**
 * Agreement on one side that chance does not give: above the 99.9th percentile (6) of two unrelated
 * sentences, since a sentence boundary (". ") and a letter or two agree by chance often.
 */
const MIN_SIDE = 7;

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
  const best = ok.find((c) => c.verdict.settled) ?? ok[0];
  if (!best) return null;
  if (best.verdict.settled) return { start: best.start, end: best.end };
  const rival = ok.find((c) => c.start >= best.end || c.end <= best.start);
  if (rival && rival.verdict.score > best.verdict.score - AMBIGUOUS) return "ambiguous";
  return { start: best.start, end: best.end };
}
