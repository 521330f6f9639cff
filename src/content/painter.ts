// Paints marks with the CSS Custom Highlight API: one Highlight per entity type, registered under a name
// that also carries the mark style, so switching style needs no page DOM change (see assets/content.css).
import type { EntityType, MarkStyle } from "../core/settings";

export interface PaintedMark {
  type: EntityType;
  range: AbstractRange;
  outer?: boolean;
}

/** A full repaint, spread over slices: add() every mark, then commit(). */
export interface PaintJob {
  add(mark: PaintedMark): void;
  commit(): void;
}

const PREFIX = "randnotiz-";
const CURRENT = `${PREFIX}current`;
/** Marks with a nested mark inside ("Krieg gegen die Ukraine"): a light tint over the whole outer span. */
const OUTER = `${PREFIX}outer`;
/**
 * Registration order decides which of two equal-priority highlights is drawn on top: the later one. Events
 * are the usual outer names, so they go first and a country inside keeps its own underline colour.
 */
const TYPE_ORDER: readonly EntityType[] = ["event", "media", "organisation", "place", "country", "person"];

export function highlightName(type: EntityType, style: MarkStyle): string {
  return `${PREFIX}${type}-${style}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/**
 * How a full repaint reaches the page differs by engine (measured on a 10,000-paragraph page):
 * - Chromium re-processes a registered Highlight on every frame, so adding to it slice by slice is very
 *   slow; fresh Highlights are filled unregistered and swapped in with one set() each, which is cheap.
 * - Firefox does its work per range when a Highlight is registered (350 ms for 59k ranges in one set()),
 *   so it registers empty Highlights first and the ranges are added slice by slice.
 */
const REGISTER_FIRST = __BROWSER__ === "firefox";

/** The reader's saved highlights: one layer above the entity marks, below the keyboard's current mark. */
export const SAVED_LAYER = `${PREFIX}saved`;

export class Painter {
  private live = new Map<string, Highlight>();
  private readonly layers = new Set<string>();

  constructor(private style: MarkStyle) {}

  setStyle(style: MarkStyle): void {
    this.style = style;
  }

  begin(): PaintJob {
    const fresh = new Map<string, Highlight>();
    const style = this.style;
    if (REGISTER_FIRST) this.clear();
    const highlightFor = (name: string): Highlight => {
      let highlight = fresh.get(name);
      if (!highlight) {
        highlight = new Highlight();
        fresh.set(name, highlight);
        if (REGISTER_FIRST) CSS.highlights.set(name, highlight);
      }
      return highlight;
    };
    if (REGISTER_FIRST) {
      highlightFor(OUTER);
      for (const type of TYPE_ORDER) highlightFor(highlightName(type, style));
    }
    return {
      add: (mark) => {
        highlightFor(highlightName(mark.type, style)).add(mark.range);
        if (mark.outer) highlightFor(OUTER).add(mark.range);
      },
      commit: () => {
        for (const name of this.live.keys()) if (!fresh.has(name)) CSS.highlights.delete(name);
        if (!REGISTER_FIRST) {
          // Re-registering in type order keeps events below the names nested in them.
          const order = [OUTER, ...TYPE_ORDER.map((type) => highlightName(type, style))];
          for (const name of order) {
            const highlight = fresh.get(name);
            if (!highlight) continue;
            CSS.highlights.delete(name);
            CSS.highlights.set(name, highlight);
          }
        }
        this.live = fresh;
      },
    };
  }

  /** Applies a small change in place: what one mutation pass found and lost. */
  update(added: Iterable<PaintedMark>, removed: Iterable<PaintedMark>): void {
    for (const mark of removed) {
      this.live.get(highlightName(mark.type, this.style))?.delete(mark.range);
      if (mark.outer) this.live.get(OUTER)?.delete(mark.range);
    }
    for (const mark of added) {
      this.liveFor(highlightName(mark.type, this.style)).add(mark.range);
      if (mark.outer) this.liveFor(OUTER).add(mark.range);
    }
  }

  private liveFor(name: string): Highlight {
    let highlight = this.live.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.live.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** The keyboard-selected mark gets a highlight of its own, painted above the type highlights. */
  setCurrent(range: AbstractRange | null): void {
    if (!range) {
      CSS.highlights.delete(CURRENT);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = 2;
    CSS.highlights.set(CURRENT, highlight);
  }

  /**
   * Replaces a small named layer (saved highlights) in one set(): a fresh Highlight swapped in costs one
   * registration, where editing a registered one makes the browser re-process it per change.
   */
  setLayer(name: string, ranges: readonly AbstractRange[], priority = 1): void {
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      this.layers.delete(name);
      return;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
    this.layers.add(name);
  }

  private clear(): void {
    for (const name of this.live.keys()) CSS.highlights.delete(name);
    this.live.clear();
  }

  destroy(): void {
    this.clear();
    CSS.highlights.delete(CURRENT);
    for (const name of this.layers) CSS.highlights.delete(name);
    this.layers.clear();
  }
}
