// The reader's entries in storage.local: one `entry:<uuid>` key each, so two tabs never overwrite each other.
// A stored value that fails the schema is skipped and reported, never deleted: a newer release may read it.

import { ENTRY_PREFIX, type Entry, entryKey, parseEntry } from "../core/entries";
import { errorMessage } from "../core/errors";
import { sameJson } from "../core/highlights/model";
import { browser, type Storage } from "./browser";
import { onStorageChange } from "./storage-events";

export interface BrokenEntry {
  key: string;
  error: string;
}

function readable(action: string, error: unknown): Error {
  const reason = errorMessage(error);
  const quota = /quota/i.test(reason) ? " The browser's storage for this extension is full." : "";
  return new Error(`Could not ${action}: ${reason}.${quota}`, { cause: error });
}

/** The valid entries among storage items, and the `entry:*` keys that were skipped, each with a warning. */
export function validEntries(items: Iterable<[string, unknown]>): {
  entries: Entry[];
  broken: BrokenEntry[];
} {
  const entries: Entry[] = [];
  const broken: BrokenEntry[] = [];
  for (const [key, value] of items) {
    if (!key.startsWith(ENTRY_PREFIX) || value === undefined) continue;
    const parsed = parseEntry(value);
    // The key must name the entry it holds, or an edit would write a second copy beside it.
    const error = parsed.ok
      ? entryKey(parsed.entry.id) === key
        ? null
        : "id does not match its key"
      : parsed.error;
    if (parsed.ok && !error) entries.push(parsed.entry);
    else {
      broken.push({ key, error: error ?? "" });
      console.warn(`Randnotiz: ignoring stored entry ${key}: ${error}`);
    }
  }
  return { entries, broken };
}

/** Every valid entry and the keys skipped as broken (the review page says how many). */
export async function readEntries(): Promise<{ entries: Entry[]; broken: BrokenEntry[] }> {
  return validEntries(Object.entries(await browser.storage.local.get(null)));
}

export async function loadEntries(): Promise<Entry[]> {
  return (await readEntries()).entries;
}

export async function putEntry(entry: Entry): Promise<void> {
  await putEntries([entry]);
}

/** Writes all in one set call, so listeners see one change and an import lands whole or not at all. */
export async function putEntries(entries: readonly Entry[]): Promise<void> {
  if (!entries.length) return;
  try {
    await browser.storage.local.set(Object.fromEntries(entries.map((e) => [entryKey(e.id), e])));
  } catch (error) {
    throw readable("store the entries", error);
  }
}

/**
 * Undoes the delete of `entry`, unless its key was written again since (another tab, an import): then
 * that newer entry stays and the answer is false (docs/integrity.md, concurrent edits).
 */
export async function restoreEntry(entry: Entry): Promise<boolean> {
  const key = entryKey(entry.id);
  const now = (await browser.storage.local.get(key))[key];
  if (now !== undefined) return sameJson(now, entry);
  await putEntries([entry]);
  return true;
}

export async function deleteEntries(ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  try {
    await browser.storage.local.remove(ids.map(entryKey));
  } catch (error) {
    throw readable("delete the entries", error);
  }
}

/** One changed key: the entry now stored there, or null when it was removed or is no longer valid. */
export type EntryChanges = Array<{ id: string; entry: Entry | null }>;

/** Calls back with the changed `entry:*` keys of storage.local. Returns the unsubscribe function. */
export function onEntriesChanged(callback: (changes: EntryChanges) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== "local") return;
    const out: EntryChanges = [];
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(ENTRY_PREFIX)) continue;
      const id = key.slice(ENTRY_PREFIX.length);
      const { entries } = validEntries([[key, change.newValue]]);
      out.push({ id, entry: entries[0] ?? null });
    }
    if (out.length) callback(out);
  };
  return onStorageChange(listener);
}
