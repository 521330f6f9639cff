// The popup's chip lists are cut between rows: wholeRowsCut picks the lowest edge under the limit that no
// chip or heading crosses, and never one right under a group heading.
import { type Piece, wholeRowsCut } from "../../src/popup/use-whole-rows";

const piece = (top: number, bottom: number, heading = false): Piece => ({ top, bottom, heading });
const row = (top: number, height = 22, chips = 3): Piece[] =>
  Array.from({ length: chips }, () => piece(top, top + height));

test("cuts after the last row that fits whole", () => {
  const parts = [piece(0, 16, true), ...row(20), ...row(46), ...row(72)];
  expect(wholeRowsCut(parts, 80)).toBe(68);
  expect(wholeRowsCut(parts, 94)).toBe(94);
  expect(wholeRowsCut(parts, 67)).toBe(42);
});

test("never cuts through a taller neighbour in the same row", () => {
  const parts = [piece(0, 22), piece(0, 30), piece(34, 56)];
  expect(wholeRowsCut(parts, 25)).toBe(0);
  expect(wholeRowsCut(parts, 40)).toBe(30);
});

test("never ends on a group heading: the cut goes above it, after the last chip row", () => {
  // Countries: one row; Places: a heading at 54-70 whose chips start at 74.
  const parts = [piece(0, 16, true), ...row(20), piece(54, 70, true), ...row(74), ...row(100)];
  expect(wholeRowsCut(parts, 80)).toBe(42);
  expect(wholeRowsCut(parts, 96)).toBe(96);
  // A heading alone under the limit, with nothing above it: no cut at all.
  expect(wholeRowsCut([piece(0, 16, true), ...row(20)], 18)).toBe(0);
});
