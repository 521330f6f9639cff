// The Obsidian export (docs/keeping.md, "Obsidian notes"): one note per article with YAML front matter,
// blockquotes with passage links, #tags without spaces, optional [[wikilinks]]; zipped, and read back here
// from the zip's bytes.
import { unzipSync } from "fflate";
import { withColour, withTags } from "../../src/core/highlights/keeping";
import { newAnnotation, toRecord } from "../../src/core/highlights/model";
import { toObsidianNotes } from "../../src/core/highlights/obsidian";
import type { HighlightRecord } from "../../src/core/highlights/types";
import { zipNotes } from "../../src/review/obsidian-zip";

const NAMES: Record<string, { label: string; forms: string[] }> = {
  tokajew: { label: "Kassym-Schomart Tokajew", forms: ["Tokajew", "Tokayev"] },
  ovks: { label: "OVKS", forms: ["OVKS", "CSTO", "Organisation des Vertrags über kollektive Sicherheit"] },
  kreml: { label: "Kreml", forms: ["Kreml", "Kremls"] },
};
const namesOf = (id: string) => NAMES[id];

let n = 0;
function record(
  source: string,
  title: string,
  exact: string,
  options: { tags?: string[]; colour?: "blue" | "pink"; mentions?: string[]; created?: string } = {},
): HighlightRecord {
  n++;
  const created = options.created ?? `2026-12-0${n % 9 || 1}T10:00:00.000Z`;
  let a = newAnnotation({
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    source,
    title,
    quote: { exact, prefix: "Vorher ", suffix: " nachher", start: 0, end: exact.length },
    mentions: options.mentions ?? [],
    created,
  });
  if (options.tags) a = withTags(a, options.tags, created);
  if (options.colour) a = withColour(a, options.colour, created);
  return toRecord(`highlight:${n}`, a, null);
}

/** Splits a note into its front matter (every value parsed as YAML's JSON-compatible scalars) and body. */
function frontMatter(text: string): { fields: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text}`);
  const fields: Record<string, unknown> = {};
  let list: string[] | null = null;
  for (const line of match[1]!.split("\n")) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && list) {
      list.push(JSON.parse(item[1]!));
      continue;
    }
    const pair = /^([a-z]+):(?: (.*))?$/.exec(line);
    if (!pair) throw new Error(`not YAML this test reads: ${line}`);
    const value = pair[2];
    if (value === undefined) {
      list = [];
      fields[pair[1]!] = list;
    } else {
      list = null;
      fields[pair[1]!] = /^\d{4}-\d\d-\d\d$/.test(value) ? value : JSON.parse(value);
    }
  }
  return { fields, body: match[2]! };
}

const A = "https://www.example.org/politik/ovks";
const B = "https://news.example.com/world?id=7";
const records = () => [
  record(A, 'Die OVKS: "Hilfe" für Kasachstan', "Tokajew bat die OVKS um Hilfe.", {
    tags: ["Zentral Asien", "sanktionen"],
    colour: "blue",
    mentions: ["tokajew", "ovks"],
    created: "2026-12-02T23:30:00.000Z",
  }),
  record(B, "World: the CSTO", "The Kremls answer - a no, [really] *now*, #1", { mentions: ["kreml"] }),
  record(A, 'Die OVKS: "Hilfe" für Kasachstan', "Der Kreml schwieg, 日本語も", {
    tags: ["sanktionen", "2026"],
    colour: "pink",
    mentions: ["kreml", "tokajew"],
    created: "2026-12-03T08:00:00.000Z",
  }),
];

describe("toObsidianNotes", () => {
  test("one note per article, with front matter: title, url, site, saved day, tags without spaces", () => {
    const notes = toObsidianNotes(records(), {
      lang: "de",
      wikilinks: false,
      namesOf,
      timeZone: "Europe/Berlin",
    });
    expect(notes.map((note) => note.name)).toEqual(["Die OVKS Hilfe für Kasachstan.md", "World the CSTO.md"]);
    const { fields, body } = frontMatter(notes[0]!.text);
    expect(fields).toEqual({
      title: 'Die OVKS: "Hilfe" für Kasachstan',
      url: A,
      site: "example.org",
      // Saved at 23:30 UTC on the 2nd: the 3rd in Berlin.
      saved: "2026-12-03",
      tags: ["Zentral-Asien", "sanktionen", "tag-2026"],
    });
    expect(frontMatter(notes[1]!.text).fields.tags).toEqual([]);
    // Both highlights of the article, each a blockquote with its link, colour and #tags.
    expect(body).toContain("> Tokajew bat die OVKS um Hilfe.");
    expect(body).toContain("> Der Kreml schwieg, 日本語も");
    expect(body).toMatch(
      /\[Zur Stelle\]\(<https:\/\/www\.example\.org\/politik\/ovks#:~:text=[^>]+>\) · Farbe: blau · #Zentral-Asien #sanktionen/,
    );
    expect(body).toContain("Farbe: rosa · #sanktionen #tag-2026");
    expect(body).not.toContain("[[");
  });

  test("Markdown syntax in a quote is escaped, the note stays one blockquote per line", () => {
    const [, note] = toObsidianNotes(records(), { lang: "en", wikilinks: false, namesOf, timeZone: "UTC" });
    expect(note!.text).toContain("> The Kremls answer - a no, \\[really\\] \\*now\\*, #1");
    expect(note!.text).toContain("[World: the CSTO](<https://news.example.com/world?id=7>)");
  });

  test("names become [[wikilinks]] at their first mention, shown as written; unspoken ones follow", () => {
    const notes = toObsidianNotes(records(), { lang: "de", wikilinks: true, namesOf, timeZone: "UTC" });
    const first = notes[0]!.text;
    expect(first).toContain("> [[Kassym-Schomart Tokajew|Tokajew]] bat die [[OVKS]] um Hilfe.");
    // The Kreml is mentioned; Tokajew is what the passage is about but not what it says.
    expect(first).toContain("> Der [[Kreml]] schwieg, 日本語も\n>\n> Namen: [[Kassym-Schomart Tokajew]]");
    // "Kremls" is the whole word; "Kreml" inside it is not taken for a second mention.
    expect(notes[1]!.text).toContain("> The [[Kreml|Kremls]] answer - a no, \\[really\\] \\*now\\*, #1");
  });

  test("a quote cannot forge a placeholder, and file names stay unique and safe", () => {
    const forged = record("https://x.example/a", "a/b: c?", "Tokajew \uE0000\uE001 sagte", {
      mentions: ["tokajew"],
    });
    const twin = record("https://x.example/b", "A/B: C?", "nichts");
    const untitled = record("https://x.example/c", "", "leer");
    const notes = toObsidianNotes([forged, twin, untitled], { lang: "en", wikilinks: true, namesOf });
    expect(notes.map((note) => note.name)).toEqual(["a b c.md", "A B C 2.md", "x.example c.md"]);
    expect(notes[0]!.text).toContain("> [[Kassym-Schomart Tokajew|Tokajew]]  0  sagte");
  });
});

describe("zipNotes", () => {
  test("the zip holds every note under one folder, byte for byte, UTF-8 names included", () => {
    const notes = toObsidianNotes(records(), { lang: "de", wikilinks: true, namesOf, timeZone: "UTC" });
    notes.push({ name: "Überblick – 日本.md", text: "# Ü\n" });
    const zip = zipNotes(notes, "randnotiz-2026-12-07", new Date("2026-12-07T06:00:00Z"));
    // A zip: local file header signature first, end-of-central-directory record last.
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      notes.map((note) => `randnotiz-2026-12-07/${note.name}`).sort(),
    );
    for (const note of notes)
      expect(new TextDecoder().decode(files[`randnotiz-2026-12-07/${note.name}`])).toBe(note.text);
  });
});
