// The per-name index behind "You saved n passages about this": derived from records, updated one key at a
// time (a new, edited or removed highlight), newest two per name, tag counts without case.
import { NameIndex } from "../../src/core/highlights/name-index";
import { recordMaker } from "./highlight-record.fixture";

const record = recordMaker();

describe("NameIndex", () => {
  test("counts the passages about a name and lists the two newest, newest first", () => {
    const a = record({ entities: ["ovks"], created: "2024-01-01T00:00:00.000Z", exact: "erste" });
    const b = record({ entities: ["ovks", "nato"], created: "2024-03-01T00:00:00.000Z", exact: "dritte" });
    const c = record({ entities: ["ovks"], created: "2024-02-01T00:00:00.000Z", exact: "zweite" });
    const index = new NameIndex([a, b, c]);
    expect(index.about("ovks")).toEqual({
      count: 3,
      newest: [
        expect.objectContaining({ id: b.id, quote: "dritte" }),
        expect.objectContaining({ id: c.id, quote: "zweite" }),
      ],
    });
    expect(index.about("nato").count).toBe(1);
    expect(index.about("putin")).toEqual({ count: 0, newest: [] });
  });

  test("put and remove follow single changes: new, edited (name taken away), deleted", () => {
    const a = record({ entities: ["ovks"], created: "2024-01-01T00:00:00.000Z" });
    const index = new NameIndex([a]);
    const b = record({ entities: ["ovks"], created: "2024-05-01T00:00:00.000Z", exact: "neu" });
    index.put(b);
    expect(index.about("ovks").newest[0]?.quote).toBe("neu");
    index.put({ ...a, entities: ["nato"] });
    expect(index.about("ovks").count).toBe(1);
    expect(index.about("nato").count).toBe(1);
    index.remove(b.key);
    expect(index.about("ovks")).toEqual({ count: 0, newest: [] });
    expect(index.size).toBe(1);
  });

  test("an older highlight arriving later is placed by its date, not at the end", () => {
    const index = new NameIndex([
      record({ entities: ["x"], created: "2024-06-01T00:00:00.000Z", exact: "jung" }),
    ]);
    index.put(record({ entities: ["x"], created: "2020-01-01T00:00:00.000Z", exact: "alt" }));
    expect(index.about("x").newest.map((p) => p.quote)).toEqual(["jung", "alt"]);
  });

  test("tag counts fold case and drop tags no longer used", () => {
    const a = record({ tags: ["Sanktionen", "nato"] });
    const b = record({ tags: ["sanktionen"] });
    const index = new NameIndex([a, b]);
    expect(index.tagCounts()).toEqual([
      { tag: "Sanktionen", count: 2 },
      { tag: "nato", count: 1 },
    ]);
    index.remove(a.key);
    expect(index.tagCounts()).toEqual([{ tag: "Sanktionen", count: 1 }]);
  });

  test("quotes are kept short and with whitespace collapsed", () => {
    const index = new NameIndex([record({ entities: ["x"], exact: `a\n\n  b ${"c".repeat(200)}` })]);
    const quote = index.about("x").newest[0]!.quote;
    expect(quote.startsWith("a b c")).toBe(true);
    expect(quote.length).toBe(90);
  });
});
