// Keyboard navigation: the next or previous mark in document order, from the one the reader is on.
import type { Annotator, Mark } from "./annotator";

export interface Position {
  mark: Mark;
  /** 1-based, for "3 of 25". */
  index: number;
  total: number;
}

export class Navigator {
  private current: Mark | null = null;

  constructor(private readonly annotator: Pick<Annotator, "marks">) {}

  get mark(): Mark | null {
    return this.current;
  }

  /** Moves one mark on (1) or back (-1), wrapping at either end; null when the page has no marks. */
  step(direction: 1 | -1): Position | null {
    const marks = this.annotator.marks();
    const n = marks.length;
    if (n === 0) return null;
    let next: number;
    const at = this.current ? marks.indexOf(this.current) : -1;
    if (at >= 0) next = at + direction;
    else if (this.current?.range.startContainer.isConnected) {
      // The current mark was re-read after a DOM change: continue from where it stood.
      const range = this.current.range;
      next = direction === 1 ? firstAfter(marks, range, true) : firstAfter(marks, range, false) - 1;
    } else next = direction === 1 ? 0 : n - 1;
    return this.select(marks, (next + n) % n);
  }

  /** Moves to the first mention of `entity`; null when it is not marked on the page. */
  first(entity: string): Position | null {
    const marks = this.annotator.marks();
    const index = marks.findIndex((m) => m.entity === entity);
    return index < 0 ? null : this.select(marks, index);
  }

  /** Forgets the current mark when it is no longer painted. */
  forget(): void {
    this.current = null;
  }

  private select(marks: readonly Mark[], index: number): Position {
    this.current = marks[index]!;
    return { mark: this.current, index: index + 1, total: marks.length };
  }
}

/**
 * Index of the first mark that starts after `range` starts (`strict`) or not before it. Binary search:
 * marks are in document order.
 */
function firstAfter(marks: readonly Mark[], range: Range, strict: boolean): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = marks[mid]!.range.compareBoundaryPoints(Range.START_TO_START, range);
    if (order < 0 || (strict && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
