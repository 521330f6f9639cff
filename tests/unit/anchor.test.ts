// Table tests for re-anchoring saved highlights in changed page text (German seed article and English text).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { normalise } from "../../src/core/anchor/normalise";

const seed = readFileSync(join(__dirname, "../../assets/factbase/seed.txt"), "utf8");

function quoteOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return { at, quote: describeQuote(text, at, at + needle.length) };
}

const SENTENCE =
  "Der russische Präsidialamtssprecher Dmitri Peskow erwiderte am Sonntag, die OVKS erfülle ihren Zweck, und verwies auf die Niederschlagung von Unruhen im Mitgliedsland Kasachstan mit Unterstützung von OVKS-Truppen zu Jahresbeginn.";
const AD = "\nAnzeige: Jetzt testen – Russland-Reisen und OVKS-Hintergründe im Abo, nur heute 9,99 Euro.\n";

interface Case {
  name: string;
  before: string;
  needle: string;
  nth?: number;
  after: (t: string) => string;
  /** Where the quote must be now (needle + nth in the new text), or null for an orphan. */
  expect: { needle: string; nth?: number; state: "exact" | "fuzzy" } | null;
}

const cases: Case[] = [
  {
    name: "unchanged",
    before: seed,
    needle: "Peskow erwiderte",
    after: (t) => t,
    expect: { needle: "Peskow erwiderte", state: "exact" },
  },
  {
    name: "moved: paragraph inserted before",
    before: seed,
    needle: "Bergkarabach",
    after: (t) => AD + t,
    expect: { needle: "Bergkarabach", state: "exact" },
  },
  {
    name: "duplicated quote: context picks the second",
    before: seed,
    needle: "Tokajew",
    nth: 1,
    after: (t) => AD + t,
    expect: { needle: "Tokajew", nth: 1, state: "exact" },
  },
  {
    name: "duplicated quote: another copy inserted before it",
    before: seed,
    needle: "die OVKS erfülle ihren Zweck",
    after: (t) => `Kommentar: die OVKS erfülle ihren Zweck, meint Moskau.\n${t}`,
    expect: { needle: "die OVKS erfülle ihren Zweck", nth: 1, state: "exact" },
  },
  {
    name: "typo fixed inside",
    before: seed.replace("steigender", "steigener"),
    needle: "infolge steigener Treibstoffpreise",
    after: (t) => t.replace("steigener", "steigender"),
    expect: { needle: "infolge steigender Treibstoffpreise", state: "fuzzy" },
  },
  {
    name: "word changed inside",
    before: seed,
    needle: "Peskow erwiderte am Sonntag, die OVKS",
    after: (t) => AD + t.replace("erwiderte am Sonntag", "erwiderte am Montag"),
    expect: { needle: "Peskow erwiderte am Montag, die OVKS", state: "fuzzy" },
  },
  {
    name: "deleted sentence",
    before: seed,
    needle: "die OVKS erfülle ihren Zweck",
    after: (t) => t.replace(SENTENCE, ""),
    expect: null,
  },
  {
    name: "one word, its sentence deleted, word still elsewhere",
    before: seed,
    needle: "OVKS",
    nth: 2,
    after: (t) => t.replace(SENTENCE, ""),
    expect: null,
  },
  {
    name: "one word at sentence start, sentence deleted, next sentence starts with it",
    before:
      "Lead. Putin sagte am Montag, es gebe keinen Plan. Putin fügte hinzu, man warte ab. Ende des Textes.",
    needle: "Putin",
    after: (t) => t.replace("Putin sagte am Montag, es gebe keinen Plan. ", ""),
    expect: null,
  },
  {
    name: "whitespace re-indented",
    before: seed,
    needle: "Organisation des Vertrags über kollektive Sicherheit",
    after: (t) => t.replaceAll(" ", "\n      "),
    expect: {
      needle: "Organisation\n      des\n      Vertrags\n      über\n      kollektive\n      Sicherheit",
      state: "fuzzy",
    },
  },
  {
    name: "markup change: text nodes joined, paragraph break lost",
    before: seed,
    needle: "zu Jahresbeginn.\n„Versuche",
    after: (t) => t.replace("Jahresbeginn.\n„", "Jahresbeginn.„"),
    expect: { needle: "zu Jahresbeginn.„Versuche", state: "fuzzy" },
  },
  {
    name: "markup change: extra space",
    before: seed,
    needle: "Kassym-Schomart Tokajew",
    after: (t) => t.replace("Kassym-Schomart Tokajew", "Kassym-Schomart  Tokajew"),
    expect: { needle: "Kassym-Schomart  Tokajew", state: "fuzzy" },
  },
  {
    name: "quote at the very start",
    before: seed,
    needle: "Moskau, 27. Nov",
    after: (t) => t,
    expect: { needle: "Moskau, 27. Nov", state: "exact" },
  },
  {
    name: "quote at the very start, text appended",
    before: seed,
    needle: "Moskau",
    after: (t) => `${t} Nachtrag.`,
    expect: { needle: "Moskau", state: "exact" },
  },
  {
    name: "quote at the very end",
    before: seed,
    needle: "Metaverse.",
    after: (t) => AD + t,
    expect: { needle: "Metaverse.", state: "exact" },
  },
  {
    name: "quote is the whole text",
    before: "Kurzmeldung",
    needle: "Kurzmeldung",
    after: (t) => t,
    expect: { needle: "Kurzmeldung", state: "exact" },
  },
  { name: "empty text", before: seed, needle: "Peskow", after: () => "", expect: null },
  {
    name: "English: moved and re-whitespaced",
    before:
      "The Kremlin has brushed aside criticism from Yerevan. Kremlin spokesman Dmitry Peskov replied on Sunday that the CSTO was serving its purpose.",
    needle: "Dmitry Peskov replied",
    after: (t) => `Advertisement\n\n${t.replace("spokesman Dmitry", "spokesman\n  Dmitry")}`,
    expect: { needle: "Dmitry Peskov replied", state: "exact" },
  },
];

describe("anchorQuote", () => {
  it.each(cases)("$name", ({ before, needle, nth, after, expect: want }) => {
    const { quote } = quoteOf(before, needle, nth);
    const now = after(before);
    const got = anchorQuote(now, quote);
    if (want === null) {
      expect(got).toEqual({ state: "orphan", start: null, end: null });
      return;
    }
    const { at } = quoteOf(now, want.needle, want.nth);
    expect(got.state).toBe(want.state);
    // Fuzzy spans may differ by a character at their edges; they must cover the same words.
    expect(got.start).not.toBeNull();
    expect(Math.abs(got.start! - at)).toBeLessThanOrEqual(want.state === "exact" ? 0 : 1);
    expect(Math.abs(got.end! - (at + want.needle.length))).toBeLessThanOrEqual(
      want.state === "exact" ? 0 : 1,
    );
    if (want.state === "exact") expect(now.slice(got.start!, got.end!)).toBe(quote.exact);
  });

  it("never anchors an empty quote", () => {
    expect(anchorQuote(seed, { exact: "", prefix: "", suffix: "", start: 0, end: 0 }).state).toBe("orphan");
  });

  it("accepts a quote saved by another tool without a position", () => {
    const { quote } = quoteOf(seed, "Nikol Paschinjan");
    expect(anchorQuote(AD + seed, { ...quote, start: null, end: null }).state).toBe("exact");
  });
});

describe("describeQuote", () => {
  it("keeps up to 32 characters of context and the position", () => {
    const q = describeQuote(seed, 100, 110);
    expect(q).toEqual({
      exact: seed.slice(100, 110),
      prefix: seed.slice(68, 100),
      suffix: seed.slice(110, 142),
      start: 100,
      end: 110,
      occurrence: { count: 1, index: 0 },
    });
    expect(describeQuote("abc", 0, 3)).toEqual({
      exact: "abc",
      prefix: "",
      suffix: "",
      start: 0,
      end: 3,
      occurrence: { count: 1, index: 0 },
    });
  });

  it("does not split a surrogate pair in the context", () => {
    const text = `😀${"x".repeat(31)}quote${"y".repeat(31)}😀`;
    const q = describeQuote(text, 33, 38);
    expect(q.exact).toBe("quote");
    expect(q.prefix).toBe("x".repeat(31));
    expect(q.suffix).toBe("y".repeat(31));
    expect(describeQuote(text, 32, 38).prefix).toBe(`😀${"x".repeat(30)}`);
  });

  it("clamps out-of-range offsets", () => {
    expect(describeQuote("abc", 5, -1)).toMatchObject({ exact: "abc", start: 0, end: 3 });
  });
});

describe("normalise", () => {
  it("collapses whitespace runs and drops invisible characters", () => {
    expect(normalise("a \n\t b\u00adc\u200b d")).toBe("a bc d");
  });
});

test("an edit at the quote's first word keeps the fuzzy span on word edges", () => {
  const before =
    "Armenien und Aserbaidschan streiten seit Langem um die mehrheitlich von Armeniern bewohnte Region Bergkarabach. Bei Kämpfen im September wurden mehr als 200 Soldaten getötet.";
  const after = before.replace("mehrheitlich", "überwiegend");
  const at = before.indexOf("mehrheitlich");
  const quote = describeQuote(
    before,
    at,
    at + "mehrheitlich von Armeniern bewohnte Region Bergkarabach".length,
  );
  const found = anchorQuote(after, quote);
  expect(found.state).toBe("fuzzy");
  expect(after.slice(found.start!, found.end!)).toBe(
    "überwiegend von Armeniern bewohnte Region Bergkarabach",
  );
});

test("a quote saved without context or position (another tool's) anchors only where it occurs once", () => {
  const bare = { exact: "Region Bergkarabach", prefix: "", suffix: "", start: null, end: null };
  const once = "Armenien und Aserbaidschan streiten um die Region Bergkarabach. Mehr folgt.";
  expect(anchorQuote(once, bare)).toEqual({
    state: "exact",
    start: once.indexOf("Region"),
    end: once.indexOf("Region") + 19,
  });
  expect(anchorQuote(`${once} Die Region Bergkarabach bleibt umstritten.`, bare).state).toBe("orphan");
  expect(anchorQuote("Nichts davon steht hier.", bare).state).toBe("orphan");
});
