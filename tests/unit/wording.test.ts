// One German word for each thing (docs/wording.md): a saved highlight is a "gemerkte Stelle" (Merken,
// Gemerkt am), and "Markierung"/"markieren" mean only the marks on names. A selection is "ausgewählt".
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, `assets/_locales/${lang}/messages.json`), "utf8"));
const de = messages("de");
const en = messages("en");
const MARK = /markier/i;

test("what English calls a highlight, German never calls a Markierung", () => {
  const wrong = Object.keys(en).filter((k) => /highlight/i.test(en[k]!.message) && MARK.test(de[k]!.message));
  expect(wrong).toEqual([]);
});

test("what German calls a Markierung is a mark on a name, never a saved highlight", () => {
  const wrong = Object.keys(de).filter((k) => MARK.test(de[k]!.message) && /highlight/i.test(en[k]!.message));
  expect(wrong).toEqual([]);
});

test("German saved-highlight strings say gemerkte Stelle, not gespeicherte Markierung", () => {
  for (const key of [
    "reviewHeading",
    "reviewTabHighlights",
    "popupSavedHeading",
    "menuOpenReview",
    "tooltipSaved",
  ])
    expect({ key, text: de[key]!.message }).toEqual({ key, text: expect.stringMatching(/^Gemerkte Stelle/) });
  for (const [key, { message }] of Object.entries(de))
    expect({ key, message }).not.toMatchObject({
      message: expect.stringMatching(/gespeicherte (Markierung|Stelle)/i),
    });
});

test("the German store texts follow the same words", () => {
  const dir = join(ROOT, "store/de");
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), "utf8");
    expect({ file, hit: /Markierung(en)?\b|markiertem Text/.exec(text)?.[0] ?? null }).toEqual({
      file,
      hit: null,
    });
  }
});

test("a button that opens a file dialog names the format and ends with an ellipsis, on both tabs", () => {
  for (const key of ["reviewImport", "entriesImport"]) {
    expect({ key, text: de[key]!.message }).toEqual({
      key,
      text: expect.stringMatching(/^JSON(-LD)? importieren …$/),
    });
    expect({ key, text: en[key]!.message }).toEqual({
      key,
      text: expect.stringMatching(/^Import JSON(-LD)?…$/),
    });
  }
});
