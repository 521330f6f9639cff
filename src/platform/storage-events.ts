// Every storage.onChanged listener of one extension page or script goes through here: one listener on the
// browser's event, shared by all of them. An import pauses it (docs/integrity.md, "Fast and whole"): a page
// without a listener is not sent the change events at all, and an import's events carry every item it writes,
// which each listening page would otherwise have to receive and decode while the import waits for it.
import { browser, type Storage } from "./browser";

export type StorageChanges = Record<string, Storage.StorageChange>;
type Listener = (changes: StorageChanges, area: string) => void;

const listeners = new Set<Listener>();
let paused = 0;
let attached = false;

function dispatch(changes: StorageChanges, area: string): void {
  for (const listener of [...listeners]) {
    try {
      listener(changes, area);
    } catch (error) {
      console.error("Randnotiz: a storage listener failed.", error);
    }
  }
}

function heardLive(changes: StorageChanges, area: string): void {
  if (heard) {
    const keys = heard.get(area) ?? new Set<string>();
    for (const key of Object.keys(changes)) keys.add(key);
    heard.set(area, keys);
  }
  dispatch(changes, area);
}

/**
 * Set in content scripts (storage-notice.ts): they never listen to storage.local, whose every bulk write
 * (an import, a sync) they would otherwise receive and decode whole. The background tells them which keys
 * changed; sync changes (the settings) they hear on storage.sync's own event, which carries nothing else.
 */
let relayed = false;

const heardSync = (changes: StorageChanges) => heardLive(changes, "sync");

/** The browser's event this context listens to: every area's, or in a content script storage.sync's alone. */
function attach(on: boolean): void {
  if (relayed) {
    const event = browser.storage.sync?.onChanged;
    if (on) event?.addListener(heardSync);
    else event?.removeListener(heardSync);
  } else if (on) browser.storage.onChanged.addListener(heardLive);
  else browser.storage.onChanged.removeListener(heardLive);
}

/** Listens on the browser's event exactly while someone listens here and nothing pauses it. */
function sync(): void {
  const wanted = listeners.size > 0 && paused === 0;
  if (wanted === attached) return;
  attached = wanted;
  attach(wanted);
}

/**
 * From now on this context hears storage.local only through `hearRelayed` (content scripts, for good;
 * docs/integrity.md "Open pages are told, not sent").
 */
export function relayLocalChanges(): void {
  if (attached) attach(false);
  relayed = true;
  if (attached) attach(true);
}

/**
 * The background said these storage.local keys changed: their current values are read and passed to every
 * listener, as the browser's event would have (without the old values, which no relayed listener reads).
 */
export async function hearRelayed(keys: readonly string[]): Promise<void> {
  if (!relayed || !attached || !keys.length) return;
  const now = await browser.storage.local.get([...keys]);
  const changes: StorageChanges = {};
  for (const key of keys) changes[key] = key in now ? { newValue: now[key] } : {};
  if (relayed && attached) heardLive(changes, "local");
}

/**
 * Calls `listener` with every storage change, like storage.onChanged. Registered synchronously, so a
 * background script that calls it at its top level is woken by a change. Returns the function that stops it.
 */
export function onStorageChange(listener: Listener): () => void {
  listeners.add(listener);
  sync();
  return () => {
    listeners.delete(listener);
    sync();
  };
}

/** Keys heard since a paused page resumed, by area: a late replay must not undo what was heard after it. */
let heard: Map<string, Set<string>> | null = null;

/**
 * Stops hearing storage changes. The returned `resume` listens again and returns `replay`, which passes what
 * happened meanwhile to every listener, as if it had been heard, except for keys heard live since `resume`
 * (those are newer). Read the missed values after `resume`, so none falls between.
 */
export function pauseStorageEvents(): () => (missed: Record<string, StorageChanges>) => void {
  paused++;
  sync();
  let resumed = false;
  return () => {
    if (resumed) return () => {};
    resumed = true;
    paused--;
    sync();
    const own = new Map<string, Set<string>>();
    heard = own;
    return (missed) => {
      if (heard === own) heard = null;
      for (const [area, changes] of Object.entries(missed)) {
        const live = own.get(area);
        const fresh = Object.fromEntries(Object.entries(changes).filter(([key]) => !live?.has(key)));
        if (Object.keys(fresh).length) dispatch(fresh, area);
      }
    };
  };
}
