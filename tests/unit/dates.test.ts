// The review page's date filters read days as each UI language writes them, and show them the same way.
import fc from "fast-check";
import { parseDay } from "../../src/ui/dates";
import { formatDate } from "../../src/ui/i18n";

test.each([
  ["07.12.2026", "2026-12-07"],
  ["7.12.26", "2026-12-07"],
  ["7. Dezember 2026", "2026-12-07"],
  ["7. Dez. 2026", "2026-12-07"],
  ["7 Dec 2026", "2026-12-07"],
  ["07/12/2026", "2026-12-07"],
  ["2026-12-07", "2026-12-07"],
  ["  1.3.2024 ", "2024-03-01"],
  ["1. März 2024", "2024-03-01"],
  ["", ""],
])("%s is %s", (text, iso) => {
  expect(parseDay(text)).toBe(iso);
});

test.each(["31.02.2026", "12/31/2026", "mm/dd/yyyy", "TT.MM.JJJJ", "7 Foo 2026", "2026-13-01", "gestern"])(
  "%s is no day",
  (text) => {
    expect(parseDay(text)).toBeNull();
  },
);

test("every day as the UI shows it, in either language, reads back as that day", () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date("1990-01-01"), max: new Date("2060-12-31"), noInvalidDate: true }),
      (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDay(formatDate(iso, "de"))).toBe(iso);
        expect(parseDay(formatDate(iso, "en"))).toBe(iso);
      },
    ),
  );
});
