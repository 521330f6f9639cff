// A windowed list over the page's own scrolling: a spacer as tall as every row together, and only the rows
// within OVERSCAN pixels of the viewport in the DOM. Rows keep their keys, so focus survives a scroll, and
// tabbing onto the last rendered row scrolls it into view, which renders the rows after it. Each rendered
// row is measured and the list placed again by the real heights, so cards are as tall as their content.
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { placeRows, type Row, visibleRows } from "./model";

const OVERSCAN = 800;

export interface VirtualListProps {
  /** The rows with estimated heights (model.ts layoutRows). */
  rows: readonly Row[];
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

export function VirtualList({ rows, renderRow }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ top: 0, bottom: window.innerHeight || 800 });
  // Real heights by row key. A ref, not state: measuring must not render by itself; `measures` does.
  const heights = useRef(new Map<string, number>());
  const [measures, setMeasures] = useState(0);
  // `measures` changes whenever `heights` does.
  const placed = useMemo(() => placeRows(rows, heights.current), [rows, measures]);

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
    // A new width rewraps every card: measure the rendered ones again.
    const resized = () => {
      schedule();
      setMeasures((n) => n + 1);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", resized);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", resized);
    };
  }, []);

  // A new filter can change the height above the list (a notice appears) or the list's own length.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const next = measure(ref.current);
    setView((prev) => (prev.top === next.top && prev.bottom === next.bottom ? prev : next));
  }, [rows]);

  const shown = visibleRows(placed.rows, view.top - OVERSCAN, view.bottom + OVERSCAN);

  // After every render, before paint: rows whose real height differs from the one used are recorded and the
  // list placed again. A row above the viewport that changes would push what the reader looks at, so the
  // page scrolls by the same amount and the view stays put.
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const used = new Map(shown.map((row) => [row.key, row]));
    const viewTop = measure(list).top;
    let changed = false;
    let above = 0;
    for (const el of list.children) {
      const row = used.get((el as HTMLElement).dataset.key ?? "");
      if (!row) continue;
      const height = (el as HTMLElement).offsetHeight;
      if (height === 0 || Math.abs(height - row.height) < 1) continue;
      heights.current.set(row.key, height);
      changed = true;
      if (row.top + row.height <= viewTop) above += height - row.height;
    }
    if (!changed) return;
    if (above !== 0) window.scrollBy(0, above);
    setMeasures((n) => n + 1);
  });

  return (
    <div class="rows" ref={ref} style={{ height: `${placed.height}px` }} data-rows={rows.length}>
      {shown.map((row) => (
        <div class={`row row-${row.kind}`} key={row.key} data-key={row.key} style={{ top: `${row.top}px` }}>
          {renderRow(row)}
        </div>
      ))}
    </div>
  );
}
