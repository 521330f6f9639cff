// The one place that imports webextension-polyfill. Everything else goes through src/platform,
// so the promise-based API and its types are the same in Chrome and Firefox.
import browser from "webextension-polyfill";

export type { Runtime, Storage, Tabs } from "webextension-polyfill";
export { browser };

/** Reads a message from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
