// While an import writes, the background holds back its derived work (page index, snapshot, name index)
// and does it once when the import ends (docs/integrity.md, "Fast and whole"). The import keeps a port
// open for as long as it writes: the port closes when it ends, and also when its tab closes or crashes,
// so the background can never be held for longer than the writer lives (and never longer than HOLD_MAX_MS).
import * as v from "valibot";
import { browser, type Runtime } from "./browser";

const IMPORT_PORT = "randnotiz:import";
/** The background's only message on the port: it holds back until the port closes. */
const HoldAck = v.object({ held: v.literal(true) });
/** How long the page waits for that answer before it writes anyway (the writes are correct either way). */
const ACK_MS = 2000;
/** The longest the background holds back for one port, whatever the page does. */
const HOLD_MAX_MS = 5 * 60_000;

/**
 * Asks the background to hold back its derived work until the returned function is called. Resolves once
 * the background has answered (or after ACK_MS), so the first write already finds it holding back.
 */
export async function holdBackground(): Promise<() => void> {
  let port: Runtime.Port;
  try {
    port = browser.runtime.connect({ name: IMPORT_PORT });
  } catch {
    return () => {};
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ACK_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    port.onMessage.addListener((message: unknown) => {
      if (v.is(HoldAck, message)) done();
    });
    port.onDisconnect.addListener(done);
  });
  return () => {
    try {
      port.disconnect();
    } catch {
      // Already closed: the background has been released.
    }
  };
}

/**
 * The background's side: `hold` is called when an import starts and `release` once when it ends, however
 * it ends. Register it synchronously at the top level. Returns the function that stops listening.
 */
export function onImportHold(hold: () => void, release: () => void): () => void {
  const listener = (port: Runtime.Port) => {
    if (port.name !== IMPORT_PORT) return;
    let held = true;
    const end = () => {
      if (!held) return;
      held = false;
      clearTimeout(timer);
      release();
    };
    const timer = setTimeout(end, HOLD_MAX_MS);
    hold();
    port.onDisconnect.addListener(end);
    port.postMessage({ held: true } satisfies v.InferOutput<typeof HoldAck>);
  };
  browser.runtime.onConnect.addListener(listener);
  return () => browser.runtime.onConnect.removeListener(listener);
}
