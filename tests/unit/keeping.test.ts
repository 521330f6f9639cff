// Tags, colours and passage links: the W3C encoders (tagging bodies, target.styleClass), the text-fragment
// encoder (Text Fragments syntax and percent-encoding, uniqueness on the page), and their round trip
// through the exchange formats.
import { parseImport, toCollection, toCsv, toMarkdown } from "../../src/core/highlights/exchange";
import {
  collapse,
  encodePart,
  firstMatch,
  formatDirective,
  passageLink,
  textDirective,
} from "../../src/core/highlights/fragment";
import {
  cleanTag,
  colourOf,
  entitiesOf,
  renameTag,
  tagsOf,
  withColour,
  withTags,
} from "../../src/core/highlights/keeping";
import { newAnnotation, noteOf, toRecord, withNote } from "../../src/core/highlights/model";
import { parseAnnotation } from "../../src/core/highlights/schema";
import { EMPTY_QUERY, filterRecords, groupRecords, indexRecord } from "../../src/core/highlights/search";
import type { WebAnnotation } from "../../src/core/highlights/types";

const NOW = "2026-12-07T03:00:00.000Z";

const base = (patch: Partial<WebAnnotation["target"]> = {}, body?: WebAnnotation["body"]): WebAnnotation => {
  const a: WebAnnotation = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "urn:uuid:11111111-1111-4111-8111-111111111111",
    type: "Annotation",
    motivation: "highlighting",
    created: "2026-12-01T10:00:00.000Z",
    target: {
      source: "https://example.org/a",
      selector: [{ type: "TextQuoteSelector", exact: "Tokajew", prefix: "Präsident ", suffix: " sagte" }],
      ...patch,
    },
  };
  if (body) a.body = body;
  return a;
};

/** A decoder as the Text Fragments spec parses a directive: split on unescaped ",", then percent-decode. */
function parseDirective(link: string) {
  const value = link.split("#:~:text=")[1]!;
  const parts = value.split(",");
  const out = { prefix: "", start: "", end: "", suffix: "" };
  if (parts[0]!.endsWith("-")) out.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
  if (parts[parts.length - 1]!.startsWith("-")) out.suffix = decodeURIComponent(parts.pop()!.slice(1));
  out.start = decodeURIComponent(parts[0]!);
  if (parts[1] !== undefined) out.end = decodeURIComponent(parts[1]);
  expect(parts.length).toBeLessThanOrEqual(2);
  return out;
}

describe("tags as W3C tagging bodies", () => {
  test("withTags writes one tagging TextualBody per tag and keeps other bodies", () => {
    const a = withNote(base(), "meine Notiz", NOW);
    const tagged = withTags(a, ["sanktionen", " Kasachstan  2022 ", "Sanktionen", ""], NOW);
    expect(tagged.body).toEqual([
      { type: "TextualBody", value: "meine Notiz", format: "text/plain", purpose: "commenting" },
      { type: "TextualBody", purpose: "tagging", value: "sanktionen" },
      { type: "TextualBody", purpose: "tagging", value: "Kasachstan 2022" },
    ]);
    expect(tagsOf(tagged)).toEqual(["sanktionen", "Kasachstan 2022"]);
    expect(noteOf(tagged)).toBe("meine Notiz");
    expect(tagged.modified).toBe(NOW);
    expect(parseAnnotation(tagged).ok).toBe(true);
  });

  test("removing the last tag removes the body array when nothing else is left", () => {
    const tagged = withTags(base(), ["a"], NOW);
    expect(withTags(tagged, [], NOW).body).toBeUndefined();
  });

  test("renameTag renames across case, merges into an existing tag, deletes with a blank name", () => {
    const a = withTags(base(), ["Sanktionen", "nato"], NOW);
    expect(tagsOf(renameTag(a, "sanktionen", "Embargo", NOW)!)).toEqual(["Embargo", "nato"]);
    expect(tagsOf(renameTag(a, "Sanktionen", "NATO", NOW)!)).toEqual(["NATO"]);
    expect(tagsOf(renameTag(a, "nato", "", NOW)!)).toEqual(["Sanktionen"]);
    expect(renameTag(a, "absent", "x", NOW)).toBeNull();
  });

  test("cleanTag collapses spaces and cuts long tags", () => {
    expect(cleanTag("  a \n b ")).toBe("a b");
    expect(cleanTag("x".repeat(100)).length).toBe(60);
  });
});

describe("colour as target.styleClass", () => {
  test("no styleClass is yellow; each colour round-trips", () => {
    expect(colourOf(base())).toBe("yellow");
    for (const colour of ["yellow", "green", "blue", "pink", "purple"] as const) {
      const a = withColour(base(), colour, NOW);
      expect(a.target.styleClass).toBe(`randnotiz-${colour}`);
      expect(colourOf(a)).toBe(colour);
    }
  });

  test("an outside tool's class list: ours is found, its own classes are kept", () => {
    const a = base({ styleClass: "mine randnotiz-pink" });
    expect(colourOf(a)).toBe("pink");
    expect(withColour(a, "blue", NOW).target.styleClass).toBe("randnotiz-blue mine");
    expect(colourOf(base({ styleClass: "randnotiz-orange" }))).toBe("yellow");
  });

  test("an object written by an outside tool with tagging bodies and a styleClass is read fully", () => {
    const outside = base({ styleClass: "randnotiz-green" }, [
      { type: "TextualBody", purpose: "tagging", value: "sanktionen" },
      { type: "TextualBody", purpose: "tagging", value: "Zentralasien" },
      { type: "TextualBody", value: "eine Notiz" },
    ]);
    expect(parseAnnotation(outside).ok).toBe(true);
    const record = toRecord("highlight:x", outside, null);
    expect(record).toMatchObject({
      tags: ["sanktionen", "Zentralasien"],
      colour: "green",
      note: "eine Notiz",
    });
  });

  test("newAnnotation stores tags, a non-yellow colour and the names marked inside the quote", () => {
    const a = newAnnotation({
      uuid: "22222222-2222-4222-8222-222222222222",
      source: "https://example.org/a#frag",
      title: "T",
      quote: { exact: "Tokajew und Putin", prefix: "", suffix: "", start: 0, end: 17 },
      entity: "putin",
      mentions: ["tokajew", "putin"],
      tags: ["zentralasien"],
      colour: "purple",
      created: NOW,
    });
    expect(entitiesOf(a)).toEqual(["putin", "tokajew"]);
    expect(a.body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: "tokajew" });
    expect(tagsOf(a)).toEqual(["zentralasien"]);
    expect(a.target.styleClass).toBe("randnotiz-purple");
    const yellow = newAnnotation({
      uuid: "3",
      source: "s",
      title: "",
      created: NOW,
      colour: "yellow",
      quote: { exact: "x", prefix: "", suffix: "", start: null, end: null },
    });
    expect(yellow.target.styleClass).toBeUndefined();
  });
});

describe("text fragments", () => {
  test("the directive's own syntax characters and non-ASCII text are percent-encoded", () => {
    expect(encodePart("a-b, c&d")).toBe("a%2Db%2C%20c%26d");
    expect(encodePart("Грузия – Україна")).toBe(
      "%D0%93%D1%80%D1%83%D0%B7%D0%B8%D1%8F%20%E2%80%93%20%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0",
    );
    expect(formatDirective({ prefix: "p-q", start: "s,t", end: "e", suffix: "-x" })).toBe(
      "p%2Dq-,s%2Ct,e,-%2Dx",
    );
  });

  test("a short, unique quote is linked whole, with no context", () => {
    const text = "Der Präsident Tokajew sagte am Montag, die OVKS habe geholfen.";
    const start = text.indexOf("die OVKS habe geholfen");
    const link = passageLink(
      "https://example.org/a",
      { exact: "die OVKS habe geholfen", prefix: "", suffix: "" },
      { text, start },
    );
    expect(link).toBe("https://example.org/a#:~:text=die%20OVKS%20habe%20geholfen");
  });

  test("a long quote becomes start,end: short, and still unique", () => {
    const quote =
      "Russlands Krieg gegen die Ukraine hat die Lage in Zentralasien verändert, sagte der Außenminister in Astana, und die Partner der OVKS sehen das mit Sorge.";
    const text = `Einleitung. ${quote} Schluss.`;
    const d = textDirective({ exact: quote, prefix: "", suffix: "" }, { text, start: text.indexOf(quote) })!;
    expect(d).toEqual({ prefix: "", start: "Russlands Krieg gegen", end: "das mit Sorge.", suffix: "" });
    const link = passageLink(
      "https://x.example/",
      { exact: quote, prefix: "", suffix: "" },
      { text, start: 12 },
    );
    expect(link.length).toBeLessThan(100);
    expect(parseDirective(link)).toEqual(d);
  });

  test("a repeated quote gets context words until the first match is the passage", () => {
    const text = "Putin sprach zuerst. Dann sagte Tokajew: Putin sprach zuerst. Ende.";
    const start = text.lastIndexOf("Putin sprach zuerst");
    const d = textDirective({ exact: "Putin sprach zuerst", prefix: "", suffix: "" }, { text, start })!;
    // The prefix ends right before the quote (spaces aside), punctuation included.
    expect(d.prefix).toBe("Tokajew:");
    expect(firstMatch(collapse(text).toLowerCase(), d)).toBe(start);
    // The first occurrence needs none.
    expect(
      textDirective({ exact: "Putin sprach zuerst", prefix: "", suffix: "" }, { text, start: 0 }),
    ).toEqual({
      prefix: "",
      start: "Putin sprach zuerst",
      end: "",
      suffix: "",
    });
  });

  test("a repeat that only its following words tell apart gets a suffix", () => {
    const text = "Armenien und Aserbaidschan. Armenien und Aserbaidschan verhandeln.";
    const start = text.lastIndexOf("Armenien und Aserbaidschan");
    const d = textDirective(
      { exact: "Armenien und Aserbaidschan", prefix: "", suffix: "" },
      { text, start },
    )!;
    expect(firstMatch(collapse(text).toLowerCase(), d)).toBe(start);
    expect(d.prefix || d.suffix).not.toBe("");
  });

  test("quotes with dashes, commas and ampersands round-trip through the encoding", () => {
    const quote = "Ukraine-Krieg, Sanktionen & Öl – so der Kreml-Sprecher";
    const text = `Vorher. ${quote}. Nachher.`;
    const link = passageLink(
      "https://x.example/a?b=1",
      { exact: quote, prefix: "", suffix: "" },
      {
        text,
        start: 8,
      },
    );
    expect(link.startsWith("https://x.example/a?b=1#:~:text=")).toBe(true);
    const value = link.split("#:~:text=")[1]!;
    // No raw syntax characters inside a part: only the separators remain.
    expect(value).not.toMatch(/[&\s]/);
    expect(value.split(",").length).toBe(1);
    expect(parseDirective(link).start).toBe(quote);
  });

  test("non-Latin scripts: Cyrillic words, and Japanese without spaces", () => {
    const ru = "Министр иностранных дел России Сергей Лавров заявил, что переговоры с Арменией продолжатся";
    const d = textDirective({ exact: ru, prefix: "", suffix: "" }, { text: ru, start: 0 })!;
    expect(d.start).toBe("Министр иностранных дел");
    expect(d.end).toBe("с Арменией продолжатся");
    const ja = "ロシアのプーチン大統領は月曜日にカザフスタンを訪問した。";
    const j = textDirective({ exact: ja.slice(0, 10), prefix: "", suffix: "" }, { text: ja, start: 0 })!;
    expect(j.start).toBe(ja.slice(0, 10));
    expect(firstMatch(ja.toLowerCase(), j)).toBe(0);
  });

  test("without the page, a short quote carries saved context words, a long one none", () => {
    expect(textDirective({ exact: "Tokajew", prefix: "Der Präsident ", suffix: " sagte am Montag" })).toEqual(
      {
        prefix: "Der Präsident",
        start: "Tokajew",
        end: "",
        suffix: "sagte am Montag",
      },
    );
    expect(
      textDirective({ exact: "eins zwei drei vier fünf sechs", prefix: "null ", suffix: " sieben" }),
    ).toEqual({ prefix: "", start: "eins zwei drei vier fünf sechs", end: "", suffix: "" });
    expect(passageLink("https://a.example/#old", { exact: "  ", prefix: "", suffix: "" })).toBe(
      "https://a.example/",
    );
  });
});

describe("tags, colour and links survive export and import", () => {
  const tagged = withColour(withTags(base(), ["sanktionen", "Zentral Asien"], NOW), "blue", NOW);

  test("JSON is an exact round trip", () => {
    const text = JSON.stringify(toCollection([tagged], NOW));
    const result = parseImport(text, new Set());
    expect(result.ok && result.annotations).toEqual([tagged]);
  });

  test("Markdown carries the passage link, the colour and #tags; CSV the tags and colour", () => {
    const record = toRecord("highlight:t", tagged, null);
    const md = toMarkdown([record], "en", "UTC");
    expect(md).toContain(
      "[Open passage](<https://example.org/a#:~:text=Pr%C3%A4sident-,Tokajew,-sagte>) · Colour: blue · #sanktionen #Zentral-Asien",
    );
    const csv = toCsv([record]);
    expect(csv).toContain(",sanktionen; Zentral Asien,blue\r\n");
  });
});

describe("group by name (issue 24, item 8)", () => {
  test("a passage saved from a selection is grouped under the names marked inside its quote", () => {
    const a = newAnnotation({
      uuid: "44444444-4444-4444-8444-444444444444",
      source: "https://example.org/a",
      title: "T",
      quote: { exact: "Tokajew bat die OVKS um Hilfe", prefix: "", suffix: "", start: 0, end: 29 },
      mentions: ["tokajew", "ovks"],
      created: NOW,
    });
    const item = indexRecord(toRecord("highlight:4", a, null), () => []);
    const groups = groupRecords([item], "entity", "newest");
    expect(groups.map((g) => g.key)).toEqual(["entity:tokajew", "entity:ovks"]);
    expect(filterRecords([item], { ...EMPTY_QUERY, entity: "ovks" })).toHaveLength(1);
  });
});
