// A windowed list over the page's own scrolling: a spacer as tall as every row together, and only the rows
// within OVERSCAN pixels of the viewport in the DOM. Rows keep their keys, so focus survives a scroll, and
// tabbing onto the last rendered row scrolls it into view, which renders the rows after it.
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { type Row, visibleRows } from "./model";

const OVERSCAN = 800;

export interface VirtualListProps {
  rows: readonly Row[];
  height: number;
  renderRow: (row: Row) => ComponentChildren;
}

interface View {
  top: number;
  bottom: number;
}

function measure(element: HTMLElement): View {
  const top = -element.getBoundingClientRect().top;
  return { top, bottom: top + (window.innerHeight || 800) };
}

export function VirtualList({ rows, height, renderRow }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ top: 0, bottom: window.innerHeight || 800 });

  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (!ref.current) return;
      const next = measure(ref.current);
      setView((prev) => (prev.top === next.top && prev.bottom === next.bottom ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, []);

  // A new filter can change the height above the list (a notice appears) or the list's own length.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const next = measure(ref.current);
    setView((prev) => (prev.top === next.top && prev.bottom === next.bottom ? prev : next));
  }, [rows]);

  const shown = visibleRows(rows, view.top - OVERSCAN, view.bottom + OVERSCAN);
  return (
    <div class="rows" ref={ref} style={{ height: `${height}px` }} data-rows={rows.length}>
      {shown.map((row) => (
        <div
          class={`row row-${row.kind}`}
          key={row.key}
          style={{ top: `${row.top}px`, height: `${row.height}px` }}
        >
          {renderRow(row)}
        </div>
      ))}
    </div>
  );
}
