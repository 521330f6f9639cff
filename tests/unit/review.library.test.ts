// The review page's library index (core/highlights/library.ts): the search over the one index string
// finds exactly what the per-record search finds, the first screen holds whole pages, and a damaged index
// is refused.
import fc from "fast-check";
import { buildLibraryIndex, Library, validLibraryIndex } from "../../src/core/highlights/library";
import { EMPTY_QUERY, filterRecords, haystackOf, indexRecord } from "../../src/core/highlights/search";
import type { HighlightRecord } from "../../src/core/highlights/types";
import { HighlightStore } from "../../src/review/store";

const names = (id: string) => (id === "ovks" ? ["OVKS", "CSTO"] : []);

function record(i: number, patch: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `urn:uuid:${i}`,
    key: `highlight:${i}`,
    source: `https://news.example/${i % 3}`,
    title: `Artikel ${i % 3}`,
    exact: `Zitat ${i}`,
    prefix: "",
    suffix: "",
    start: i,
    end: i + 5,
    note: "",
    entities: [],
    tags: [],
    colour: "yellow",
    created: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
    modified: null,
    state: null,
    ...patch,
  };
}

const libraryOf = (records: HighlightRecord[]) =>
  new Library(buildLibraryIndex(records.map((r) => ({ record: r, hay: haystackOf(r, names) }))));

test("search finds the same records as the per-record search, for any texts and queries", () => {
  const text = fc.stringMatching(/^[a-zäöüßA-Z0-9 \n]{0,20}$/);
  fc.assert(
    fc.property(
      fc.array(fc.record({ exact: text, note: text, title: text, ovks: fc.boolean() }), { maxLength: 12 }),
      fc.stringMatching(/^[a-zäöüA-Z ]{0,6}$/),
      (fields, query) => {
        const records = fields.map((f, i) =>
          record(i, { exact: f.exact, note: f.note, title: f.title, entities: f.ovks ? ["ovks"] : [] }),
        );
        const library = libraryOf(records);
        const expected = filterRecords(
          records.map((r) => indexRecord(r, names)),
          { ...EMPTY_QUERY, text: query },
        ).map((item) => item.record.key);
        const hits = library.search(query);
        const found = hits === null ? records.map((r) => r.key) : hits.map((i) => library.key(i));
        expect(found).toEqual(expected);
        records.forEach((r, i) => {
          expect(library.haystack(i)).toBe(haystackOf(r, names));
        });
      },
    ),
  );
});

test("a search for an entity's other-language name, a note word and a page title", () => {
  const library = libraryOf([
    record(0, { entities: ["ovks"] }),
    record(1, { note: "Später lesen" }),
    record(2, { title: "Gipfel in Astana" }),
  ]);
  expect(library.search("csto")).toEqual([0]);
  expect(library.search("SPATER")).toEqual([1]);
  expect(library.search("astana gipfel")).toEqual([2]);
  expect(library.search("zitat 1 spater")).toEqual([1]);
  expect(library.search("nirgends")).toEqual([]);
  expect(library.search("  ")).toBeNull();
});

test("the first screen holds every record of the newest pages, so no group grows later", () => {
  // Newest first; pages 0, 1, 2 in turn.
  const records = Array.from({ length: 30 }, (_, i) => record(i));
  const library = libraryOf(records);
  const first = library.firstScreen(null, 5);
  // The newest record's page (0) has 10 records: that already fills 5 rows.
  expect(first).toEqual(records.flatMap((r, i) => (r.source.endsWith("/0") ? [i] : [])));
  expect(library.firstScreen(null, 11)).toHaveLength(20);
  expect(library.firstScreen(null, 100, 2)).toHaveLength(20);
  // Among hits only: the hits of the chosen pages.
  expect(library.firstScreen([4, 5, 7], 1)).toEqual([4, 7]);
});

test("a damaged index is refused", () => {
  const good = buildLibraryIndex([{ record: record(0), hay: "zitat 0" }]);
  expect(validLibraryIndex(good)).toBe(true);
  expect(validLibraryIndex({ ...good, hay: 7 })).toBe(false);
  expect(validLibraryIndex({ ...good, page: [0] })).toBe(false);
  expect(validLibraryIndex({ ...good, pages: [] })).toBe(false);
  expect(() => new Library({ ...good, keys: "highlight:0\nhighlight:1" })).toThrow(/damaged/);
});

test("records read later from the snapshot never undo a change storage reported meanwhile", () => {
  const store = new HighlightStore(names);
  store.load([]);
  store.add([{ record: record(0), haystack: "zitat 0" }]);
  // While the rest is read: record 1 deleted, record 2 edited.
  store.apply(
    [
      { key: "highlight:1", annotation: null },
      { key: "highlight:2", annotation: null },
    ],
    () => record(9),
  );
  store.putRecord(record(2, { note: "neu" }));
  store.add([1, 2, 3].map((i) => ({ record: record(i), haystack: null })));
  expect(store.items.map((i) => i.record.key).sort()).toEqual(["highlight:0", "highlight:2", "highlight:3"]);
  expect(store.get("highlight:2")?.record.note).toBe("neu");
  expect(store.get("highlight:0")?.haystack).toBe("zitat 0");
  expect(store.get("highlight:3")?.haystack).toBe(haystackOf(record(3), names));
});
