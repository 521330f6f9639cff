// Matching one very long text in windows, so that a page with a single huge paragraph (or one text node of
// megabytes) can still be processed in short slices. The mentions equal those of one find() over the whole
// text (tests/unit/match.property.test.ts): each window reads a margin past its end, so a name that crosses
// it is found whole, with the names nested in it, and some context before its start (a given name before
// "Peskov" decides), and the next window starts where the last mention ended.
import type { Matcher, Mention } from "./types";

/** Longer than any alias plus its genitive or compound tail and the word after it (context.ts). */
const MARGIN = 512;
/** Context read before a window's start: more than the word before a name and a headline's reach. */
const BEFORE = 256;
/** A window start is moved at most this far to reach whitespace; past it, text with no spaces is cut. */
const MAX_SNAP = 1024;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** A whitespace position at or before `from`, within MAX_SNAP (0 at the text's start). */
function snapBack(text: string, from: number): number {
  const limit = Math.max(0, from - MAX_SNAP);
  for (let i = from; i > limit; i--) if (isSpace(text.charCodeAt(i))) return i;
  return limit;
}

/** The first whitespace position at or after `from`, within MAX_SNAP. */
function snapToSpace(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SNAP);
  for (let i = from; i < limit; i++) if (isSpace(text.charCodeAt(i))) return i;
  return limit;
}

export class WindowedFind {
  readonly mentions: Mention[] = [];
  private pos = 0;

  constructor(
    private readonly matcher: Matcher,
    private readonly text: string,
    private readonly size = 32_768,
  ) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** Matches the next window; returns true when the whole text is done. */
  step(): boolean {
    if (this.done) return true;
    const { text, pos } = this;
    const cut = snapToSpace(text, Math.min(text.length, pos + this.size));
    const base = pos === 0 ? 0 : snapBack(text, Math.max(0, pos - BEFORE));
    const window = text.slice(base, Math.min(text.length, cut + MARGIN));
    let next = cut;
    for (const m of this.matcher.find(window, pos - base)) {
      const start = base + m.start;
      // Mentions that start in the margin belong to the next window, which reads them with their context;
      // those nested in a mention that crosses the cut belong to this one.
      if (start >= next) break;
      const found: Mention = { entity: m.entity, start, end: base + m.end };
      if (m.evidence) found.evidence = m.evidence;
      this.mentions.push(found);
      next = Math.max(next, found.end);
    }
    this.pos = next;
    return this.done;
  }
}
