// Placing the review list's rows: measured heights replace estimates, and later rows move with them.
import type { Group } from "../../src/core/highlights/search";
import { placeRows, type Row, visibleRows } from "../../src/review/model";

const group = { key: "g", kind: "page", value: "https://x", items: [] } as unknown as Group;
const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ kind: "group", key: `r${i}`, group, top: i * 100, height: 100 }));

test("without measurements the rows stay as laid out (the same array: no new layout)", () => {
  const laid = rows(4);
  const placed = placeRows(laid, new Map());
  expect(placed.rows).toBe(laid);
  expect(placed.height).toBe(400);
});

test("a measured row takes its real height and every row after it moves", () => {
  const placed = placeRows(rows(4), new Map([["r1", 60]]));
  expect(placed.rows.map((r) => [r.top, r.height])).toEqual([
    [0, 100],
    [100, 60],
    [160, 100],
    [260, 100],
  ]);
  expect(placed.height).toBe(360);
  // What is rendered follows the new tops: the row at y = 170 is r2, not r1.
  expect(visibleRows(placed.rows, 170, 170).map((r) => r.key)).toEqual(["r2"]);
});

test("heights measured for rows that are gone are ignored", () => {
  const placed = placeRows(rows(2), new Map([["gone", 10]]));
  expect(placed.height).toBe(200);
});
