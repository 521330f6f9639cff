// One saved highlight as the page holds it, and the steps on it that need no state of the page controller:
// anchoring it in the page's text, and reporting where it is now.
import { anchorQuote } from "../core/anchor";
import type { AnchorResult, SavedQuote } from "../core/anchor/types";
import type { WebAnnotation } from "../core/highlights/types";
import type { AnchoredHighlight } from "../platform/messages";
import { offsetIn, type PageText, rangeIn } from "./page-text";
import type { SavedMark } from "./targets";

export interface Entry {
  key: string;
  annotation: WebAnnotation;
  quote: SavedQuote;
  result: AnchorResult | null;
  mark: SavedMark | null;
}

/** Anchors `entry` in the page's text now and makes its mark. */
export function anchorEntry(entry: Entry, page: PageText): void {
  const last = entry.result;
  // An orphan is searched for in full once; after that only its verbatim return (late text, a ticker)
  // is looked for, since the approximate search costs about 50 ms per MB of page text.
  if (last?.state === "orphan" && !page.text.includes(entry.quote.exact)) {
    entry.mark = null;
    return;
  }
  // The last place found is the best hint after a DOM change; the saved position before that.
  const found = last && last.state !== "orphan" ? last : null;
  const hint = found ? { ...entry.quote, start: found.start, end: found.end } : entry.quote;
  let result = anchorQuote(page.text, hint);
  if (result.state === "orphan" && found) result = anchorQuote(page.text, entry.quote);
  entry.result = result;
  const range = result.state === "orphan" ? null : rangeIn(page, result.start, result.end);
  entry.mark = range ? { kind: "saved", id: entry.annotation.id, range } : null;
}

/** Where every highlight is now (docs/interfaces.md, highlights message): by start, the longer first, orphans last. */
export function answerFor(entries: ReadonlyMap<string, Entry>, page: PageText): AnchoredHighlight[] {
  const out: AnchoredHighlight[] = [];
  for (const [id, entry] of entries) {
    const span = entry.mark && spanOf(page, entry.mark);
    if (span && entry.result && entry.result.state !== "orphan") {
      out.push({ id, state: entry.result.state, ...span, exact: page.text.slice(span.start, span.end) });
    } else out.push({ id, state: "orphan", start: null, end: null, exact: entry.quote.exact });
  }
  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));
}

function spanOf(page: PageText, mark: SavedMark): { start: number; end: number } | null {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  const start = offsetIn(page, startContainer, startOffset);
  const end = offsetIn(page, endContainer, endOffset);
  return start === null || end === null || end < start ? null : { start, end };
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, and news sites are not all HTTPS. */
export function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
