// Chrome's own extension API, shaped as the polyfill's `browser` for the content script. Since Chrome 99
// every call the content script makes (runtime.sendMessage, storage.*, i18n) returns a promise when given
// no callback; only runtime.onMessage still answers through `sendResponse`, so its listeners are adapted.
import type Polyfilled from "webextension-polyfill";

type PromiseListener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
type ChromeListener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean;
interface ChromeEvent {
  addListener(listener: ChromeListener): void;
  removeListener(listener: ChromeListener): void;
}
type ChromeApi = Record<string, Record<string, unknown>> & {
  runtime: Record<string, unknown> & { onMessage: ChromeEvent };
};

/**
 * A listener that returns a promise is answered with what it resolves to; one that rejects is answered
 * `{ error }`, the contract's malformed-answer shape (platform/messages.ts), which the sender throws.
 */
function adapt(listener: PromiseListener): ChromeListener {
  return (message, sender, respond) => {
    const answer = listener(message, sender);
    if (answer === undefined) return false;
    answer.then(respond, (error: unknown) => respond({ error: String((error as Error)?.message ?? error) }));
    return true;
  };
}

export function nativeChrome(): Polyfilled.Browser {
  const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  const adapted = new Map<PromiseListener, ChromeListener>();
  const onMessage = {
    addListener(listener: PromiseListener) {
      const wrapped = adapt(listener);
      adapted.set(listener, wrapped);
      chrome.runtime.onMessage.addListener(wrapped);
    },
    removeListener(listener: PromiseListener) {
      const wrapped = adapted.get(listener);
      if (wrapped) chrome.runtime.onMessage.removeListener(wrapped);
      adapted.delete(listener);
    },
  };
  // Chrome's functions are called on their own namespace object, as the polyfill does.
  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => {
      if (key === "onMessage") return onMessage;
      const value = target[key as string];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return new Proxy(chrome, {
    get: (target, key) => (key === "runtime" ? runtime : target[key as string]),
  }) as unknown as Polyfilled.Browser;
}
