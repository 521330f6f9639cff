// One validator for every write and the reader (docs/integrity.md): the limits, what the reader still shows
// and flags, ids compared the way storage keys are made, and settings from a newer release kept on write.
import { parseImport, toCollection } from "../../src/core/highlights/exchange";
import {
  annotationProblems,
  checkForWrite,
  identityOf,
  LIMITS,
  recordProblems,
} from "../../src/core/highlights/limits";
import { newAnnotation, toRecord, withNote } from "../../src/core/highlights/model";
import { parseAnnotation } from "../../src/core/highlights/schema";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { DEFAULT_SETTINGS, parseSettings, settingsForWrite } from "../../src/core/settings";

const UUID = "5f0c2a3e-8b1d-4c6e-9a7f-1234567890ab";

const annotation = (id = `urn:uuid:${UUID}`, exact = "Peskow"): WebAnnotation => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id,
  type: "Annotation",
  motivation: "highlighting",
  created: "2026-12-01T10:00:00.000Z",
  target: {
    source: "https://example.org/article",
    selector: [{ type: "TextQuoteSelector", exact, prefix: "Kremlsprecher ", suffix: " sagte" }],
  },
});

describe("limits", () => {
  test("the example of docs/interfaces.md with only its fields is writable", () => {
    expect(checkForWrite(annotation()).ok).toBe(true);
  });

  test("a quote or note over the limit is refused with its length and the limit", () => {
    const quote = checkForWrite(annotation(undefined, "x".repeat(LIMITS.quote + 1)));
    expect(quote).toMatchObject({ ok: false, problem: { field: "quote", length: LIMITS.quote + 1 } });
    expect(!quote.ok && quote.error).toBe("the quote has 20,001 characters (at most 20,000)");
    const note = checkForWrite(withNote(annotation(), "n".repeat(100_001), "2026-12-02T00:00:00.000Z"));
    expect(note).toMatchObject({ ok: false, problem: { field: "note", length: 100_001, max: 20_000 } });
    // At the limit exactly is fine.
    expect(checkForWrite(withNote(annotation(), "n".repeat(LIMITS.note), "t")).ok).toBe(true);
  });

  test("an over-long string in another tool's field is refused on write", () => {
    const a = { ...annotation(), extra: "e".repeat(LIMITS.other + 1) };
    const result = checkForWrite(a);
    expect(!result.ok && result.error).toBe("annotation.extra is longer than 100000 characters");
  });

  test("the reader shows what older rules stored, and flags it", () => {
    const old = withNote(annotation(undefined, "q".repeat(117_600)), "n".repeat(100_001), "t");
    expect(parseAnnotation(old).ok).toBe(true);
    expect(annotationProblems(old).map((p) => p.field)).toEqual(["quote", "note"]);
    const record = toRecord("highlight:x", old, null);
    expect(recordProblems(record).map((p) => p.field)).toEqual(["quote", "note"]);
    expect(recordProblems(toRecord("highlight:x", annotation(), null))).toEqual([]);
  });

  test("a page title is clipped, not refused: it is not the reader's text", () => {
    const a = newAnnotation({
      uuid: UUID,
      source: "https://example.org/",
      title: "T".repeat(5000),
      quote: { exact: "x", prefix: "", suffix: "", start: null, end: null },
      created: "t",
    });
    expect(a.target.title).toHaveLength(LIMITS.title);
    expect(checkForWrite(a).ok).toBe(true);
  });
});

describe("ids compared the way keys are made", () => {
  test("urn:uuid:, URN:UUID:, a bare UUID and its case are one identity", () => {
    const ids = [
      `urn:uuid:${UUID}`,
      `URN:UUID:${UUID}`,
      UUID,
      UUID.toUpperCase(),
      `urn:UUID:${UUID.toUpperCase()}`,
    ];
    expect(new Set(ids.map(identityOf))).toEqual(new Set([UUID]));
    // Other ids (URLs) keep their case: they are not UUIDs.
    expect(identityOf("https://Example.org/A")).toBe("https://Example.org/A");
  });

  test.each([`URN:UUID:${UUID}`, UUID, `urn:uuid:${UUID.toUpperCase()}`])(
    "importing %s over a stored urn:uuid: id is a skipped duplicate, never a replacement",
    (spelling) => {
      const text = JSON.stringify(
        toCollection(
          [annotation(spelling), annotation(`urn:uuid:${"1".repeat(8)}-0000-4000-8000-000000000000`)],
          "t",
        ),
      );
      const byId = parseImport(text, new Set([`urn:uuid:${UUID}`]));
      expect(byId).toMatchObject({ ok: true, duplicates: 1 });
      expect(byId.ok && byId.annotations.map((a) => a.id)).toEqual([
        `urn:uuid:11111111-0000-4000-8000-000000000000`,
      ]);
      // The same when only the stored key is known.
      expect(parseImport(text, new Set([`highlight:${UUID}`]))).toMatchObject({ ok: true, duplicates: 1 });
    },
  );

  test("two spellings of one id inside a file refuse it", () => {
    const text = JSON.stringify([annotation(`urn:uuid:${UUID}`), annotation(UUID.toUpperCase())]);
    expect(parseImport(text, new Set())).toEqual({
      ok: false,
      error: "item 2: duplicate id within the file",
    });
  });

  test("an import item over a limit refuses the file, naming the item and the field", () => {
    const text = JSON.stringify([
      annotation(),
      withNote(annotation(UUID.replace("5", "6")), "n".repeat(20_001), "t"),
    ]);
    expect(parseImport(text, new Set())).toEqual({
      ok: false,
      error: "item 2: the note has 20,001 characters (at most 20,000)",
    });
  });
});

describe("settings from a newer release", () => {
  const newer = {
    ...DEFAULT_SETTINGS,
    version: 3,
    enabled: true,
    future: { a: 1 },
    types: { ...DEFAULT_SETTINGS.types, weather: false },
  };

  test("a toggle keeps the unknown fields and never lowers the version", () => {
    const { settings } = parseSettings(newer);
    const written = settingsForWrite({ ...settings, enabled: false }, newer);
    expect(written).toMatchObject({ version: 3, enabled: false, future: { a: 1 } });
    expect((written.types as Record<string, boolean>).weather).toBe(false);
    // And what was written still reads as this version's settings.
    expect(parseSettings(written).settings.enabled).toBe(false);
  });

  test("settings of this version keep unknown fields too; an older version's are not carried over", () => {
    expect(settingsForWrite(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, extra: 1 })).toMatchObject({ extra: 1 });
    const older = { enabled: false, obsolete: true };
    expect(settingsForWrite(DEFAULT_SETTINGS, older)).toEqual(DEFAULT_SETTINGS);
    expect(settingsForWrite(DEFAULT_SETTINGS, undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
