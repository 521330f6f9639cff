// Paints the marks on and near the screen, and follows the reader's scrolling. Each repaint builds fresh
// highlights for that window only, so the browser never re-processes the marks of a whole long page.
import { measured } from "./budget";
import type { Mark } from "./marks";
import type { Painter } from "./painter";
import { firstWhere } from "./targets";
import type { TextRun } from "./text-index";
import type { Viewport } from "./viewport";

/** A run with more marks than this (one giant paragraph) is cut to the marks near the screen. */
const BIG_RUN = 400;

export class WindowPainter {
  private frame = 0;
  /** A big run was cut: scrolling inside it needs a repaint, which the viewport alone would not ask for. */
  private cut = false;
  private readonly onScroll = () => {
    if (this.cut) this.request();
  };

  constructor(
    private readonly painter: Painter,
    private readonly viewport: Viewport,
    private readonly marksOf: (run: TextRun) => readonly Mark[] | undefined,
    private readonly shown: (mark: Mark) => boolean,
  ) {
    // Capture: scrolling containers inside the page do not bubble their scroll events.
    addEventListener("scroll", this.onScroll, { passive: true, capture: true });
  }

  /** Repaints at the next frame, once however often it is asked. */
  request(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      measured(() => this.paint());
    });
  }

  paint(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.cut = false;
    const job = this.painter.begin();
    for (const run of this.viewport.nearRuns()) {
      const marks = this.marksOf(run);
      if (!marks) continue;
      for (const mark of marks.length > BIG_RUN ? this.nearPart(marks) : marks)
        if (this.shown(mark)) job.add(mark);
    }
    job.commit();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    removeEventListener("scroll", this.onScroll, { capture: true });
  }

  /** The marks of a giant run that lie within a screen of the viewport: in a paragraph, order is height. */
  private nearPart(marks: readonly Mark[]): readonly Mark[] {
    this.cut = true;
    const from = firstWhere(marks, (box) => box.bottom >= -innerHeight);
    const to = firstWhere(marks, (box) => box.top > 2 * innerHeight);
    return marks.slice(from, Math.max(from, to));
  }
}
