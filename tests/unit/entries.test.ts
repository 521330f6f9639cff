// The reader's entries: the versioned schema and its messages, the model (create, edit, validate the form's
// fields), the matcher terms, and the JSON export/import that carries entries beside the highlights.
import {
  cleanAliases,
  type Entry,
  type EntryFields,
  entityIdOf,
  entryIdOf,
  entryKey,
  entryTerms,
  isAllCaps,
  isOwnEntity,
  MIGRATIONS,
  newEntry,
  parseEntry,
  splitAliases,
  validateEntryFields,
  withChanges,
} from "../../src/core/entries";
import { ENTRIES_PROPERTY, parseImport, toCollection } from "../../src/core/highlights/exchange";
import { buildMatcher } from "../../src/core/match";

const NOW = "2026-12-01T10:00:00.000Z";
const ID = "0b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11";
const fields = (patch: Partial<EntryFields> = {}): EntryFields => ({
  name: "Nikol Paschinjan",
  aliases: ["Paschinjan", "Pashinyan"],
  type: "person",
  note: "Premier",
  link: "https://de.wikipedia.org/wiki/Nikol_Paschinjan",
  ...patch,
});
const entry = (patch: Partial<EntryFields> = {}, id = ID): Entry => newEntry(fields(patch), NOW, id);

describe("schema", () => {
  test("a new entry passes and comes back equal", () => {
    const e = entry();
    expect(e).toMatchObject({ v: 1, id: ID, created: NOW, modified: NOW, name: "Nikol Paschinjan" });
    expect(parseEntry(e)).toEqual({ ok: true, entry: e });
    expect(entryKey(ID)).toBe(`entry:${ID}`);
  });

  test.each([
    [{ name: undefined }, "name is missing"],
    [{ name: " x " }, "name must have at least 2 characters"],
    [{ id: "nope" }, "id must be a UUID"],
    [{ type: "city" }, "type must be one of person, organisation, country, place, event, media"],
    [{ link: "javascript:alert(1)" }, 'link must be "" or an http(s) URL'],
    [{ link: "ftp://example.org/" }, 'link must be "" or an http(s) URL'],
    [{ note: "x".repeat(2001) }, "note is longer than 2000 characters"],
    [{ aliases: ["ok", 3] }, "aliases[1] must be a string"],
    [{ created: "gestern" }, "created must be an ISO time (UTC)"],
    [{ v: 2 }, "v 2 is from a newer Randnotiz (this one reads up to 1)"],
    [{ v: "1" }, "v must be a whole version number"],
  ])("refuses %j with a message naming the field", (patch, message) => {
    expect(parseEntry({ ...entry(), ...patch })).toEqual({ ok: false, error: message });
  });

  test("non-objects are refused; unknown keys are dropped", () => {
    expect(parseEntry(null)).toEqual({ ok: false, error: "entry must be an object" });
    expect(parseEntry([entry()])).toEqual({ ok: false, error: "entry must be an object" });
    const parsed = parseEntry({ ...entry(), extra: "<b>" });
    expect(parsed.ok && "extra" in parsed.entry).toBe(false);
  });

  test("an older version runs through the migration hook before the schema", () => {
    const { v: _v, ...rest } = entry();
    MIGRATIONS[0] = (old) => ({ ...old, aliases: String(old.aliasText).split("|"), aliasText: undefined });
    try {
      const parsed = parseEntry({ ...rest, v: 0, aliases: undefined, aliasText: "A|B" });
      expect(parsed.ok && parsed.entry).toMatchObject({ v: 1, aliases: ["A", "B"] });
    } finally {
      delete MIGRATIONS[0];
    }
    expect(parseEntry({ ...rest, v: 0 })).toEqual({ ok: false, error: "v 0 has no migration" });
    expect(parseEntry({ ...rest, v: -1 })).toEqual({ ok: false, error: "v must be a whole version number" });
  });
});

describe("model", () => {
  test("newEntry trims, squeezes and dedupes aliases, dropping the name and blanks", () => {
    const e = entry({
      name: "  Nikol   Paschinjan ",
      aliases: ["Paschinjan", " Paschinjan ", "", "Nikol Paschinjan"],
    });
    expect(e.name).toBe("Nikol Paschinjan");
    expect(e.aliases).toEqual(["Paschinjan"]);
    expect(cleanAliases("NATO", ["Nato", "NATO", "nato"])).toEqual(["Nato", "nato"]);
  });

  test("withChanges keeps id and created and sets modified", () => {
    const e = entry();
    const later = "2026-12-02T10:00:00.000Z";
    const next = withChanges(e, { note: "neu  \n", aliases: ["A B", "A  B"] }, later);
    expect(next).toEqual({ ...e, note: "neu", aliases: ["A B"], modified: later });
    expect(e.note).toBe("Premier");
  });

  test("entity ids of entries are told apart from bundled slugs", () => {
    expect(entityIdOf(entry())).toBe(`my-${ID}`);
    expect(isOwnEntity(`my-${ID}`)).toBe(true);
    expect(isOwnEntity("paschinjan")).toBe(false);
    expect(entryIdOf(`my-${ID}`)).toBe(ID);
    expect(entryIdOf("ovks")).toBeNull();
  });

  test("splitAliases reads commas, semicolons, bars and lines", () => {
    expect(splitAliases("A, B;C|D\n E  F \r\n,,")).toEqual(["A", "B", "C", "D", "E F"]);
  });

  test("validateEntryFields gives a message key per bad field", () => {
    expect(validateEntryFields(fields())).toEqual({});
    expect(
      validateEntryFields(
        fields({ name: " ", link: "www.example.org", note: "n".repeat(2001), aliases: ["x".repeat(201)] }),
      ),
    ).toEqual({
      name: "entryErrorNameShort",
      link: "entryErrorLink",
      note: "entryErrorNoteLong",
      aliases: "entryErrorAliasLong",
    });
    expect(validateEntryFields(fields({ type: "city" as never })).type).toBe("entryErrorType");
  });
});

describe("terms", () => {
  test("name and aliases, case rules, genitive, surname", () => {
    const terms = entryTerms([
      entry(),
      entry(
        { name: "NATO", aliases: ["Nato", " "], type: "organisation" },
        "1b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11",
      ),
      entry({ name: "Klaus", aliases: [], type: "person" }, "2b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11"),
    ]);
    expect(terms.map((t) => [t.text, t.caseSensitive, t.genitive, t.surname])).toEqual([
      ["Nikol Paschinjan", false, true, false],
      ["Paschinjan", false, true, true],
      ["Pashinyan", false, true, true],
      ["NATO", true, true, false],
      ["Nato", false, true, false],
      ["Klaus", false, false, true],
    ]);
    expect(new Set(terms.slice(0, 3).map((t) => t.entity))).toEqual(new Set([`my-${ID}`]));
    expect(isAllCaps("G7")).toBe(false);
    expect(isAllCaps("OSZE")).toBe(true);
  });

  test("the matcher finds entries with genitive, acronym and surname rules", () => {
    const nato = entry(
      { name: "NATO", aliases: [], type: "organisation" },
      "1b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11",
    );
    const matcher = buildMatcher(entryTerms([entry(), nato]));
    const text = "Paschinjans Rede vor der NATO. Die nato. Anna Paschinjan ist jemand anderes.";
    const found = matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity]);
    expect(found).toEqual([
      ["Paschinjans", `my-${ID}`],
      ["NATO", `my-${nato.id}`],
    ]);
  });
});

describe("export and import", () => {
  const entries = [
    entry(),
    entry({ name: "OVKS-Gipfel", type: "event" }, "3b0a5a3e-8f8a-4d8e-9d57-4b1f4b8f1c11"),
  ];

  test("entries travel under one extra property of the collection", () => {
    const collection = toCollection([], NOW, entries);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 0, items: [] });
    expect(collection[ENTRIES_PROPERTY]).toEqual(entries);
    expect(ENTRIES_PROPERTY in toCollection([], NOW)).toBe(false);
    const result = parseImport(JSON.stringify(collection), new Set(), new Set([ID]));
    expect(result).toEqual({
      ok: true,
      annotations: [],
      duplicates: 0,
      entries: { added: [entries[1]], duplicates: 1 },
    });
  });

  test("one broken entry refuses the whole file, naming it", () => {
    const refused = (list: unknown) => {
      const result = parseImport(
        JSON.stringify({ ...toCollection([], NOW), [ENTRIES_PROPERTY]: list }),
        new Set(),
      );
      return result.ok ? "accepted" : result.error;
    };
    expect(refused([entries[0], { ...entries[1], link: "data:text/html,x" }])).toBe(
      'entry 2: link must be "" or an http(s) URL',
    );
    expect(refused([entries[0], entries[0]])).toBe("entry 2: duplicate id within the file");
    expect(refused({ a: 1 })).toBe('"randnotiz:entries" must be an array');
    expect(refused(entries)).toBe("accepted");
  });
});
