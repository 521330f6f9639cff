// Which occurrence of its quote a highlight was when saved (docs/interfaces.md, saved highlights: the
// `target.occurrence` extension field; docs/anchoring.md, "Copies that were there when saved"). A page that
// repeated the quote when it was saved (a teaser, a pull quote) may later keep the copy and delete the
// original: the one place left then looks like a unique quote, and only this record says it was not.
import { leadingSpace, normalise, normaliseRange } from "./normalise";
import type { Occurrence } from "./types";

/**
 * How often the quote text[start, end) occurs on the page, compared whitespace-insensitively (a teaser's copy
 * may wrap differently), and which of those occurrences (0-based, in text order) it is. Null for a blank quote.
 */
export function occurrenceOf(text: string, start: number, end: number): Occurrence | null {
  const exact = text.slice(start, end);
  const core = normalise(exact).trim();
  if (core.length === 0) return null;
  const norm = normaliseRange(text);
  const at = start + leadingSpace(exact);
  let count = 0;
  let index = 0;
  for (let i = norm.s.indexOf(core); i !== -1; i = norm.s.indexOf(core, i + 1)) {
    if (norm.map[i]! < at) index++;
    count++;
  }
  // The quote itself is always one of them (count >= 1), unless the page text had changed under it.
  return count === 0 ? null : { count, index: Math.min(index, count - 1) };
}

/** A stored value read leniently: whole numbers with 0 <= index < count, else nothing (as if absent). */
export function readOccurrence(value: unknown): Occurrence | null {
  if (typeof value !== "object" || value === null) return null;
  const { count, index } = value as { count?: unknown; index?: unknown };
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(index)) return null;
  const [c, i] = [count as number, index as number];
  return c >= 1 && i >= 0 && i < c ? { count: c, index: i } : null;
}
