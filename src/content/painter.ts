// Paints marks with the CSS Custom Highlight API: one Highlight per entity type, registered under a name
// that also carries the mark style, so switching style needs no page DOM change (see assets/content.css).
import type { EntityType, MarkStyle } from "../core/settings";

export interface PaintedMark {
  type: EntityType;
  range: AbstractRange;
}

const PREFIX = "randnotiz-";
const CURRENT = `${PREFIX}current`;

export function highlightName(type: EntityType, style: MarkStyle): string {
  return `${PREFIX}${type}-${style}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export class Painter {
  private names = new Set<string>();

  constructor(private style: MarkStyle) {}

  setStyle(style: MarkStyle): void {
    this.style = style;
  }

  /**
   * Replaces everything painted with `marks`. Ranges are added to fresh, unregistered Highlights and then
   * swapped in with one set() per type: adding to a registered Highlight re-processes it every frame.
   */
  render(marks: Iterable<PaintedMark>): void {
    const byName = new Map<string, Highlight>();
    for (const mark of marks) {
      const name = highlightName(mark.type, this.style);
      let highlight = byName.get(name);
      if (!highlight) {
        highlight = new Highlight();
        byName.set(name, highlight);
      }
      highlight.add(mark.range);
    }
    for (const name of this.names) if (!byName.has(name)) CSS.highlights.delete(name);
    for (const [name, highlight] of byName) CSS.highlights.set(name, highlight);
    this.names = new Set(byName.keys());
  }

  /** The keyboard-selected mark gets a highlight of its own, painted above the type highlights. */
  setCurrent(range: AbstractRange | null): void {
    if (!range) {
      CSS.highlights.delete(CURRENT);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(CURRENT, highlight);
  }

  destroy(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(CURRENT);
    this.names.clear();
  }
}
