// Search, filters, sorting and grouping of saved highlights for the review page, and how fast they are.
import {
  EMPTY_QUERY,
  facets,
  filterRecords,
  fold,
  groupRecords,
  type IndexedRecord,
  indexRecord,
  type ReviewQuery,
  siteOf,
  sortRecords,
} from "../../src/core/highlights/search";
import type { HighlightRecord } from "../../src/core/highlights/types";
import { recordMaker } from "./highlight-record.fixture";

const NAMES: Record<string, string[]> = {
  ovks: ["OVKS", "CSTO"],
  peskow: ["Dmitri Peskow", "Dmitry Peskov"],
  armenien: ["Armenien", "Armenia"],
};
const names = (id: string) => NAMES[id] ?? [];

const record = recordMaker();

const index = (records: HighlightRecord[]) => records.map((r) => indexRecord(r, names));
const ids = (items: IndexedRecord[]) => items.map((i) => i.record.exact);
const query = (patch: Partial<ReviewQuery>): ReviewQuery => ({ ...EMPTY_QUERY, ...patch });

describe("fold", () => {
  test("ignores case and diacritics, and treats ß as ss", () => {
    expect(fold("Peškow ÄÖÜ Straße")).toBe("peskow aou strasse");
    expect(fold("Ǆ É")).toBe(fold("ǆ e"));
  });
});

describe("siteOf", () => {
  test("is the host without www., and the source itself when it has no host", () => {
    expect(siteOf("https://www.Tagesschau.de/ausland/x?y#z")).toBe("tagesschau.de");
    expect(siteOf("http://user@127.0.0.1:8080/x")).toBe("127.0.0.1");
    expect(siteOf("urn:x-local:1")).toBe("urn:x-local:1");
  });
});

describe("filterRecords", () => {
  const items = index([
    record({ exact: "Der Kreml äußerte sich", note: "Wichtig für später" }),
    record({ exact: "Erevan summit", title: "Summit in YEREVAN", entities: ["armenien"] }),
    record({ exact: "Peskow sagte", entities: ["peskow"], source: "https://other.example/b" }),
    record({ exact: "CSTO troops", entities: ["ovks"], created: "2024-03-05T23:30:00.000Z" }),
  ]);

  test("matches quote, note, title and entity names in both languages, without case or accents", () => {
    expect(ids(filterRecords(items, query({ text: "KREML" })))).toEqual(["Der Kreml äußerte sich"]);
    expect(ids(filterRecords(items, query({ text: "ausserte" })))).toEqual(["Der Kreml äußerte sich"]);
    expect(ids(filterRecords(items, query({ text: "wichtig" })))).toEqual(["Der Kreml äußerte sich"]);
    expect(ids(filterRecords(items, query({ text: "yerevan" })))).toEqual(["Erevan summit"]);
    expect(ids(filterRecords(items, query({ text: "peskov" })))).toEqual(["Peskow sagte"]);
    expect(ids(filterRecords(items, query({ text: "ovks" })))).toEqual(["CSTO troops"]);
    expect(ids(filterRecords(items, query({ text: "armenia" })))).toEqual(["Erevan summit"]);
  });

  test("needs every word, in any field, and an empty query keeps everything in order", () => {
    expect(ids(filterRecords(items, query({ text: "  summit   armenien " })))).toEqual(["Erevan summit"]);
    expect(filterRecords(items, query({ text: "summit kreml" }))).toEqual([]);
    expect(filterRecords(items, EMPTY_QUERY)).toEqual(items);
  });

  test("filters by entity, site and an inclusive date range", () => {
    expect(ids(filterRecords(items, query({ entity: "peskow" })))).toEqual(["Peskow sagte"]);
    expect(ids(filterRecords(items, query({ site: "other.example" })))).toEqual(["Peskow sagte"]);
    expect(filterRecords(items, query({ site: "news.example" }))).toHaveLength(3);
    expect(ids(filterRecords(items, query({ from: "2024-03-05" })))).toEqual(["CSTO troops"]);
    expect(filterRecords(items, query({ to: "2024-03-01" }))).toHaveLength(3);
    expect(filterRecords(items, query({ from: "2024-03-02", to: "2024-03-04" }))).toEqual([]);
    expect(ids(filterRecords(items, query({ text: "troops", entity: "ovks", to: "2024-03-05" })))).toEqual([
      "CSTO troops",
    ]);
  });

  test("the day comes from the given function, so local time decides the date range", () => {
    const late = record({ created: "2024-03-05T23:30:00.000Z" });
    const berlin = indexRecord(late, names, () => "2024-03-06");
    expect(filterRecords([berlin], query({ from: "2024-03-06" }))).toHaveLength(1);
    expect(filterRecords([indexRecord(late, names)], query({ from: "2024-03-06" }))).toHaveLength(0);
  });
});

describe("sorting and grouping", () => {
  const a1 = record({
    exact: "a1",
    source: "https://a.example/1",
    title: "Beta",
    start: 50,
    created: "2024-01-03T00:00:00Z",
  });
  const a2 = record({
    exact: "a2",
    source: "https://a.example/1",
    title: "Beta",
    start: 10,
    created: "2024-01-01T00:00:00Z",
  });
  const orphan = record({
    exact: "a3",
    source: "https://a.example/1",
    title: "Beta",
    start: null,
    created: "2024-01-05T00:00:00Z",
    state: "orphan",
  });
  const b1 = record({
    exact: "b1",
    source: "https://b.example/2",
    title: "alpha",
    start: 5,
    created: "2024-01-04T00:00:00Z",
    entities: ["ovks", "peskow"],
  });
  const items = index([a1, a2, orphan, b1]);

  test("newest and oldest by creation time; page by title, then position, orphans last", () => {
    expect(ids(sortRecords(items, "newest"))).toEqual(["a3", "b1", "a1", "a2"]);
    expect(ids(sortRecords(items, "oldest"))).toEqual(["a2", "a1", "b1", "a3"]);
    expect(ids(sortRecords(items, "page"))).toEqual(["b1", "a2", "a1", "a3"]);
    expect(ids(items)).toEqual(["a1", "a2", "a3", "b1"]);
  });

  test("page groups follow the sort order, each holding its page's items", () => {
    const groups = groupRecords(sortRecords(items, "newest"), "page", "newest");
    expect(groups.map((g) => [g.value, ids(g.items)])).toEqual([
      ["https://a.example/1", ["a3", "a1", "a2"]],
      ["https://b.example/2", ["b1"]],
    ]);
    expect(groupRecords(sortRecords(items, "page"), "page", "page").map((g) => g.value)).toEqual([
      "https://b.example/2",
      "https://a.example/1",
    ]);
  });

  test("entity groups repeat a highlight under each entity and put the ones without an entity last", () => {
    const label = (id: string) => ({ ovks: "OVKS", peskow: "Dmitri Peskow" })[id] ?? id;
    const groups = groupRecords(sortRecords(items, "page"), "entity", "page", label);
    expect(groups.map((g) => [g.key, ids(g.items)])).toEqual([
      ["entity:peskow", ["b1"]],
      ["entity:ovks", ["b1"]],
      ["entity:", ["a2", "a1", "a3"]],
    ]);
    const byTime = groupRecords(sortRecords(items, "newest"), "entity", "newest", label);
    expect(byTime.map((g) => g.key)).toEqual(["entity:", "entity:ovks", "entity:peskow"]);
  });

  test("facets count sites, entities, tags (without case) and colours", () => {
    expect(facets(items)).toEqual({
      sites: [
        { value: "a.example", count: 3 },
        { value: "b.example", count: 1 },
      ],
      entities: [
        { value: "ovks", count: 1 },
        { value: "peskow", count: 1 },
      ],
      tags: [],
      colours: [{ value: "yellow", count: 4 }],
    });
    const tagged = [
      indexRecord(record({ tags: ["Sanktionen", "nato"], colour: "green" }), () => []),
      indexRecord(record({ tags: ["sanktionen"] }), () => []),
    ];
    expect(facets(tagged)).toMatchObject({
      tags: [
        { value: "nato", count: 1 },
        { value: "Sanktionen", count: 2 },
      ],
      colours: [
        { value: "green", count: 1 },
        { value: "yellow", count: 1 },
      ],
    });
    expect(filterRecords(tagged, { ...EMPTY_QUERY, tag: "SANKTIONEN" })).toHaveLength(2);
    expect(filterRecords(tagged, { ...EMPTY_QUERY, colour: "green", tag: "nato" })).toHaveLength(1);
    expect(filterRecords(tagged, { ...EMPTY_QUERY, text: "nato" })).toHaveLength(1);
  });
});

describe("at the scale of 10,000 highlights on 1,000 pages", () => {
  const words = ["Kreml", "Gipfel", "Jerewan", "Außenminister", "Waffenruhe", "Grenze", "Bündnis", "Truppen"];
  const records = Array.from({ length: 10_000 }, (_, i) =>
    record({
      source: `https://site${i % 37}.example/article/${i % 1000}`,
      title: `Artikel ${i % 1000} über ${words[i % words.length]}`,
      exact: `${words[(i * 7) % words.length]} Satz ${i} mit etwas mehr Text, wie ein echtes Zitat ihn hätte`,
      note: i % 5 === 0 ? `Notiz ${i} zu ${words[(i * 3) % words.length]}` : "",
      entities: i % 3 === 0 ? ["ovks"] : i % 3 === 1 ? ["peskow", "armenien"] : [],
      created: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    }),
  );

  const time = (fn: () => void, runs = 7): number => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };

  // Correctness at scale only: the times are logged, and judged by npm run bench (bench/review.ts), since a
  // unit test must not fail because the machine is busy.
  test("indexing, a keystroke's filter and grouping, and sorting work on 10,000 highlights", () => {
    let items: IndexedRecord[] = [];
    let chars = 0;
    // Indexing itself, then folding every search text (done lazily, after the list first shows).
    const indexing = time(() => {
      items = index(records);
      chars = 0;
      for (const item of items) chars += item.haystack.length;
    }, 3);
    const sorted = sortRecords(items, "newest");
    let found: IndexedRecord[] = [];
    const typing = time(() => {
      found = filterRecords(sorted, query({ text: "aussenminist" }));
      groupRecords(found, "page", "newest");
    });
    const sorting = time(() => sortRecords(items, "page"), 3);
    console.log(
      `review search, 10,000 highlights: index ${indexing.toFixed(1)} ms, filter+group ${typing.toFixed(1)} ms, sort by page ${sorting.toFixed(1)} ms`,
    );
    expect(chars).toBeGreaterThan(records.length * 50);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.every((i) => i.haystack.includes("aussenminist"))).toBe(true);
  });
});
