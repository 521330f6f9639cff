// Paints with the CSS Custom Highlight API: one Highlight per entity type, registered under a name that
// also carries the mark style, so switching style needs no page DOM change (see assets/content.css). The
// reader's saved highlights and the keyboard's current mark are layers of their own.
import { COLOURS, type Colour } from "../core/highlights/types";
import { type EntityType, MARK_STYLES, type MarkStyle } from "../core/settings";

export interface PaintedMark {
  type: EntityType;
  /** The entity id: the reader's own entries ("my-…") get a look of their own. */
  entity: string;
  range: AbstractRange;
  outer?: boolean;
}

/** One repaint of the entity marks: add() each mark, then commit() swaps them in at once. */
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

/**
 * The reader's saved highlights: one layer per marker colour, named as the annotation's styleClass
 * ("randnotiz-green"), above the entity marks and below the keyboard's current mark.
 */
export const savedLayer = (colour: Colour): string => `${PREFIX}${colour}`;

export function highlightName(type: EntityType, style: MarkStyle): string {
  return `${PREFIX}${type}-${style}`;
}

/** The reader's own entries: one dotted look for every type, so "mine" is told apart at a glance. */
const ownName = (style: MarkStyle) => `${PREFIX}own-${style}`;
// The prefix of entityIdOf() in core/entries, spelt out: importing that module would bring its schema here.
const OWN_ENTITY = "my-";

/** Every name a Painter may register, whatever the style: what a later script removes (lifetime.ts). */
export function everyHighlightName(): string[] {
  const styled = MARK_STYLES.flatMap((style) => [
    ...TYPE_ORDER.map((t) => highlightName(t, style)),
    ownName(style),
  ]);
  return [...styled, CURRENT, OUTER, ...COLOURS.map(savedLayer)];
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/**
 * Firefox before 146 draws no text-decoration inside ::highlight() (bug 1845446), and the build supports
 * Firefox 140 and later: there, underlined marks are tinted instead of left invisible.
 */
function drawable(style: MarkStyle): MarkStyle {
  if (__BROWSER__ !== "firefox" || style !== "underline") return style;
  const major = Number(/Firefox\/(\d+)/.exec(navigator.userAgent)?.[1] ?? 0);
  return major > 0 && major < 146 ? "background" : style;
}

export class Painter {
  private live = new Set<string>();
  private readonly layers = new Set<string>();

  private style: MarkStyle;

  constructor(style: MarkStyle) {
    this.style = drawable(style);
  }

  setStyle(style: MarkStyle): void {
    this.style = drawable(style);
  }

  /**
   * Fresh Highlights are filled unregistered and swapped in with one set() each: Chromium re-processes a
   * registered Highlight on every change, so filling it in place costs far more. Only the marks near the
   * viewport are ever painted (paint-window.ts), so each swap stays small in both engines.
   */
  begin(): PaintJob {
    const fresh = new Map<string, Highlight>();
    const style = this.style;
    const add = (name: string, range: AbstractRange) => {
      let highlight = fresh.get(name);
      if (!highlight) {
        highlight = new Highlight();
        fresh.set(name, highlight);
      }
      highlight.add(range);
    };
    return {
      add: (mark) => {
        const own = mark.entity.startsWith(OWN_ENTITY);
        add(own ? ownName(style) : highlightName(mark.type, style), mark.range);
        if (mark.outer) add(OUTER, mark.range);
      },
      commit: () => {
        for (const name of this.live) if (!fresh.has(name)) CSS.highlights.delete(name);
        for (const name of [OUTER, ...TYPE_ORDER.map((type) => highlightName(type, style)), ownName(style)]) {
          const highlight = fresh.get(name);
          if (!highlight) continue;
          // Deleting first re-registers it last, which keeps TYPE_ORDER as the drawing order.
          CSS.highlights.delete(name);
          CSS.highlights.set(name, highlight);
        }
        this.live = new Set(fresh.keys());
      },
    };
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

  destroy(): void {
    for (const name of this.live) CSS.highlights.delete(name);
    this.live.clear();
    CSS.highlights.delete(CURRENT);
    for (const name of this.layers) CSS.highlights.delete(name);
    this.layers.clear();
  }
}
