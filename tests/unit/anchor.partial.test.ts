// The rules for edits that cut into the highlight's sentence or word (docs/anchoring.md, rules 3c, 4a, 4b,
// and "settled"): what keeps a highlight, and what must still make an orphan.
import { anchorQuote, describeQuote } from "../../src/core/anchor";

function saveAndFind(before: string, needle: string, after: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = before.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return anchorQuote(after, describeQuote(before, at, at + needle.length));
}
const slice = (text: string, r: ReturnType<typeof anchorQuote>) =>
  r.state === "orphan" ? null : text.slice(r.start, r.end);

const text = [
  "Die Stadt hat am Montag den neuen Haushalt vorgestellt. Nach Angaben des Kämmerers fehlen im kommenden Jahr rund vier Millionen Euro.",
  "Der Gemeinderat will im März über Kürzungen beraten. Die Opposition kritisierte den Entwurf als unausgewogen und verlangte Nachbesserungen.",
  "Der Bürgermeister verteidigte die Pläne am Abend vor der Presse.",
].join("\n");

describe("part of the highlight's sentence deleted (rule 3c)", () => {
  it("keeps a one-word quote whose sentence lost everything before it", () => {
    const after = text.replace("Nach Angaben des Kämmerers fehlen", "Fehlen");
    // Saved on "Jahr" in the shortened sentence's middle: the rest of the sentence (after it) stands whole.
    const cut = text.replace("Nach Angaben des Kämmerers fehlen im kommenden ", "Im kommenden ");
    expect(slice(after, saveAndFind(text, "fehlen", after))).toBeNull();
    expect(slice(cut, saveAndFind(text, "Jahr", cut))).toBe("Jahr");
  });

  it("keeps a two-word quote whose sentence lost everything after it", () => {
    const after = text.replace(
      "kritisierte den Entwurf als unausgewogen und verlangte Nachbesserungen.",
      "kritisierte.",
    );
    const got = saveAndFind(text, "Die Opposition", after);
    expect(slice(after, got)).toBe("Die Opposition");
    const mid = text.replace(" als unausgewogen und verlangte Nachbesserungen.", ".");
    expect(slice(mid, saveAndFind(text, "den Entwurf", mid))).toBe("den Entwurf");
  });

  it("keeps a one-word quote when the deleted part was longer than the saved context", () => {
    const long = text.replace(
      "Der Bürgermeister verteidigte",
      "Der Bürgermeister, der seit acht Jahren im Amt ist und im Herbst erneut antritt, verteidigte",
    );
    const after = long.replace(
      "Der Bürgermeister, der seit acht Jahren im Amt ist und im Herbst erneut antritt, verteidigte",
      "Verteidigt wurden",
    );
    // Saved on "Pläne": the before side is gone (longer than 32 characters), the after side whole, the word
    // the only one on the page, near where it was.
    const cut = long.replace(
      "Der Bürgermeister, der seit acht Jahren im Amt ist und im Herbst erneut antritt, verteidigte die ",
      "",
    );
    expect(slice(cut, saveAndFind(long, "Pläne", cut))).toBe("Pläne");
    void after;
  });

  it("a one-word quote whose sentence was deleted stays an orphan, though it begins another sentence", () => {
    const before = `${text}\nHaushalt und Kürzungen bleiben ein Thema, sagte der Kämmerer.`;
    // Saved on the first "Haushalt" (in mid-sentence); its sentence goes; the other one begins a sentence.
    const after = before.replace("Die Stadt hat am Montag den neuen Haushalt vorgestellt. ", "");
    expect(slice(after, saveAndFind(before, "Haushalt", after))).toBeNull();
  });
});

describe("a long quote's first or last word deleted (rule 4a)", () => {
  it("keeps the rest of the quote, where the whole saved context touches it", () => {
    const quote = "Kürzungen beraten. Die Opposition";
    const after = text.replace("über Kürzungen beraten", "über beraten");
    expect(slice(after, saveAndFind(text, quote, after))).toBe("beraten. Die Opposition");
    const last = text.replace("den Entwurf als unausgewogen", "den Entwurf unausgewogen");
    expect(slice(last, saveAndFind(text, "Opposition kritisierte den Entwurf als", last))?.trim()).toBe(
      "Opposition kritisierte den Entwurf",
    );
  });
  it("not where the context around it changed too", () => {
    const after = text.replace("über Kürzungen beraten. Die Opposition", "am Ende. Die Opposition");
    expect(
      slice(after, saveAndFind(text, "Kürzungen beraten. Die Opposition kritisierte", after)),
    ).toBeNull();
  });
});

describe("a corrected spelling inside a short quote (rule 4b)", () => {
  it("finds the corrected word between the two saved sides", () => {
    const saved = text.replace("Kämmerers", "Kämemrers").replace("März", "Mräz");
    expect(slice(text, saveAndFind(saved, "Kämemrers", text))).toBe("Kämmerers");
    expect(slice(text, saveAndFind(saved, "Mräz", text))).toBe("März");
  });
  it("not a different word, and not where one side changed", () => {
    const saved = text.replace("März", "Mai");
    expect(slice(text, saveAndFind(saved, "Mai", text))).toBeNull();
    const typo = text.replace("März", "Mräz");
    const edited = text.replace("will im März über", "will im März nicht über");
    expect(slice(edited, saveAndFind(typo, "Mräz", edited))).toBeNull();
  });
});

describe("a copy of the passage inserted after it (settled)", () => {
  it("keeps the highlight at its place, not on a copy that now carries its old context", () => {
    const paras = text.split("\n");
    const quote = "den Entwurf als unausgewogen";
    // A related-links box repeating the sentence goes right after the highlight's paragraph: the copy is now
    // followed by what followed the original.
    const box =
      "Mehr zum Thema: Die Opposition kritisierte den Entwurf als unausgewogen und verlangte Nachbesserungen.";
    const after = [paras[0], paras[1], box, paras[2]].join("\n");
    const got = saveAndFind(text, quote, after);
    expect(got.start).toBe(text.indexOf(quote));
  });
});
