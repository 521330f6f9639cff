// Pointer hit-testing: which mark, if any, is under the pointer. One passive pointermove listener,
// coalesced to one test per animation frame, so a moving mouse costs at most one caret lookup per frame.
import type { Annotator } from "./annotator";
import type { SavedHighlights } from "./saved";
import { liveRange, type Target } from "./targets";
import type { Point } from "./tooltip/view";

export type Hit = { kind: "mark"; mark: Target; pointer: Point } | { kind: "tooltip" } | { kind: "none" };

/** Hit-testing needs only this much of the annotator and the saved highlights. */
export interface MarkSource {
  markAt: Annotator["markAt"];
  savedAt: SavedHighlights["at"];
  /** Open shadow roots with marks: caret and highlight hit-tests see inside only the roots they are given. */
  shadowRoots: () => ShadowRoot[];
}

interface Caret {
  node: Node;
  offset: number;
}

interface ShadowOptions {
  shadowRoots: ShadowRoot[];
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: ShadowOptions,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

type HighlightsWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: ShadowOptions) => unknown[];
};

function caretAt(x: number, y: number, options: ShadowOptions): Caret | null {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y, options);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const SLOP = 1;

function rangeContains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/**
 * The mark drawn at (x, y) in viewport coordinates, if any. An entity mark wins over a saved highlight
 * around it: its tooltip also shows the saved part.
 */
export function markAtPoint(marks: MarkSource, x: number, y: number): Target | undefined {
  // A cheap "no highlight here at all" answer where the browser has one; most pointer moves end here.
  const registry = CSS.highlights as HighlightsWithHitTest;
  const options = { shadowRoots: marks.shadowRoots() };
  if (typeof registry.highlightsFromPoint === "function") {
    try {
      if (registry.highlightsFromPoint(x, y, options).length === 0) return undefined;
    } catch {
      // An older signature: fall through to the caret test.
    }
  }
  const caret = caretAt(x, y, options);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  // Caret APIs snap to the nearest gap between characters: the right half of a mark's last character
  // reports the offset after it, and a point beside the text reports the nearest character. Try both
  // neighbours, and keep only a mark whose boxes really contain the point.
  const length = (caret.node as Text).length;
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= length) continue;
    const mark = marks.markAt(caret.node, offset);
    if (mark && rangeContains(liveRange(mark), x, y)) return mark;
  }
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= length) continue;
    const saved = marks.savedAt(caret.node, offset);
    if (saved && rangeContains(liveRange(saved), x, y)) return saved;
  }
  return undefined;
}

export class HoverTracker {
  private frame = 0;
  private last: PointerEvent | null = null;
  private readonly onMove = (event: PointerEvent) => {
    if (event.pointerType === "touch") return;
    this.last = event;
    this.frame ||= requestAnimationFrame(() => this.test());
  };
  private readonly onOut = (event: PointerEvent) => {
    // relatedTarget null: the pointer left the window.
    if (event.relatedTarget === null) {
      this.last = null;
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.onHit({ kind: "none" });
    }
  };

  constructor(
    private readonly marks: MarkSource,
    private readonly isTooltip: (target: EventTarget | null) => boolean,
    private readonly onHit: (hit: Hit) => void,
  ) {
    document.addEventListener("pointermove", this.onMove, { passive: true });
    document.addEventListener("pointerout", this.onOut, { passive: true });
  }

  private test(): void {
    this.frame = 0;
    const event = this.last;
    if (!event) return;
    // Events from inside the closed shadow root are retargeted to its host.
    if (this.isTooltip(event.target)) {
      this.onHit({ kind: "tooltip" });
      return;
    }
    const { clientX: x, clientY: y } = event;
    const mark = markAtPoint(this.marks, x, y);
    this.onHit(mark ? { kind: "mark", mark, pointer: { x, y } } : { kind: "none" });
  }

  destroy(): void {
    document.removeEventListener("pointermove", this.onMove);
    document.removeEventListener("pointerout", this.onOut);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.last = null;
  }
}
