// Matching one very long text in windows, so that a page with a single huge paragraph (or one text node of
// megabytes) can still be processed in short slices. Windows start only at whitespace, and each one reads
// a margin past its end, so a name that crosses a window's end is found whole.
import type { Matcher, Mention } from "./index";

/** Longer than any alias plus its genitive or compound tail. */
const MARGIN = 256;
/** A window start is moved at most this far to reach whitespace; past it, text with no spaces is cut. */
const MAX_SNAP = 1024;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
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
    const window = text.slice(pos, Math.min(text.length, cut + MARGIN));
    let next = cut;
    for (const m of this.matcher.find(window)) {
      // Mentions that start in the margin belong to the next window, which reads them with their context.
      if (pos + m.start >= cut) break;
      this.mentions.push({ entity: m.entity, start: pos + m.start, end: pos + m.end });
      next = Math.max(next, pos + m.end);
    }
    this.pos = next > cut ? snapToSpace(text, next) : cut;
    return this.done;
  }
}
