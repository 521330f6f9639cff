// Chrome's offscreen documents, which webextension-polyfill does not wrap. A service worker cannot start
// a Worker, so in Chrome name discovery runs in a Worker that an offscreen document owns (Firefox's event
// page starts the Worker itself).

interface ChromeOffscreenApi {
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime: {
    getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
}

declare const chrome: ChromeOffscreenApi | undefined;

const URL_PATH = "offscreen.html";
let creating: Promise<void> | null = null;

/** Opens the offscreen document unless it is open; two callers at once share one creation. */
export async function ensureOffscreenDocument(): Promise<void> {
  if (typeof chrome === "undefined" || !chrome.offscreen)
    throw new Error("Offscreen documents are unavailable.");
  const api = chrome;
  const open = await api.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"] });
  if (open.length > 0) return;
  creating ??= api.offscreen
    .createDocument({
      url: URL_PATH,
      reasons: ["WORKERS"],
      justification: "Runs name discovery in a worker, only when the reader asks for it.",
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
