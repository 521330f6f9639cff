// The popup's chip lists are cut between rows: wholeRowsCut picks the lowest edge under the limit that no
// chip or heading crosses.
import { wholeRowsCut } from "../../src/popup/use-whole-rows";

const row = (top: number, height = 22, chips = 3): Array<[number, number]> =>
  Array.from({ length: chips }, () => [top, top + height]);

test("cuts after the last row that fits whole", () => {
  const parts = [[0, 16] as [number, number], ...row(20), ...row(46), ...row(72)];
  expect(wholeRowsCut(parts, 80)).toBe(68);
  expect(wholeRowsCut(parts, 94)).toBe(94);
  expect(wholeRowsCut(parts, 67)).toBe(42);
});

test("never cuts through a taller neighbour in the same row", () => {
  const parts: Array<[number, number]> = [
    [0, 22],
    [0, 30],
    [34, 56],
  ];
  expect(wholeRowsCut(parts, 25)).toBe(0);
  expect(wholeRowsCut(parts, 40)).toBe(30);
});
