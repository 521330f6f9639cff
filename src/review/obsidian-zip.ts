// The Obsidian export as one zip of .md notes, written in the browser (docs/keeping.md, "Obsidian notes").
// fflate (MIT, no dependencies, about 8 KB of the review page's bundle for zipping alone) rather than
// hand-written zip records: it writes deflated entries with UTF-8 names and correct CRCs, is widely used
// and tested, and only the review page loads it, never the content script.
import { strToU8, zipSync } from "fflate";
import type { Note } from "../core/highlights/obsidian";

/** The notes as a zip archive, in one folder named after the export; each entry dated `when`. */
export function zipNotes(notes: readonly Note[], folder: string, when: Date): Uint8Array<ArrayBuffer> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const note of notes) files[`${folder}/${note.name}`] = [strToU8(note.text), { mtime: when }];
  // fflate allocates plain ArrayBuffers, never shared ones.
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
