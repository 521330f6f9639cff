// The `target.occurrence` extension field (docs/interfaces.md; docs/anchoring.md, "Copies that were there
// when saved"): how often the page repeated the quote when it was saved, and which copy it was.
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { occurrenceOf, readOccurrence } from "../../src/core/anchor/occurrence";
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
  it("counts the quote's copies whitespace-insensitively and says which one it is", () => {
    expect(occurrenceOf(SAVED_PAGE, AT, AT + SENTENCE.length)).toEqual({ count: 2, index: 1 });
    expect(occurrenceOf(SAVED_PAGE, 0, SENTENCE.length)).toEqual({ count: 2, index: 0 });
    // A copy wrapped differently is a copy all the same.
    const wrapped = `${SENTENCE.replace("neues ", "neues\n  ")}\n${ARTICLE}`;
    const at = wrapped.indexOf(SENTENCE);
    expect(occurrenceOf(wrapped, at, at + SENTENCE.length)).toEqual({ count: 2, index: 1 });
    expect(occurrenceOf(ARTICLE, BEFORE.length, BEFORE.length + SENTENCE.length)).toEqual({
      count: 1,
      index: 0,
    });
    expect(occurrenceOf(ARTICLE, 3, 3)).toBeNull();
  });

  it("reads a stored value leniently: anything malformed counts as absent", () => {
    expect(readOccurrence({ count: 3, index: 2 })).toEqual({ count: 3, index: 2 });
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

describe("the field in the saved annotation", () => {
  const annotation = newAnnotation({
    uuid: "u-occ",
    source: "https://example.org/a",
    title: "A",
    quote: describeQuote(SAVED_PAGE, AT, AT + SENTENCE.length),
    created: "2026-12-07T10:00:00.000Z",
  });

  it("is written as target.occurrence and read back", () => {
    expect(annotation.target.occurrence).toEqual({ count: 2, index: 1 });
    expect(parseAnnotation(annotation).ok).toBe(true);
    expect(quoteOf(annotation).occurrence).toEqual({ count: 2, index: 1 });
  });

  it("survives export and import", () => {
    const json = JSON.stringify(toCollection([annotation], "2026-12-07T11:00:00.000Z"));
    const result = parseImport(json, new Set());
    expect(result.ok && result.annotations[0]?.target.occurrence).toEqual({ count: 2, index: 1 });
    expect(result.ok && quoteOf(result.annotations[0]!).occurrence).toEqual({ count: 2, index: 1 });
  });

  it("a malformed value from another tool is accepted and ignored", () => {
    const odd = { ...annotation, target: { ...annotation.target, occurrence: { count: "two" } } };
    expect(parseAnnotation(odd).ok).toBe(true);
    expect(quoteOf(odd).occurrence).toBeNull();
  });
});
