// A scrolling list of name chips ends between two rows, never through one: its height is cut at the
// lowest row edge that fits under its CSS max-height, so the last visible row is whole and the next one
// starts below the fold. Measured after each render, since the rows depend on the names and the language.
import type { RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

/** Top and bottom of each row-making piece (chip, group heading, hint), relative to the box's content. */
function pieces(box: HTMLElement): Array<[number, number]> {
  const origin = box.getBoundingClientRect().top - box.scrollTop;
  return [...box.querySelectorAll("li, h3, p")].map((e) => {
    const r = e.getBoundingClientRect();
    return [r.top - origin, r.bottom - origin];
  });
}

/** The lowest edge at or above `limit` that no piece crosses; 0 when there is none. */
export function wholeRowsCut(parts: ReadonlyArray<[number, number]>, limit: number): number {
  let best = 0;
  for (const [, bottom] of parts) {
    if (bottom > limit || bottom <= best) continue;
    if (parts.some(([top, end]) => top < bottom - 0.5 && end > bottom + 0.5)) continue;
    best = bottom;
  }
  return best;
}

export function useWholeRows<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.maxHeight = "";
    if (box.scrollHeight <= box.clientHeight) return;
    const style = getComputedStyle(box);
    const padding = Number.parseFloat(style.paddingBottom) || 0;
    const cut = wholeRowsCut(pieces(box), Number.parseFloat(style.maxHeight) - padding);
    if (cut > 0) box.style.maxHeight = `${Math.ceil(cut + padding)}px`;
  });
  return ref;
}
