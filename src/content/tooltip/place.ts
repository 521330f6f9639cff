// Where the tooltip goes, as plain geometry (docs/tooltip.md): under the line of the mark the pointer is
// on, moved above when only there is room for it, kept inside the viewport sideways, and given a height
// limit where neither side has room for all of it. Pure, so it is tested without a browser.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  /** The height the panel may take on the chosen side; it scrolls within it. */
  maxHeight: number;
}

/** The gap between the mark and the panel, and the margin kept from the viewport's edges, in px. */
export const GAP = 6;
export const MARGIN = 8;
/** The panel never gets shorter than this, however little room there is. */
const MIN_HEIGHT = 80;

/**
 * The line box a mark that wraps over lines is anchored to: the one under the pointer (or the nearest to
 * it), else the first line.
 */
export function lineUnder(rects: readonly Box[], pointer: { x: number; y: number } | null): Box | null {
  const lines = rects.filter((r) => r.right > r.left);
  if (lines.length === 0) return null;
  if (!pointer) return lines[0]!;
  let best = lines[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const r of lines) {
    const dx = Math.max(0, r.left - pointer.x, pointer.x - r.right);
    const dy = Math.max(0, r.top - pointer.y, pointer.y - r.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}

/** Places a panel of `width` × `height` next to `line` in a viewport of `vw` × `vh`. */
export function place(line: Box, width: number, height: number, vw: number, vh: number): Placement {
  const below = vh - MARGIN - (line.bottom + GAP);
  const above = line.top - GAP - MARGIN;
  // Below is the reading direction; above only when the panel fits there and not below, or when it fits
  // nowhere and above has more room.
  const up = height > below && (height <= above || above > below);
  const room = up ? above : below;
  const shown = Math.min(height, Math.max(MIN_HEIGHT, room));
  const y = up ? line.top - GAP - shown : line.bottom + GAP;
  const x = Math.max(MARGIN, Math.min(line.left, vw - MARGIN - width));
  return { x, y, maxHeight: Math.max(MIN_HEIGHT, Math.floor(room)) };
}
