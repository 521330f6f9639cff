// A scrolling list of name chips ends between two rows, never through one: its height is cut at the
// lowest row edge that fits under its CSS max-height, so the last visible row is whole and the next one
// starts below the fold. A group heading is never that last row: a heading with none of its chips in view
// says nothing, so the cut goes above it instead (docs/popup.md). Measured after each render, since the rows
// depend on the names and the language.
import type { RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

/** One row-making piece (chip, group heading, hint): top and bottom relative to the box's content. */
export interface Piece {
  top: number;
  bottom: number;
  heading: boolean;
}

function pieces(box: HTMLElement): Piece[] {
  const origin = box.getBoundingClientRect().top - box.scrollTop;
  return [...box.querySelectorAll("li, h3, p")].map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin, heading: e.tagName === "H3" };
  });
}

/**
 * The lowest edge at or above `limit` that no piece crosses and under which the last piece is not a
 * heading; 0 when there is none.
 */
export function wholeRowsCut(parts: readonly Piece[], limit: number): number {
  let best = 0;
  for (const { bottom } of parts) {
    if (bottom > limit || bottom <= best) continue;
    if (parts.some((p) => p.top < bottom - 0.5 && p.bottom > bottom + 0.5)) continue;
    // The row that ends here: the pieces above the cut that start lowest.
    const above = parts.filter((p) => p.bottom <= bottom + 0.5);
    const lastTop = Math.max(...above.map((p) => p.top));
    if (above.some((p) => p.heading && p.top >= lastTop - 0.5)) continue;
    best = bottom;
  }
  return best;
}

function cut(box: HTMLElement): void {
  box.style.maxHeight = "";
  if (box.scrollHeight <= box.clientHeight) return;
  const style = getComputedStyle(box);
  const padding = Number.parseFloat(style.paddingBottom) || 0;
  const edge = wholeRowsCut(pieces(box), Number.parseFloat(style.maxHeight) - padding);
  if (edge > 0) box.style.maxHeight = `${Math.ceil(edge + padding)}px`;
}

export function useWholeRows<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box) cut(box);
  });
  return ref;
}
