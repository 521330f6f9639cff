// Which occurrence of its quote a highlight was when saved (docs/interfaces.md, saved highlights: the
// `target.occurrence` extension field; docs/anchoring.md, rule 9). A page that repeated the quote when it
// was saved (a teaser, a pull quote) may later keep the copy and delete the original: the one place left then
// looks like a unique quote, and only this record says it was not. Where a copy even had the same context
// (twins.ts), the record also keeps the wider context that told them apart.
import { leadingSpace, normalise, normaliseRange, rawSpan } from "./normalise";
import { judge, prepare } from "./score";
import { wideContext } from "./twins";
import type { Occurrence, SavedQuote } from "./types";

/** Copies judged for being twins; a quote repeated more often is a common word, told apart by context. */
const MAX_JUDGED = 200;
/** Longest stored wider side accepted from storage (twins.ts keeps at most 504 characters). */
const MAX_WIDE = 1000;

/**
 * How often the saved quote occurs on the page, compared whitespace-insensitively (a teaser's copy may wrap
 * differently), which of those occurrences (0-based, in text order) it is, and, where another copy would pass
 * for it by the saved selectors, the wider context that tells them apart. Null for a blank quote.
 */
export function occurrenceOf(text: string, quote: SavedQuote): Occurrence | null {
  const core = normalise(quote.exact).trim();
  if (core.length === 0 || quote.start === null) return null;
  const norm = normaliseRange(text);
  const at = quote.start + leadingSpace(quote.exact);
  const hits: number[] = [];
  for (let i = norm.s.indexOf(core); i !== -1; i = norm.s.indexOf(core, i + 1)) hits.push(i);
  // The quote itself is always one of them, unless the page text had changed under it.
  const mine = hits.findIndex((i) => norm.map[i] === at);
  if (mine === -1)
    return hits.length ? { count: hits.length, index: hits.filter((i) => norm.map[i]! < at).length } : null;
  const out: Occurrence = { count: hits.length, index: mine };
  if (hits.length === 1 || hits.length > MAX_JUDGED) return out;
  const saved = prepare(quote);
  if (!saved) return out;
  const twins = hits.filter((i, k) => {
    if (k === mine) return false;
    const span = rawSpan(norm, i, i + core.length);
    return judge(text, saved, span.start, span.end, 0, false).ok;
  });
  const wide = twins.length ? wideContext(norm.s, hits[mine]!, core.length, twins) : null;
  return wide ? { ...out, ...wide } : out;
}

/**
 * A stored value read leniently: whole numbers with 0 <= index < count, else nothing (as if absent); the
 * wider sides only when they are strings of a sane length.
 */
export function readOccurrence(value: unknown): Occurrence | null {
  if (typeof value !== "object" || value === null) return null;
  const { count, index, prefix, suffix } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(index)) return null;
  const [c, i] = [count as number, index as number];
  if (c < 1 || i < 0 || i >= c) return null;
  const side = (s: unknown) => (typeof s === "string" && s.length <= MAX_WIDE ? s : "");
  const [p, s] = [side(prefix), side(suffix)];
  return p || s ? { count: c, index: i, prefix: p, suffix: s } : { count: c, index: i };
}
