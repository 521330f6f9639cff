// The one place that imports webextension-polyfill. Everything else goes through src/platform,
// so the promise-based API and its types are the same in Chrome and Firefox.
import type Polyfilled from "webextension-polyfill";
import { nativeChrome } from "./native-chrome";

export type { Runtime, Storage, Tabs } from "webextension-polyfill";

/**
 * Firefox's own `browser` already is the promise-based API: there the polyfill only hands it back (its
 * source checks `browser.runtime.id` and exports `globalThis.browser`). So the Firefox build takes it
 * directly, and the dead branch drops the polyfill's API tables from every script. Chrome's content script
 * takes Chrome's own promise-based API too (native-chrome.ts): it uses only calls that Chrome 120 answers
 * with promises, and it is loaded on every page (docs/keeping.md, "Content-script budget").
 */
export const browser: Polyfilled.Browser =
  __BROWSER__ === "firefox"
    ? (globalThis as unknown as { browser: Polyfilled.Browser }).browser
    : __CONTENT_SCRIPT__
      ? nativeChrome()
      : require("webextension-polyfill");

/** Reads a message from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
