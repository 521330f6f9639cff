// While an import writes, the background holds back its derived work (page index, snapshot, name index)
// and does it once when the import ends (docs/integrity.md, "Fast and whole"). The import keeps a port
// open for as long as it writes: the port closes when it ends, and also when its tab closes or crashes,
// so the background can never be held for longer than the writer lives (and never longer than HOLD_MAX_MS).
// The importing page does not listen to storage meanwhile (storage-events.ts); when the import ends, the
// background tells it which keys changed while it held back, so the page misses nobody else's change.
import * as v from "valibot";
import { browser, type Runtime } from "./browser";

const IMPORT_PORT = "randnotiz:import";
/** The port's messages: the background holds back; the page is done; the keys that changed meanwhile. */
const Held = v.object({ held: v.literal(true) });
const End = v.object({ end: v.literal(true) });
const Changed = v.object({ changed: v.record(v.string(), v.array(v.string())) });
/** How long the page waits for an answer before it goes on without (its writes are correct either way). */
const ANSWER_MS = 2000;
/** The longest the background holds back for one port, whatever the page does. */
const HOLD_MAX_MS = 5 * 60_000;

/** Keys by storage area ("local", "sync"). */
export type KeysByArea = Record<string, string[]>;

export interface Hold {
  /** Whether the background said it holds back (and will say what changed): else the page must not pause. */
  held: boolean;
  /**
   * Ends the hold. Resolves with the keys that changed in each area while it lasted (the import's own
   * included), or null when the background did not say.
   */
  end(): Promise<KeysByArea | null>;
}

function answer<T>(port: Runtime.Port, schema: v.GenericSchema<unknown, T>): Promise<T | null> {
  return new Promise((resolve) => {
    const finish = (value: T | null) => {
      clearTimeout(timer);
      port.onMessage.removeListener(onMessage);
      port.onDisconnect.removeListener(onGone);
      resolve(value);
    };
    const onMessage = (message: unknown) => {
      if (v.is(schema, message)) finish(message as T);
    };
    const onGone = () => finish(null);
    const timer = setTimeout(onGone, ANSWER_MS);
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(onGone);
  });
}

/**
 * Asks the background to hold back its derived work until `end` is called. Resolves once the background
 * has answered (or after ANSWER_MS), so the first write already finds it holding back.
 */
export async function holdBackground(): Promise<Hold> {
  let port: Runtime.Port;
  try {
    port = browser.runtime.connect({ name: IMPORT_PORT });
  } catch {
    return { held: false, end: async () => null };
  }
  const held = await answer(port, Held);
  let ended = false;
  return {
    held: held !== null,
    async end() {
      if (ended) return null;
      ended = true;
      let changed: KeysByArea | null = null;
      try {
        if (held) {
          const reply = answer(port, Changed);
          port.postMessage({ end: true } satisfies v.InferOutput<typeof End>);
          changed = (await reply)?.changed ?? null;
        }
        port.disconnect();
      } catch {
        // Already closed: the background has been released.
      }
      return changed;
    },
  };
}

/** Adds every key of `changes` to each open hold's record of `area`. */
function noteChanges(holds: Set<Map<string, Set<string>>>, changes: object, area: string): void {
  for (const seen of holds) {
    const keys = seen.get(area) ?? new Set<string>();
    for (const key of Object.keys(changes)) keys.add(key);
    seen.set(area, keys);
  }
}

/**
 * The background's side: `hold` is called when an import starts and `release` once when it ends, however
 * it ends. Register it synchronously at the top level. Returns the function that stops listening.
 */
export function onImportHold(hold: () => void, release: () => void): () => void {
  const open = new Set<Map<string, Set<string>>>();
  // Straight on the browser's event, not through storage-events.ts: nothing may pause the background's.
  const onChanged = (changes: object, area: string) => {
    if (open.size) noteChanges(open, changes, area);
  };
  browser.storage.onChanged.addListener(onChanged);
  const listener = (port: Runtime.Port) => {
    if (port.name !== IMPORT_PORT) return;
    const seen = new Map<string, Set<string>>();
    open.add(seen);
    let held = true;
    const end = () => {
      if (!held) return;
      held = false;
      open.delete(seen);
      clearTimeout(timer);
      release();
    };
    const timer = setTimeout(end, HOLD_MAX_MS);
    hold();
    port.onDisconnect.addListener(end);
    port.onMessage.addListener((message: unknown) => {
      if (!v.is(End, message)) return;
      const changed = Object.fromEntries([...seen].map(([area, keys]) => [area, [...keys]]));
      port.postMessage({ changed } satisfies v.InferOutput<typeof Changed>);
    });
    port.postMessage({ held: true } satisfies v.InferOutput<typeof Held>);
  };
  browser.runtime.onConnect.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    browser.runtime.onConnect.removeListener(listener);
  };
}
