// The selectors a save stores (docs/anchoring.md, rule 9). The background works out the optional
// `target.occurrence` field, which keeps its code out of every page's script; a save never fails for it.
// When the background does not answer, the page saves the quote, 32 characters of context on each side and
// the position without the field, and the highlight anchors exactly as one saved by another tool.
import type { SavedQuote } from "../core/anchor";

export function quoteForSave(
  ask: Promise<SavedQuote>,
  text: string,
  start: number,
  end: number,
): Promise<SavedQuote> {
  return ask.catch(() => ({
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  }));
}
