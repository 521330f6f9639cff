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

/** Listens on the browser's event exactly while someone listens here and nothing pauses it. */
function sync(): void {
  const wanted = listeners.size > 0 && paused === 0;
  if (wanted === attached) return;
  attached = wanted;
  if (wanted) browser.storage.onChanged.addListener(heardLive);
  else browser.storage.onChanged.removeListener(heardLive);
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
