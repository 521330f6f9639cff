// Chrome's own API as the content script's `browser` (src/platform/native-chrome.ts): onMessage listeners
// that return promises answer through sendResponse, a rejection answers { error }, and removal works.
import { nativeChrome } from "../../src/platform/native-chrome";

type ChromeListener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean;

function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  const runtime = {
    id: "abc",
    onMessage: {
      addListener: (l: ChromeListener) => listeners.add(l),
      removeListener: (l: ChromeListener) => listeners.delete(l),
    },
    sendMessage(this: unknown, message: unknown) {
      // Chrome's functions want their namespace as `this`.
      if (this !== runtime) throw new TypeError("Illegal invocation");
      return Promise.resolve({ echo: message });
    },
  };
  const storage = { local: { get: jest.fn(async () => ({ a: 1 })) } };
  return { chrome: { runtime, storage }, listeners };
}

/** Delivers `message` as Chrome does; resolves with what was sent back, or "no answer". */
function deliver(listeners: Set<ChromeListener>, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    let kept = false;
    for (const l of listeners) kept = l(message, {}, resolve) || kept;
    if (!kept) resolve("no answer");
  });
}

describe("nativeChrome", () => {
  const saved = (globalThis as { chrome?: unknown }).chrome;
  afterEach(() => {
    (globalThis as { chrome?: unknown }).chrome = saved;
  });

  test("promise answers, rejections as { error }, no answer, and removal", async () => {
    const { chrome, listeners } = fakeChrome();
    (globalThis as { chrome?: unknown }).chrome = chrome;
    const browser = nativeChrome();
    const listener = (m: unknown) => {
      if (m === "ask") return Promise.resolve(42);
      if (m === "fail") return Promise.reject(new Error("broken"));
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener as never);
    await expect(deliver(listeners, "ask")).resolves.toBe(42);
    await expect(deliver(listeners, "fail")).resolves.toEqual({ error: "broken" });
    await expect(deliver(listeners, "other")).resolves.toBe("no answer");
    browser.runtime.onMessage.removeListener(listener as never);
    expect(listeners.size).toBe(0);
  });

  test("other calls reach Chrome's own functions on their namespace", async () => {
    const { chrome } = fakeChrome();
    (globalThis as { chrome?: unknown }).chrome = chrome;
    const browser = nativeChrome();
    await expect(browser.runtime.sendMessage("hi")).resolves.toEqual({ echo: "hi" });
    expect(browser.runtime.id).toBe("abc");
    await expect(browser.storage.local.get("a")).resolves.toEqual({ a: 1 });
  });
});
