// The tooltip's placement rules (docs/tooltip.md), as geometry: below, above, the side with more room,
// inside the viewport sideways, and the line of a wrapped mark under the pointer.
import { GAP, lineUnder, MARGIN, place } from "../../src/content/tooltip/place";

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const VW = 1000;
const VH = 800;

test("below the mark when it fits there", () => {
  const at = place(box(100, 100, 160, 120), 300, 200, VW, VH);
  expect(at).toEqual({ x: 100, y: 120 + GAP, maxHeight: VH - MARGIN - (120 + GAP) });
});

test("above when it fits only above", () => {
  const at = place(box(100, 600, 160, 620), 300, 400, VW, VH);
  expect(at.y).toBe(600 - GAP - 400);
  expect(at.y).toBeGreaterThanOrEqual(MARGIN);
});

test("on the side with more room, its height limited to that room, where it fits nowhere", () => {
  const near = place(box(100, 300, 160, 320), 300, 900, VW, VH);
  const below = VH - MARGIN - (320 + GAP);
  const above = 300 - GAP - MARGIN;
  expect(below).toBeGreaterThan(above);
  expect(near).toEqual({ x: 100, y: 320 + GAP, maxHeight: below });

  const high = place(box(100, 500, 160, 520), 300, 900, VW, VH);
  expect(high.maxHeight).toBe(500 - GAP - MARGIN);
  expect(high.y).toBe(MARGIN);
});

test("stays inside the viewport sideways", () => {
  expect(place(box(900, 100, 960, 120), 300, 100, VW, VH).x).toBe(VW - MARGIN - 300);
  expect(place(box(-40, 100, 20, 120), 300, 100, VW, VH).x).toBe(MARGIN);
  // Wider than the viewport: pinned to the left margin.
  expect(place(box(50, 100, 90, 120), 1200, 100, VW, VH).x).toBe(MARGIN);
});

test("keeps a least height however little room there is", () => {
  expect(place(box(100, 10, 160, 790), 300, 400, VW, VH).maxHeight).toBe(80);
});

test("a wrapped mark anchors the line under the pointer, else its first line", () => {
  const lines = [box(800, 100, 990, 120), box(0, 0, 0, 0), box(10, 124, 80, 144)];
  expect(lineUnder(lines, { x: 30, y: 130 })).toBe(lines[2]);
  expect(lineUnder(lines, { x: 900, y: 110 })).toBe(lines[0]);
  expect(lineUnder(lines, null)).toBe(lines[0]);
  expect(lineUnder([box(5, 5, 5, 20)], null)).toBeNull();
});
