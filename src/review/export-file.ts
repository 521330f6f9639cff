// The review page's exports, each downloaded as a file through the page's own link (no permission):
// JSON-LD with the reader's entries, Markdown, Obsidian notes in a zip, CSV (docs/keeping.md).
import { toCollection, toCsv, toMarkdown } from "../core/highlights/exchange";
import { toObsidianNotes } from "../core/highlights/obsidian";
import type { HighlightRecord, WebAnnotation } from "../core/highlights/types";
import { loadEntries } from "../platform/entries";
import { loadAnnotations } from "../platform/highlights";
import { entityNames } from "../ui/entity-info";
import type { Lang } from "../ui/i18n";
import { download } from "./download";
import type { EntityLookup, ExportFormat, ExportOptions } from "./model";
import { zipNotes } from "./obsidian-zip";

/** The stored annotations behind some records (undo, note edits, the JSON export), read by key. */
export async function annotationsFor(records: readonly HighlightRecord[]): Promise<WebAnnotation[]> {
  const found = new Map(
    (await loadAnnotations(records.map((r) => r.key))).map(({ key, annotation }) => [key, annotation]),
  );
  return records.flatMap((r) => found.get(r.key) ?? []);
}

/**
 * Downloads `records` in `format`. For JSON it resolves to how many annotations the file holds, so the
 * caller can tell a backup of everything (docs/backup.md); otherwise to null.
 */
export async function exportFile(
  format: ExportFormat,
  records: HighlightRecord[],
  options: ExportOptions & { lang: Lang; lookup: EntityLookup; stamp: string },
): Promise<number | null> {
  const { lang, stamp } = options;
  const name = `randnotiz-highlights-${stamp.slice(0, 10)}`;
  if (format === "json") {
    // The reader's entries go along whole: a backup of the highlights alone would lose them.
    const [annotations, entries] = await Promise.all([annotationsFor(records), loadEntries()]);
    const text = JSON.stringify(toCollection(annotations, stamp, entries), null, 2);
    download(text, "application/ld+json", `${name}.jsonld`);
    return annotations.length;
  }
  if (format === "markdown") download(toMarkdown(records, lang), "text/markdown", `${name}.md`);
  else if (format === "obsidian") {
    const notes = toObsidianNotes(records, {
      lang,
      wikilinks: options.wikilinks,
      namesOf: entityNames(lang),
    });
    download(zipNotes(notes, name, new Date(stamp)), "application/zip", `${name}.zip`);
  } else
    download(
      toCsv(records, (id) => options.lookup(id)?.label ?? id),
      "text/csv",
      `${name}.csv`,
    );
  return null;
}
