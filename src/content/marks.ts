// A mark is a matched name kept as offsets into its text run. Its StaticRange is made only when something
// needs it (painting near the viewport, hover, keyboard steps): most marks of a long page never do.
import type { Evidence } from "../core/match";
import type { EntityType } from "../core/settings";
import { nodeIndexAt, type TextRun } from "./text-index";

export interface Mark {
  readonly entity: string;
  readonly type: EntityType;
  readonly block: TextRun;
  /** Offsets into the run's text. */
  readonly start: number;
  readonly end: number;
  /**
   * Static, not live: the browser updates every live Range on each DOM mutation, so 60,000 live marks made
   * 2,000 of the page's own text edits take 7 s instead of 2 ms (measured in Chromium). Geometry and
   * ordering use liveRange(), made on demand for one mark at a time.
   */
  readonly range: StaticRange;
  /** Another mark lies inside this one; painted with a tint over its whole span so both stay readable. */
  outer?: boolean;
  /** An ambiguous alias ("Georgia"): it counts only when the page supports it (see evidence.ts). */
  readonly evidence?: Evidence;
}

class PageMark implements Mark {
  private made: StaticRange | null = null;
  outer?: boolean;

  constructor(
    readonly entity: string,
    readonly type: EntityType,
    readonly block: TextRun,
    readonly start: number,
    readonly end: number,
    readonly evidence?: Evidence,
  ) {}

  get range(): StaticRange {
    if (!this.made) {
      const { block, start, end } = this;
      const a = nodeIndexAt(block, start);
      const b = nodeIndexAt(block, end - 1);
      this.made = new StaticRange({
        startContainer: block.nodes[a]!,
        startOffset: start - block.starts[a]!,
        endContainer: block.nodes[b]!,
        endOffset: end - block.starts[b]!,
      });
    }
    return this.made;
  }
}

export function newMark(
  entity: string,
  type: EntityType,
  block: TextRun,
  start: number,
  end: number,
  evidence?: Evidence,
): Mark {
  return new PageMark(entity, type, block, start, end, evidence);
}
