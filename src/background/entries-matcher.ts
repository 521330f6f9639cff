// Keeps "matcher:entries" in step with the reader's entries: after any change to an entry:* key (from the
// popup, the review page, an import or another device) and when the extension starts or updates, the fact
// base and all entries are compiled once, here, and stored for every page (platform/entries-matcher.ts).
import factbase from "randnotiz:factbase";
import { entryTerms } from "../core/entries";
import { ownTypes } from "../core/entries/packed";
import { matchTerms } from "../core/factbase/terms";
import { compile } from "../core/match/compile";
import { SEP, toSerial } from "../core/match/serial";
import { browser } from "../platform/browser";
import { loadEntries, onEntriesChanged } from "../platform/entries";
import { matcherStamp, saveEntriesMatcher } from "../platform/entries-matcher";

/** Changes often come in bursts (an import writes thousands of keys): one rebuild after the burst. */
const SETTLE_MS = 150;

let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();

export async function rebuildEntriesMatcher(): Promise<void> {
  const entries = await loadEntries();
  if (entries.length === 0) {
    await saveEntriesMatcher(null);
    return;
  }
  const serial = toSerial(compile([...matchTerms(factbase), ...entryTerms(entries)]));
  await saveEntriesMatcher({
    stamp: matcherStamp(factbase.asOf),
    types: ownTypes(serial.entities.split(SEP), entries),
    serial,
  });
}

/** One rebuild at a time, in order: the last one always reads the newest entries. */
export function scheduleRebuild(delay = SETTLE_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    queue = queue
      .then(rebuildEntriesMatcher)
      .catch((error) => console.error("Randnotiz: could not compile the reader's entries.", error));
  }, delay);
}

/** Registered synchronously at start-up: a storage change is what wakes the service worker. */
export function startEntriesMatcher(): void {
  onEntriesChanged(() => scheduleRebuild());
  // A new build writes its own stamp (the fact base or the matcher format may have changed).
  browser.runtime.onInstalled.addListener(() => scheduleRebuild(0));
  browser.runtime.onStartup.addListener(() => scheduleRebuild(0));
}
