// What the tooltip, hover and keyboard steps can land on: an entity mark or one of the reader's saved
// highlights. Both are static ranges; only the saved kind carries a `kind` tag.
import type { Mark } from "./marks";

export interface SavedMark {
  kind: "saved";
  /** The annotation's id ("urn:uuid:…"). */
  id: string;
  range: StaticRange;
}

export type Target = Mark | SavedMark;

export function isSaved(target: Target): target is SavedMark {
  return (target as SavedMark).kind === "saved";
}

/** A live Range over a target, for geometry and comparisons; short-lived, so it costs the page nothing. */
export function liveRange(target: Pick<Target, "range">): Range {
  const range = document.createRange();
  range.setStart(target.range.startContainer, target.range.startOffset);
  range.setEnd(target.range.endContainer, target.range.endOffset);
  return range;
}

/** Inserts the (few) saved marks into the (many) entity marks, keeping document order. */
export function mergeTargets(marks: readonly Mark[], saved: readonly SavedMark[]): readonly Target[] {
  if (saved.length === 0) return marks;
  const out: Target[] = [...marks];
  for (const item of saved) {
    const range = liveRange(item);
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (liveRange(out[mid]!).compareBoundaryPoints(Range.START_TO_START, range) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
  }
  return out;
}

/**
 * Index of the first target whose box passes `test`; targets.length if none. Binary search: in document
 * order, targets run down the page, so "below the top of the screen" flips from false to true once.
 */
export function firstWhere(
  targets: readonly Pick<Target, "range">[],
  test: (box: DOMRect) => boolean,
): number {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(liveRange(targets[mid]!).getBoundingClientRect())) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
