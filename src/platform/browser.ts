// The one place that imports webextension-polyfill. Everything else goes through src/platform,
// so the promise-based API and its types are the same in Chrome and Firefox.
import type Polyfilled from "webextension-polyfill";

export type { Runtime, Storage, Tabs } from "webextension-polyfill";

/**
 * Firefox's own `browser` already is the promise-based API: there the polyfill only hands it back (its
 * source checks `browser.runtime.id` and exports `globalThis.browser`). So the Firefox build takes it
 * directly, and the dead branch drops the polyfill's API tables from every script, the content script
 * included (about 1 KB gzipped on every page).
 */
export const browser: Polyfilled.Browser =
  __BROWSER__ === "firefox"
    ? (globalThis as unknown as { browser: Polyfilled.Browser }).browser
    : require("webextension-polyfill");

/**
 * False once this script's extension context is gone (reloaded, updated, disabled, removed): Chrome then
 * drops `runtime.id`, and Firefox may throw on any access to the API.
 */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Reads a message from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
