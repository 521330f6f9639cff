// Which occurrence of its quote a highlight was when saved (docs/interfaces.md, saved highlights: the
// `target.occurrence` extension field; docs/anchoring.md, rule 9). A page that repeated the quote when it
// was saved (a teaser, a pull quote) may later keep the copy and delete the original: the one place left then
// looks like a unique quote, and only this record says it was not. Where a copy even had the same context
// (twins.ts), the record also keeps the wider context that told them apart.
import { indexesOf, leadingSpace, normaliseRange, rawSpan } from "./normalise";
import { judge, prepare } from "./score";
import { wideContext } from "./twins";
import type { Occurrence, SavedQuote } from "./types";

/** Copies judged for being twins; a quote repeated more often is a common word, told apart by context. */
const MAX_JUDGED = 200;

/**
 * How often the saved quote occurs on the page, compared whitespace-insensitively (a teaser's copy may wrap
 * differently), which of those occurrences (0-based, in text order) it is, and, where another copy would pass
 * for it by the saved selectors, the wider context that tells them apart. Null for a blank quote.
 */
export function occurrenceOf(text: string, quote: SavedQuote): Occurrence | null {
  const saved = prepare(quote, text);
  if (!saved || quote.start === null) return null;
  const { core } = saved;
  const norm = normaliseRange(text);
  const hits = indexesOf(norm.s, core);
  // The quote itself is one of them, unless the page text changed under it.
  const mine = hits.findIndex((i) => norm.map[i] === quote.start! + leadingSpace(quote.exact));
  if (mine < 0) return null;
  const others = hits.length > MAX_JUDGED ? [] : hits.filter((_, k) => k !== mine);
  const twins = others.filter((i) => {
    const span = rawSpan(norm, i, i + core.length);
    return judge(text, saved, span.start, span.end, 0, false).ok;
  });
  // With twins, the context that tells the quote from them; otherwise from every other copy, which matters
  // only once one of them has gone (rule 9b), so it is marked `unlike`.
  const wide = others.length
    ? wideContext(norm.s, hits[mine]!, core.length, twins.length ? twins : others)
    : null;
  return { count: hits.length, index: mine, ...wide, ...(wide && !twins.length && { unlike: true }) };
}

/**
 * A stored value read leniently (another tool's, a hand edit): count and index whole numbers with
 * 0 <= index < count, else nothing, as if absent; the wider sides only when they are strings.
 */
export function readOccurrence(value: unknown): Occurrence | null {
  const { count: c, index: i, prefix: p, suffix: s, unlike: u } = (value ?? {}) as Record<string, unknown>;
  if (
    !Number.isSafeInteger(c) ||
    !Number.isSafeInteger(i) ||
    (i as number) < 0 ||
    (i as number) >= (c as number)
  )
    return null;
  const side = (x: unknown) => (typeof x === "string" ? x : "");
  return {
    count: c as number,
    index: i as number,
    prefix: side(p),
    suffix: side(s),
    ...(u === true && { unlike: u }),
  };
}
