// Keyboard navigation: the next or previous mark in document order, from the one the reader is on, or,
// when the reader has scrolled away from it (or not started), from what is on screen now.
import { firstWhere, isSaved, liveRange, type Target } from "./targets";

type Mark = Target;

export interface Position {
  mark: Mark;
  /** 1-based, for "3 of 25". */
  index: number;
  total: number;
}

export class Navigator {
  private current: Mark | null = null;

  /** `marks` lists entity marks and saved highlights together, in document order. */
  constructor(private readonly annotator: { marks(): readonly Target[] }) {}

  get mark(): Mark | null {
    return this.current;
  }

  /** Moves one mark on (1) or back (-1), wrapping at either end; null when the page has no marks. */
  step(direction: 1 | -1): Position | null {
    const marks = this.annotator.marks();
    const n = marks.length;
    if (n === 0) return null;
    let next: number;
    const current = this.current && onScreen(liveRange(this.current)) ? this.current : null;
    const at = current ? marks.indexOf(current) : -1;
    if (at >= 0) next = at + direction;
    else if (current?.range.startContainer.isConnected) {
      // The current mark was re-read after a DOM change: continue from where it stood.
      const range = liveRange(current);
      next = direction === 1 ? firstAfter(marks, range, true) : firstAfter(marks, range, false) - 1;
    } else
      next =
        direction === 1
          ? firstWhere(marks, (r) => r.bottom > 0)
          : firstWhere(marks, (r) => r.top >= innerHeight) - 1;
    return this.select(marks, (next + n) % n);
  }

  /** Moves to the first mention of `entity`; null when it is not marked on the page. */
  first(entity: string): Position | null {
    const marks = this.annotator.marks();
    const index = marks.findIndex((m) => !isSaved(m) && m.entity === entity);
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
    const order = liveRange(marks[mid]!).compareBoundaryPoints(Range.START_TO_START, range);
    if (order < 0 || (strict && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function onScreen(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < innerHeight;
}
