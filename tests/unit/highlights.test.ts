// The saved-highlight model: schema, annotation building and reading, and the exchange formats
// (AnnotationCollection round trip, refusal of broken and hostile files, Markdown, CSV).

import {
  MAX_IMPORT_ITEMS,
  parseImport,
  toCollection,
  toCsv,
  toMarkdown,
} from "../../src/core/highlights/exchange";
import { entitiesOf } from "../../src/core/highlights/keeping";
import { keyOf, newAnnotation, noteOf, quoteOf, toRecord, withNote } from "../../src/core/highlights/model";
import { pageKey } from "../../src/core/highlights/page-url";
import { parseAnnotation } from "../../src/core/highlights/schema";
import type { HighlightRecord, WebAnnotation } from "../../src/core/highlights/types";

/** Exactly the fields of the example in docs/interfaces.md, as an outside tool might write them. */
const minimal = (n = 1): WebAnnotation => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  type: "Annotation",
  motivation: "highlighting",
  created: "2026-12-01T10:00:00.000Z",
  target: {
    source: "https://example.org/article",
    selector: [
      { type: "TextQuoteSelector", exact: "Peskow", prefix: "Kremlsprecher ", suffix: " sagte" },
      { type: "TextPositionSelector", start: 120, end: 126 },
    ],
  },
});

const record = (patch: Partial<HighlightRecord> = {}): HighlightRecord => ({
  ...toRecord("highlight:1", minimal(), null),
  ...patch,
});

describe("schema", () => {
  test("accepts the example of docs/interfaces.md and returns the very object, unknown fields included", () => {
    const value = { ...minimal(), generator: { name: "other tool" }, constructor: "kept" };
    const result = parseAnnotation(value);
    expect(result).toEqual({ ok: true, annotation: value });
    expect(result.ok && result.annotation).toBe(value);
  });

  type Draft = Record<string, unknown> & {
    target: Record<string, unknown> & { selector: Record<string, unknown>[] };
  };
  test.each<[string, (a: Draft) => void, string]>([
    [
      "target.source",
      (a) => {
        a.target.source = 5;
      },
      "target.source must be a string",
    ],
    [
      "missing id",
      (a) => {
        delete a.id;
      },
      "id is missing",
    ],
    [
      "type",
      (a) => {
        a.type = "Note";
      },
      'type must be "Annotation"',
    ],
    [
      "no quote",
      (a) => {
        a.target.selector.shift();
      },
      "target.selector has no TextQuoteSelector",
    ],
    [
      "exact",
      (a) => {
        a.target.selector[0]!.exact = null;
      },
      "target.selector[0].exact must be a string",
    ],
    [
      "position",
      (a) => {
        a.target.selector[1]!.end = 3;
      },
      "target.selector[1] has start after end",
    ],
    [
      "selectors",
      (a) => {
        a.target.selector.push(...Array(16).fill({ type: "X" }));
      },
      "more than 16",
    ],
    [
      "bodies",
      (a) => {
        a.body = Array(33).fill({ type: "X" });
      },
      "body has more than 32",
    ],
    [
      "deep",
      (a) => {
        a.extra = JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`);
      },
      "nested too deeply",
    ],
  ])("refuses %s with a message naming the field", (_name, spoil, message) => {
    const a = structuredClone(minimal()) as unknown as Draft;
    spoil(a);
    const result = parseAnnotation(a);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  test("refuses non-objects", () => {
    for (const value of [null, 5, "x", [], undefined]) expect(parseAnnotation(value).ok).toBe(false);
  });
});

describe("model", () => {
  test("pageKey drops the fragment and utm_* parameters, keeping the others in order and encoding", () => {
    expect(pageKey("https://example.org/a?b=2&utm_source=x&a=1%20z&UTM_Medium=y#top")).toBe(
      "https://example.org/a?b=2&a=1%20z",
    );
    expect(pageKey("https://example.org/a?utm_campaign=1#x")).toBe("https://example.org/a");
    expect(pageKey("https://example.org/a?q=a+b&flag")).toBe("https://example.org/a?q=a+b&flag");
    expect(pageKey("not a url")).toBe("not a url");
  });

  test("keyOf", () => {
    expect(keyOf("urn:uuid:abc-1")).toBe("highlight:abc-1");
    expect(keyOf("https://hypothes.is/a/xyz")).toBe("highlight:https://hypothes.is/a/xyz");
  });

  const built = () =>
    newAnnotation({
      uuid: "u-1",
      source: "https://example.org/article#section",
      title: "Ein Artikel",
      quote: { exact: "OVKS", prefix: "die ", suffix: " tagt", start: 10, end: 14 },
      entity: "ovks",
      note: "wichtig",
      created: "2026-12-01T10:00:00.000Z",
    });

  test("newAnnotation builds a valid annotation that reads back", () => {
    const a = built();
    expect(parseAnnotation(a).ok).toBe(true);
    expect(a.id).toBe("urn:uuid:u-1");
    expect(a.target.source).toBe("https://example.org/article");
    expect(a.target.title).toBe("Ein Artikel");
    expect(quoteOf(a)).toEqual({
      exact: "OVKS",
      prefix: "die ",
      suffix: " tagt",
      start: 10,
      end: 14,
      occurrence: null,
    });
    expect(noteOf(a)).toBe("wichtig");
    expect(entitiesOf(a)).toEqual(["ovks"]);
  });

  test("without offsets, entity or note it has only a quote selector and no body", () => {
    const a = newAnnotation({
      uuid: "u-2",
      source: "https://e.org/",
      title: "",
      quote: { exact: "x", prefix: "", suffix: "", start: null, end: null },
      created: "2026-12-01T10:00:00.000Z",
    });
    expect(a.target.selector).toHaveLength(1);
    expect(a.body).toBeUndefined();
    expect(quoteOf(a).start).toBeNull();
  });

  test("withNote sets, replaces and removes the note, keeps other bodies, and does not mutate", () => {
    const a = minimal();
    const noted = withNote(a, "erste", "2026-12-02T00:00:00.000Z");
    expect(noteOf(noted)).toBe("erste");
    expect(noted.modified).toBe("2026-12-02T00:00:00.000Z");
    expect(a.body).toBeUndefined();
    const changed = withNote(
      {
        ...noted,
        body: [...(noted.body ?? []), { type: "SpecificResource", purpose: "identifying", source: "nato" }],
      },
      "zweite",
      "t3",
    );
    expect(noteOf(changed)).toBe("zweite");
    expect(changed.body).toHaveLength(2);
    const removed = withNote(changed, "  ", "t4");
    expect(noteOf(removed)).toBe("");
    expect(entitiesOf(removed)).toEqual(["nato"]);
    expect(withNote(noted, "", "t5").body).toBeUndefined();
  });

  test("a TextualBody without purpose (as other tools write it) counts as the note", () => {
    const a = { ...minimal(), body: [{ type: "TextualBody", value: "fremd" }] } as WebAnnotation;
    expect(noteOf(a)).toBe("fremd");
    expect(noteOf(withNote(a, "eigen", "t"))).toBe("eigen");
  });

  test("toRecord flattens the example of docs/interfaces.md", () => {
    expect(toRecord("highlight:k", minimal(), "fuzzy")).toEqual({
      id: minimal().id,
      key: "highlight:k",
      source: "https://example.org/article",
      title: "",
      exact: "Peskow",
      prefix: "Kremlsprecher ",
      suffix: " sagte",
      start: 120,
      end: 126,
      note: "",
      entities: [],
      tags: [],
      colour: "yellow",
      created: "2026-12-01T10:00:00.000Z",
      modified: null,
      state: "fuzzy",
    });
  });
});

describe("AnnotationCollection export and import", () => {
  const stored = (): WebAnnotation[] => [
    minimal(1),
    {
      ...withNote(minimal(2), 'Notiz mit "Anführungszeichen"', "2026-12-02T00:00:00.000Z"),
      custom: [1, { x: null }],
    },
    newAnnotation({
      uuid: "u-3",
      source: "https://example.org/b?x=1",
      title: "Ü",
      quote: { exact: "Bergkarabach", prefix: "", suffix: "", start: null, end: null },
      entity: "bergkarabach",
      created: "2026-12-03T00:00:00.000Z",
    }),
  ];

  test("export then import gives identical objects", () => {
    const json = JSON.stringify(toCollection(stored(), "2026-12-05T00:00:00.000Z"));
    const result = parseImport(json, new Set());
    expect(result).toEqual({ ok: true, annotations: stored(), duplicates: 0 });
  });

  test("the collection is W3C shaped", () => {
    const c = toCollection(stored(), "2026-12-05T00:00:00.000Z");
    expect(c).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 3,
    });
    expect(c.items).toEqual(stored());
  });

  test("a bare array is accepted; ids already stored are skipped and counted", () => {
    const result = parseImport(JSON.stringify(stored()), new Set([minimal(1).id]));
    expect(result.ok && result.annotations.map((a) => a.id)).toEqual(
      stored()
        .slice(1)
        .map((a) => a.id),
    );
    expect(result.ok && result.duplicates).toBe(1);
  });

  const refused = (text: string) => {
    const result = parseImport(text, new Set());
    expect(result.ok).toBe(false);
    return result.ok ? "" : result.error;
  };

  test("broken and hostile files are refused whole, with a clear message", () => {
    expect(refused("{ nope")).toMatch(/^not JSON: /);
    expect(refused('"text"')).toMatch(/no AnnotationCollection/);
    expect(refused('{"type":"Other","items":[]}')).toMatch(/AnnotationCollection/);
    const items = stored();
    (items[1]!.target as Record<string, unknown>).source = 17;
    expect(refused(JSON.stringify(toCollection(items, "t")))).toBe("item 2: target.source must be a string");
    expect(refused(JSON.stringify([minimal(1), minimal(2), minimal(1)]))).toBe(
      "item 3: duplicate id within the file",
    );
    expect(refused(`[${"[".repeat(5000)}${"]".repeat(5000)}]`)).toMatch(/nested too deeply/);
    expect(refused(`["${"[".repeat(50)}"]`)).toMatch(/^item 1: annotation must be an object/);
  });

  test("too large, too many items", () => {
    expect(refused(" ".repeat(50 * 1024 * 1024 + 1))).toMatch(/too large/);
    expect(refused(JSON.stringify(Array(MAX_IMPORT_ITEMS + 1).fill(0)))).toMatch(/too many items/);
  });

  test("__proto__ keys pollute nothing", () => {
    const hostile = JSON.stringify(minimal(1)).replace("{", '{"__proto__":{"polluted":true},');
    const result = parseImport(`[${hostile}]`, new Set());
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.annotations[0])).toBe(Object.prototype);
    expect(result.ok && result.annotations[0]?.polluted).toBeUndefined();
  });
});

describe("Markdown", () => {
  test("groups by page with a linked title, quotes as blockquotes, note and date", () => {
    const md = toMarkdown(
      [
        record({ title: "Titel [1]", exact: "Zeile eins\n# keine Überschrift", note: "meine *Notiz*" }),
        record({ source: "https://other.example/", title: "", exact: "1. kein Punkt", state: "orphan" }),
        record({ title: "Titel [1]", exact: "<b>HTML</b> & &amp;", created: "2026-12-24T10:00:00.000Z" }),
      ],
      "de",
      "UTC",
    );
    expect(md).toBe(
      [
        "# Randnotiz: gemerkte Stellen",
        "",
        "## [Titel \\[1\\]](<https://example.org/article>)",
        "",
        "> Zeile eins",
        "> \\# keine Überschrift",
        "",
        "**Notiz:** meine \\*Notiz\\*",
        "",
        "*01.12.2026* · [Zur Stelle](<https://example.org/article#:~:text=Kremlsprecher-,Zeile%20eins%20%23%20keine%20%C3%9Cberschrift,-sagte>) · Farbe: gelb",
        "",
        "> \\<b\\>HTML\\</b\\> & \\&amp;",
        "",
        "*24.12.2026* · [Zur Stelle](<https://example.org/article#:~:text=Kremlsprecher-,%3Cb%3EHTML%3C%2Fb%3E%20%26%20%26amp%3B,-sagte>) · Farbe: gelb",
        "",
        "## [https://other.example/](<https://other.example/>)",
        "",
        "> 1\\. kein Punkt",
        "",
        "*01.12.2026* (nicht mehr auf der Seite gefunden) · [Zur Stelle](<https://other.example/#:~:text=Kremlsprecher-,1.%20kein%20Punkt,-sagte>) · Farbe: gelb",
        "",
      ].join("\n"),
    );
  });

  test("English labels; a non-web source is not linked", () => {
    const md = toMarkdown([record({ source: "javascript:alert(1)", title: "t", note: "n" })], "en", "UTC");
    expect(md).toContain("## t\n");
    expect(md).toContain("**Note:** n");
    expect(md).not.toContain("](");
  });
});

describe("CSV", () => {
  test("BOM, header, CRLF, quoting of commas, quotes and newlines, umlauts kept", () => {
    const csv = toCsv([
      record({
        title: 'Größe, "Zitat"',
        exact: "zwei\nZeilen",
        note: "ÄÖÜß",
        entities: ["ovks", "nato"],
        state: "exact",
      }),
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("created,source,title,exact,note,entities,entity_ids,state,tags,colour");
    expect(csv.slice(1)).toBe(
      'created,source,title,exact,note,entities,entity_ids,state,tags,colour\r\n2026-12-01T10:00:00.000Z,https://example.org/article,"Größe, ""Zitat""","zwei\nZeilen",ÄÖÜß,ovks; nato,ovks nato,exact,,yellow\r\n',
    );
  });

  test("the entities column names them in the reader's language; entity_ids keeps the ids", () => {
    const names: Record<string, string> = { peskow: "Dmitri Peskow", ovks: "OVKS" };
    const csv = toCsv([record({ entities: ["peskow", "ovks"], state: "exact" })], (id) => names[id] ?? id);
    expect(csv).toContain(",Dmitri Peskow; OVKS,peskow ovks,exact,");
    expect(csv).not.toMatch(/,peskow; /);
  });

  test("cells that would start a formula are defused", () => {
    const csv = toCsv([
      record({ title: '=HYPERLINK("x")', exact: "+1", note: "-2", entities: [], state: null }),
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1,'-2,,`);
    expect(toCsv([record({ exact: "@SUM(A1)" })])).toContain(",'@SUM(A1),");
  });
});
