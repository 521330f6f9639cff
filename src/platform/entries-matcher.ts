// The one derived key for the page's names: the matcher of the enabled packs plus every entry, compiled by
// the background and stored, with each entry's id, type and name. A page reads this one key, never the
// thousands of entry:* keys, and compiles nothing (core/match/serial.ts). The content script carries no
// matcher of its own: when this key is missing or unreadable it asks the background (docs/scanner.md).

import type { SerialMatcher } from "../core/match/serial";
import { browser, type Storage } from "./browser";
import { onStorageChange } from "./storage-events";

export const MATCHER_KEY = "matcher:entries";

export interface StoredEntriesMatcher {
  /** Which build wrote it (extension version and fact base date): another build's is ignored. */
  stamp: string;
  /** Every entity's type, in the order of serial.entities (core/entries/packed.ts). */
  types: string;
  serial: SerialMatcher;
  /**
   * The fact base's entities' labels, "de\ten" in the order of serial.entities, joined by "\n" ("" for an
   * own entry): the content script carries none (docs/scanner.md, "The page's matcher").
   */
  labels?: string;
}

export function matcherStamp(asOf: string): string {
  // "/2": every entity's type and the labels are stored (an older build stored the seed pack's neither).
  return `${browser.runtime.getManifest().version}/${asOf}/2`;
}

/** The value if this build wrote it in the stored shape, else null (another build's, or damaged). */
export function usableMatcher(value: unknown, stamp: string): StoredEntriesMatcher | null {
  if (typeof value !== "object" || value === null) return null;
  const stored = value as Partial<StoredEntriesMatcher>;
  if (stored.stamp !== stamp || typeof stored.types !== "string" || typeof stored.serial !== "object")
    return null;
  return stored as StoredEntriesMatcher;
}

/** The stored matcher if this build wrote it; null when there is none (yet) or it is outdated. */
export async function loadEntriesMatcher(stamp: string): Promise<StoredEntriesMatcher | null> {
  const stored = await browser.storage.local.get(MATCHER_KEY);
  return usableMatcher(stored[MATCHER_KEY], stamp);
}

export async function saveEntriesMatcher(value: StoredEntriesMatcher): Promise<void> {
  await browser.storage.local.set({ [MATCHER_KEY]: value });
}

/** Calls back with the new stored matcher (or null: the key was removed) whenever it changes. */
export function onEntriesMatcherChanged(
  stamp: string,
  callback: (value: StoredEntriesMatcher | null) => void,
): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== "local" || !Object.hasOwn(changes, MATCHER_KEY)) return;
    const value = changes[MATCHER_KEY]!.newValue;
    // Another build's value (an update in progress) is not a removal: the background rewrites it.
    if (value === undefined) callback(null);
    else {
      const ok = usableMatcher(value, stamp);
      if (ok) callback(ok);
    }
  };
  return onStorageChange(listener);
}
