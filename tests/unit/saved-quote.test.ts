// A save never fails because the background does not describe the quote (src/content/saved-quote.ts).

import { quoteForSave } from "../../src/content/saved-quote";
import { anchorQuote, describeQuote } from "../../src/core/anchor";

const TEXT =
  "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Grundsteuer bleibt unverändert, die Gebühren für Kindergärten steigen leicht.";
const START = TEXT.indexOf("die Gebühren für Kindergärten");
const END = START + "die Gebühren für Kindergärten".length;

describe("the quote a save stores", () => {
  it("is the background's, occurrence field included, when it answers", async () => {
    const described = describeQuote(TEXT, START, END);
    await expect(quoteForSave(Promise.resolve(described), TEXT, START, END)).resolves.toBe(described);
  });

  it("is the page's own, without the optional field, when the background fails", async () => {
    const own = await quoteForSave(
      Promise.reject(new Error("Could not establish connection")),
      TEXT,
      START,
      END,
    );
    const { occurrence: _, ...w3c } = describeQuote(TEXT, START, END);
    // The same selectors the background would have written, only the extension field is missing.
    expect(own).toEqual(w3c);
    expect(own).not.toHaveProperty("occurrence");
    expect(anchorQuote(TEXT, own)).toEqual({ state: "exact", start: START, end: END });
    // Context cut by the text's edges as the background cuts it.
    const { occurrence: _edge, ...atEdge } = describeQuote(TEXT, 0, 3);
    expect(await quoteForSave(Promise.reject(new Error("x")), TEXT, 0, 3)).toEqual(atEdge);
  });
});
