// Tags, colours and passage links through every export (docs/keeping.md): JSON-LD export then import gives
// back exactly what was stored, for every colour, an outside tool's class list, tags in other scripts and
// with the CSV's own separators; Markdown (en and de) and CSV carry each highlight's tags and colour.
import { hashtag, parseImport, toCollection, toCsv, toMarkdown } from "../../src/core/highlights/exchange";
import { passageLink } from "../../src/core/highlights/fragment";
import { colourOf, tagsOf, withColour, withTags } from "../../src/core/highlights/keeping";
import { toRecord } from "../../src/core/highlights/model";
import type { Colour, WebAnnotation } from "../../src/core/highlights/types";

const NOW = "2026-12-07T03:00:00.000Z";
const COLOURS: Colour[] = ["yellow", "green", "blue", "pink", "purple"];

const annotation = (n: number, exact: string, extra: Partial<WebAnnotation> = {}): WebAnnotation => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
  type: "Annotation",
  motivation: "highlighting",
  created: `2026-12-0${n}T10:00:00.000Z`,
  target: {
    source: `https://example.org/artikel-${n}?x=1&y=2`,
    title: `Artikel ${n}`,
    selector: [
      { type: "TextQuoteSelector", exact, prefix: "Am Montag, ", suffix: " – sagte er." },
      { type: "TextPositionSelector", start: 100 * n, end: 100 * n + exact.length },
    ],
  },
  ...extra,
});

/** Five highlights, one per colour; tags in Latin, Cyrillic and Japanese, with spaces, commas and quotes. */
function library(): WebAnnotation[] {
  const tags: string[][] = [
    ["sanktionen"],
    ["Zentral Asien", "OVKS"],
    ["санкции", "日本語"],
    ['zitat, "wörtlich"', "2026"],
    [],
  ];
  const quotes = [
    "Tokajew bat die OVKS um Hilfe",
    "Die OVKS – ein Bündnis, das (kaum) hilft",
    "Токаев попросил ОДКБ о помощи",
    "トカエフ大統領は支援を求めた",
    "eins-zwei, drei & vier",
  ];
  return COLOURS.map((colour, i) => {
    let a = annotation(i + 1, quotes[i]!, {
      body: [
        { type: "TextualBody", purpose: "commenting", value: `Notiz ${i + 1}` },
        { type: "SpecificResource", purpose: "identifying", source: "tokajew" },
      ],
    });
    a = withTags(a, tags[i]!, NOW);
    // Yellow is the default and stores no class; the others are set as the tooltip sets them.
    if (colour !== "yellow") a = withColour(a, colour, NOW);
    return a;
  });
}

/** An RFC 4180 reader (quoted cells, doubled quotes, CRLF), for checking the CSV from outside. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("JSON-LD export and import", () => {
  test("give back every annotation exactly: bodies, tags, styleClass, selectors", () => {
    const stored = library();
    // An outside tool's class list: ours among its own classes.
    stored.push(
      annotation(6, "Armenien zweifelt", {
        target: { ...annotation(6, "x").target, styleClass: "mine randnotiz-pink other" },
      }),
    );
    stored[5]!.target.selector = [{ type: "TextQuoteSelector", exact: "Armenien zweifelt" }];
    const text = JSON.stringify(toCollection(stored, NOW), null, 2);
    const result = parseImport(text, new Set());
    if (!result.ok) throw new Error(result.error);
    expect(result.annotations).toEqual(stored);
    expect(result.duplicates).toBe(0);
    // What the reader sees is the same on both sides: tags, colour and the passage link.
    const seen = (a: WebAnnotation) => {
      const r = toRecord("highlight:x", a, null);
      return { tags: tagsOf(a), colour: colourOf(a), link: passageLink(r.source, r) };
    };
    expect(result.annotations.map(seen)).toEqual(stored.map(seen));
    expect(result.annotations.map(colourOf)).toEqual([...COLOURS, "pink"]);
    expect(result.annotations[5]!.target.styleClass).toBe("mine randnotiz-pink other");
  });

  test("importing the same file again adds nothing and changes nothing", () => {
    const stored = library();
    const text = JSON.stringify(toCollection(stored, NOW));
    const again = parseImport(text, new Set(stored.map((a) => a.id)));
    expect(again.ok && again.annotations).toEqual([]);
    expect(again.ok && again.duplicates).toBe(stored.length);
  });

  test("a styleClass that is not one of ours survives the round trip and reads as yellow", () => {
    const odd = annotation(7, "Peskow", {
      target: { ...annotation(7, "Peskow").target, styleClass: "hypothesis-red" },
    });
    const result = parseImport(JSON.stringify(toCollection([odd], NOW)), new Set());
    expect(result.ok && result.annotations).toEqual([odd]);
    expect(colourOf(odd)).toBe("yellow");
  });
});

describe("Markdown and CSV carry tags and colour", () => {
  const records = library().map((a, i) => toRecord(`highlight:${i}`, a, null));

  test("Markdown: each highlight's meta line has its colour and its tags as #tags, in English and German", () => {
    const words = {
      en: { yellow: "yellow", green: "green", blue: "blue", pink: "pink", purple: "purple" },
      de: { yellow: "gelb", green: "grün", blue: "blau", pink: "rosa", purple: "lila" },
    };
    for (const lang of ["en", "de"] as const) {
      const md = toMarkdown(records, lang, "UTC");
      const label = lang === "de" ? "Farbe" : "Colour";
      // One page per highlight here, so the meta lines come in the records' order.
      const metas = md.split("\n").filter((line) => line.includes(` · ${label}: `));
      expect(metas).toHaveLength(records.length);
      for (const [i, record] of records.entries()) {
        expect(metas[i]).toContain(`${label}: ${words[lang][record.colour]}`);
        expect(metas[i]).toContain(passageLink(record.source, record).replace(/[<>\s]/g, encodeURIComponent));
        for (const tag of record.tags) expect(metas[i]).toContain(hashtag(tag));
      }
    }
    // Obsidian's tag rules: no spaces, never only digits.
    expect(hashtag("Zentral Asien")).toBe("#Zentral-Asien");
    expect(hashtag("2026")).toBe("#tag-2026");
    expect(hashtag("санкции")).toBe("#санкции");
  });

  test("CSV: read back from outside, each row holds its tags ('; ' between) and its colour", () => {
    const rows = readCsv(toCsv(records));
    const header = rows[0]!;
    const tagsAt = header.indexOf("tags");
    const colourAt = header.indexOf("colour");
    expect(tagsAt).toBeGreaterThan(-1);
    expect(colourAt).toBeGreaterThan(-1);
    expect(rows.slice(1).map((row) => row.length)).toEqual(records.map(() => header.length));
    expect(rows.slice(1).map((row) => row[colourAt])).toEqual(COLOURS);
    expect(rows.slice(1).map((row) => row[tagsAt]!.split("; ").filter(Boolean))).toEqual(
      records.map((r) => r.tags),
    );
    expect(rows[4]![tagsAt]).toBe('zitat, "wörtlich"; 2026');
  });
});
