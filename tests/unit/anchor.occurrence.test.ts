// The `target.occurrence` extension field (docs/interfaces.md; docs/anchoring.md, "Copies that were there
// when saved"): how often the page repeated the quote when it was saved, and which copy it was.
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { readOccurrence } from "../../src/core/anchor/occurrence";
import { parseImport, toCollection } from "../../src/core/highlights/exchange";
import { newAnnotation, quoteOf } from "../../src/core/highlights/model";
import { parseAnnotation } from "../../src/core/highlights/schema";

const SENTENCE = "Die Ministerin kündigte am Montag ein neues Förderprogramm für kleine Gemeinden an.";
const BEFORE = "Der Haushalt wurde im Ausschuss lange beraten. ";
const AFTER = " Die Opposition verlangte eine genauere Prüfung der Kosten.";
const ARTICLE = `${BEFORE}${SENTENCE}${AFTER} Über den Antrag wird im Januar abgestimmt.`;
/** The page when saved: a teaser on top repeats the sentence. */
const SAVED_PAGE = `${SENTENCE}\n${ARTICLE}`;
const AT = SAVED_PAGE.indexOf(SENTENCE, 1);

describe("occurrenceOf", () => {
  const occ = (text: string, start: number, end: number) => describeQuote(text, start, end).occurrence;

  it("counts the quote's copies whitespace-insensitively and says which one it is", () => {
    expect(occ(SAVED_PAGE, AT, AT + SENTENCE.length)).toMatchObject({ count: 2, index: 1 });
    expect(occ(SAVED_PAGE, 0, SENTENCE.length)).toMatchObject({ count: 2, index: 0 });
    // A copy wrapped differently is a copy all the same.
    const wrapped = `${SENTENCE.replace("neues ", "neues\n  ")}\n${ARTICLE}`;
    const at = wrapped.indexOf(SENTENCE);
    expect(occ(wrapped, at, at + SENTENCE.length)).toMatchObject({ count: 2, index: 1 });
    expect(occ(ARTICLE, BEFORE.length, BEFORE.length + SENTENCE.length)).toEqual({ count: 1, index: 0 });
    expect(occ(ARTICLE, 3, 3)).toBeNull();
  });

  it("keeps the wider context only where a copy had the same context when saved", () => {
    // "neues Förderprogramm" in the teaser has the same 32 characters on both sides as in the article.
    const at = SAVED_PAGE.indexOf("neues Förderprogramm", AT);
    const twin = occ(SAVED_PAGE, at, at + "neues Förderprogramm".length);
    expect(twin).toMatchObject({ count: 2, index: 1 });
    // Out to where the teaser's context stops agreeing (the sentence's edges) and 24 characters beyond.
    expect(twin?.prefix).toBe("usschuss lange beraten. Die Ministerin kündigte am Montag ein ");
    expect(twin?.suffix).toBe(" für kleine Gemeinden an. Die Opposition verlangte ");
    // The whole sentence: the teaser's copy differs right next to it, so it is no twin; the 24 characters
    // past where the copies differ are kept all the same, marked `unlike`, for a page that loses a copy.
    expect(occ(SAVED_PAGE, AT, AT + SENTENCE.length)).toEqual({
      count: 2,
      index: 1,
      prefix: "usschuss lange beraten. ",
      suffix: " Die Opposition verlangte ",
      unlike: true,
    });
    expect(occ(ARTICLE, BEFORE.length, BEFORE.length + SENTENCE.length)).toEqual({ count: 1, index: 0 });
  });

  it("reads a stored value leniently: anything malformed counts as absent", () => {
    expect(readOccurrence({ count: 3, index: 2 })).toMatchObject({ count: 3, index: 2 });
    expect(readOccurrence({ count: 2, index: 0, prefix: "a", suffix: 7 })).toEqual({
      count: 2,
      index: 0,
      prefix: "a",
      suffix: "",
    });
    for (const bad of [undefined, null, "2", { count: 0, index: 0 }, { count: 2, index: 2 }, { count: 2 }])
      expect(readOccurrence(bad)).toBeNull();
    expect(readOccurrence({ count: 1.5, index: 0 })).toBeNull();
    expect(readOccurrence({ count: 2, index: -1 })).toBeNull();
  });
});

describe("a copy that was there when saved", () => {
  const saved = describeQuote(SAVED_PAGE, AT, AT + SENTENCE.length);
  const teaserKept = SAVED_PAGE.replace(`${SENTENCE} `, "");

  it("the teaser kept and the sentence deleted: orphan, since the one copy left may be the teaser", () => {
    expect(teaserKept.split(SENTENCE)).toHaveLength(2);
    expect(anchorQuote(teaserKept, saved)).toEqual({ state: "orphan", start: null, end: null });
  });

  it("the same highlight without the field (another tool, an older export) anchors exactly as before", () => {
    const { occurrence: _dropped, ...w3c } = saved;
    expect(anchorQuote(teaserKept, w3c).state).toBe("exact");
    expect(anchorQuote(teaserKept, { ...w3c, occurrence: null }).state).toBe("exact");
  });

  it("the teaser removed: the sentence is found in its paragraph", () => {
    const teaserGone = ARTICLE;
    expect(anchorQuote(teaserGone, saved)).toEqual({
      state: "exact",
      start: BEFORE.length,
      end: BEFORE.length + SENTENCE.length,
    });
  });

  it("a quote the page did not repeat when saved keeps the unique-quote rules", () => {
    const q = describeQuote(ARTICLE, BEFORE.length, BEFORE.length + SENTENCE.length);
    // Its paragraph's neighbours both changed: a whole unique sentence is its own evidence.
    const edited = `Ganz neuer Anfang des Textes hier. ${SENTENCE} Ein völlig anderer Schluss folgt nun.`;
    expect(anchorQuote(edited, q).state).toBe("exact");
  });
});

describe("a copy went since saving (rule 9b)", () => {
  // The teaser right before the original: the article's first sentence repeated on a line of its own.
  const FIRST = `${SENTENCE}\n${SENTENCE}${AFTER} Über den Antrag wird im Januar abgestimmt.`;
  const original = FIRST.indexOf(SENTENCE, 1);
  const PHRASE = "ein neues Förderprogramm";
  const phraseAt = FIRST.indexOf(PHRASE, original);

  it("the one left must show every side that told the copies apart", () => {
    for (const [start, end] of [
      [original, original + SENTENCE.length],
      [phraseAt, phraseAt + PHRASE.length],
    ] as const) {
      const saved = describeQuote(FIRST, start, end);
      // Deleting the original leaves the teaser's copy with the original's text after it, but not before it.
      const originalGone = FIRST.slice(0, original) + FIRST.slice(original + SENTENCE.length + 1);
      expect(anchorQuote(originalGone, saved).state).toBe("orphan");
    }
  });

  it("a copy that did not share the quote's context: its own context is not enough once a copy went", () => {
    // The original ends the text; its copy in a teaser on top is followed by the article.
    const page = `${SENTENCE}\n${BEFORE}${SENTENCE}`;
    const at = page.lastIndexOf("Gemeinden");
    const saved = describeQuote(page, at, at + "Gemeinden".length);
    expect(saved.occurrence).toMatchObject({ count: 2, index: 1, unlike: true });
    expect(anchorQuote(page.slice(0, page.lastIndexOf(SENTENCE)), saved).state).toBe("orphan");
    // Both copies still there, a word before the original changed: found by its context, as before.
    const edited = page.replace("lange beraten", "kurz beraten");
    expect(anchorQuote(edited, saved)).toMatchObject({
      state: "exact",
      start: edited.lastIndexOf("Gemeinden"),
    });
  });

  it("the teaser removed from further away: the original still shows both sides and is found", () => {
    const saved = describeQuote(SAVED_PAGE, AT, AT + SENTENCE.length);
    expect(anchorQuote(`Eine neue Zeile oben.\n${ARTICLE}`, saved)).toMatchObject({ state: "exact" });
  });
});

describe("a copy that had the same context when saved (twins)", () => {
  const PHRASE = "neues Förderprogramm";
  const at = SAVED_PAGE.indexOf(PHRASE, AT);
  const saved = describeQuote(SAVED_PAGE, at, at + PHRASE.length);
  const teaserKept = SAVED_PAGE.replace(`${SENTENCE} `, "");

  it("the sentence deleted, the teaser kept: orphan", () => {
    expect(anchorQuote(teaserKept, saved).state).toBe("orphan");
    // Without the wider context the teaser's copy passes for the highlight by its 32 characters each side.
    const { prefix: _p, suffix: _s, ...countOnly } = saved.occurrence!;
    expect(anchorQuote(teaserKept, { ...saved, occurrence: countOnly }).state).toBe("exact");
  });

  it("the teaser removed, or a word next to the phrase changed: found in the article", () => {
    const at2 = ARTICLE.indexOf(PHRASE);
    expect(anchorQuote(ARTICLE, saved)).toEqual({ state: "exact", start: at2, end: at2 + PHRASE.length });
    const edited =
      SAVED_PAGE.slice(0, AT) +
      SAVED_PAGE.slice(AT).replace("Förderprogramm für kleine", "Förderprogramm für viele");
    const found = anchorQuote(edited, saved);
    expect(found.state).toBe("exact");
    expect(found.start).toBe(edited.indexOf(PHRASE, AT));
  });
});

describe("the field in the saved annotation", () => {
  const annotation = newAnnotation({
    uuid: "u-occ",
    source: "https://example.org/a",
    title: "A",
    quote: describeQuote(SAVED_PAGE, AT, AT + SENTENCE.length),
    created: "2026-12-07T10:00:00.000Z",
  });

  it("is written as target.occurrence and read back", () => {
    expect(annotation.target.occurrence).toMatchObject({ count: 2, index: 1, unlike: true });
    expect(parseAnnotation(annotation).ok).toBe(true);
    expect(quoteOf(annotation).occurrence).toMatchObject({ count: 2, index: 1 });
  });

  it("survives export and import, with the wider context of a twin", () => {
    const at = SAVED_PAGE.indexOf("neues Förderprogramm", AT);
    const twin = newAnnotation({
      uuid: "u-twin",
      source: "https://example.org/a",
      title: "A",
      quote: describeQuote(SAVED_PAGE, at, at + "neues Förderprogramm".length),
      created: "2026-12-07T10:00:00.000Z",
    });
    expect(twin.target.occurrence).toMatchObject({ count: 2, index: 1, prefix: expect.any(String) });
    const back = parseImport(JSON.stringify(toCollection([twin], "2026-12-07T11:00:00.000Z")), new Set());
    expect(back.ok && back.annotations[0]?.target.occurrence).toEqual(twin.target.occurrence);
    const json = JSON.stringify(toCollection([annotation], "2026-12-07T11:00:00.000Z"));
    const result = parseImport(json, new Set());
    expect(result.ok && result.annotations[0]?.target.occurrence).toEqual(annotation.target.occurrence);
    expect(result.ok && quoteOf(result.annotations[0]!).occurrence).toMatchObject({ count: 2, index: 1 });
  });

  it("a malformed value from another tool is accepted and ignored", () => {
    const odd = { ...annotation, target: { ...annotation.target, occurrence: { count: "two" } } };
    expect(parseAnnotation(odd).ok).toBe(true);
    expect(quoteOf(odd).occurrence).toBeNull();
  });
});
