// The rules for edits that cut into the highlight's sentence or word (docs/anchoring.md, rules 3c, 4a, 4b,
// and "settled"): what keeps a highlight, and what must still make an orphan.
import fc from "fast-check";
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { distinctive } from "../../src/core/anchor/score";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261207) });

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

const word = fc.stringMatching(/^[a-zäöü]{3,9}$/);

test("property: a deleted sentence's words never land on another sentence that shares only part of a side", () => {
  fc.assert(
    fc.property(
      // News text hardly repeats a phrase: every word of the page is used once, but for the copy.
      fc
        .uniqueArray(word, { minLength: 200, maxLength: 240 })
        .chain((vocab) =>
          fc.record({
            sentences: fc
              .array(fc.integer({ min: 6, max: 16 }), { minLength: 8, maxLength: 11 })
              .map((lens) => lens.map((n, i) => vocab.slice(i * 16, i * 16 + n).join(" "))),
            k: fc.nat(),
            w: fc.nat(),
            len: fc.integer({ min: 1, max: 3 }),
            side: fc.constantFrom("before", "after"),
            keep: fc.integer({ min: 0, max: 26 }),
            place: fc.nat(),
            filler: fc.constant(vocab.slice(-6)),
          }),
        ),
      ({ sentences, k, w, len, side, keep, place, filler }) => {
        const ss = sentences.map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}.`);
        const i = k % ss.length;
        const own = ss[i]!;
        const ws = own.slice(0, -1).split(" ");
        const from = w % Math.max(1, ws.length - len);
        const quote = ws.slice(from, from + len).join(" ");
        // A distinctive quote (3+ words, 20+ characters) that is left once is anchored on a little context by
        // design (docs/anchoring.md, rule 3); this property is about the short ones.
        if (distinctive(quote)) return;
        const at =
          ss.slice(0, i).join(" ").length +
          (i > 0 ? 1 : 0) +
          ws.slice(0, from).join(" ").length +
          (from > 0 ? 1 : 0);
        // A copy of the quote in another sentence: it begins (or ends) that sentence and repeats only `keep`
        // characters of the saved side next to it, then other words, as a sentence that starts the same way.
        const pre = ws.slice(0, from).join(" ");
        const post = ws.slice(from + len).join(" ");
        const tail = `${filler.join(" ")}.`;
        const copy =
          side === "after"
            ? `${quote[0]!.toUpperCase()}${quote.slice(1)}${` ${post}.`.slice(0, keep)}zz ${tail}`
            : `${filler.join(" ")} zz${keep ? `${pre} `.slice(-keep) : ""}${quote}.`;
        const j = place % ss.length;
        // Not right next to the deleted sentence: a copy there that repeats 7+ characters of one saved side is
        // followed (or preceded) by the deleted sentence's old neighbour, so both sides agree beyond chance,
        // which is the evidence a short unique quote needs (docs/anchoring.md, rule 3, a stated limit).
        if (j === i || j === i + 1) return;
        const page = [...ss.slice(0, j), copy, ...ss.slice(j)];
        const shift = j <= i ? copy.length + 1 : 0;
        const before = page.join(" ");
        const start = at + shift;
        expect(before.slice(start, start + quote.length)).toBe(quote);
        const saved = describeQuote(before, start, start + quote.length);
        // The highlight's whole sentence goes.
        const now = page.filter((_, n) => n !== (j <= i ? i + 1 : i)).join(" ");
        if (now.includes(`${saved.prefix}${quote}`) || now.includes(`${quote}${saved.suffix}`)) return;
        expect(anchorQuote(now, saved).state).toBe("orphan");
      },
    ),
    { numRuns: 400 },
  );
});
