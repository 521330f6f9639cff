// The scanner and anchoring read past the same invisible characters (src/core/invisible.ts): a name found
// across a soft hyphen is a quote that anchoring finds again, and a visible character is kept by both.
import { normalise } from "../../src/core/anchor/normalise";
import { isInvisible } from "../../src/core/invisible";
import { normaliseAlias } from "../../src/core/match/normalise";

const INVISIBLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

describe("invisible characters", () => {
  test.each(INVISIBLE.map((c) => [c.toString(16), c]))(
    "U+%s is dropped by the scanner and by anchoring",
    (_, c) => {
      const text = `Sel${String.fromCharCode(c)}enskyj`;
      expect(isInvisible(c)).toBe(true);
      expect(normaliseAlias(text)).toBe("Selenskyj");
      expect(normalise(text)).toBe("Selenskyj");
    },
  );

  test("no other character of the Basic Multilingual Plane counts as invisible", () => {
    const others: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isInvisible(c) && !INVISIBLE.includes(c)) others.push(c);
    expect(others).toEqual([]);
  });

  test.each([0x200e, 0x2061, 0x00b7, 0x2009])("visible or spacing U+%s is kept by both", (c) => {
    const text = `a${String.fromCharCode(c)}b`;
    expect(normaliseAlias(text)).not.toBe("ab");
    expect(normalise(text)).not.toBe("ab");
  });
});
