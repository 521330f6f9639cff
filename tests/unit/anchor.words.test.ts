// A whole word inserted, replaced or deleted inside a short quote (docs/anchoring.md, rule 4c), and what
// must stay an orphan all the same.
import { anchorQuote, describeQuote } from "../../src/core/anchor";

const TEXT =
  "Die Feuerwehr wurde am Montagabend zu einem Brand in der Altstadt gerufen. " +
  "Nach Angaben der Polizei brach das Feuer in einer Lagerhalle aus und griff rasch auf das Dach über. " +
  "Die Einsatzkräfte brachten den Brand nach zwei Stunden unter Kontrolle. " +
  "Verletzt wurde niemand, der Sachschaden wird auf mehrere hunderttausend Euro geschätzt.";

function find(quote: string, edited: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  const got = anchorQuote(edited, describeQuote(TEXT, at, at + quote.length));
  return got.state === "orphan" ? null : { state: got.state, text: edited.slice(got.start, got.end) };
}

describe("one word edited inside a short quote", () => {
  it("a word inserted: the whole passage, the new word included", () => {
    const edited = TEXT.replace("rasch auf das Dach", "rasch offenbar auf das Dach");
    expect(find("rasch auf das", edited)).toEqual({ state: "fuzzy", text: "rasch offenbar auf das" });
    // Two words: more than the quarter the approximate search allows.
    const two = TEXT.replace("Lagerhalle aus", "Lagerhalle vermutlich aus");
    expect(find("Lagerhalle aus", two)).toEqual({ state: "fuzzy", text: "Lagerhalle vermutlich aus" });
  });

  it("a word replaced, with a word next to the quote changed too", () => {
    const edited = TEXT.replace("den Brand nach", "den Großbrand nach").replace(
      "Stunden unter",
      "Stunden völlig unter",
    );
    expect(find("den Brand nach", edited)).toEqual({ state: "fuzzy", text: "den Großbrand nach" });
    const inner = TEXT.replace("brach das Feuer", "brach ein Feuer");
    expect(find("brach das Feuer", inner)).toEqual({ state: "fuzzy", text: "brach ein Feuer" });
  });

  it("an inner word deleted", () => {
    const edited = TEXT.replace("nach zwei Stunden", "nach Stunden");
    expect(find("nach zwei Stunden", edited)).toEqual({ state: "fuzzy", text: "nach Stunden" });
  });

  it("the quote's sentence deleted: a sentence elsewhere with the same first and last words is no match", () => {
    const sentence = "Die Einsatzkräfte brachten den Brand nach zwei Stunden unter Kontrolle. ";
    const edited = `${TEXT.replace(sentence, "")} Die Helfer brachten den Hund nach Hause.`;
    expect(find("den Brand nach", edited)).toBeNull();
    expect(find("brachten den Brand", edited)).toBeNull();
  });

  it("two such places, each with the saved context, make an orphan rather than a guess", () => {
    const sentence =
      "Nach Angaben der Polizei brach das Feuer in einer Lagerhalle aus und griff rasch auf das Dach über. ";
    const once = TEXT.replace("Lagerhalle aus", "Lagerhalle erneut aus");
    // The whole sentence twice: both places have the saved context on both sides.
    const twice = TEXT.replace(sentence, `${sentence}${sentence}`).replaceAll(
      "Lagerhalle aus",
      "Lagerhalle erneut aus",
    );
    expect(find("Lagerhalle aus", once)).toEqual({ state: "fuzzy", text: "Lagerhalle erneut aus" });
    expect(find("Lagerhalle aus", twice)).toBeNull();
  });

  it("never overturns a verbatim copy that was judged and rejected", () => {
    // The quote's own place changed; a verbatim copy in another sentence stays rejected, and the edited
    // place (its sentence otherwise intact) is the passage.
    const edited = `${TEXT.replace("rasch auf das Dach", "rasch offenbar auf das Dach")} Es ging rasch auf das Ende zu.`;
    expect(find("rasch auf das", edited)).toEqual({ state: "fuzzy", text: "rasch offenbar auf das" });
  });
});
