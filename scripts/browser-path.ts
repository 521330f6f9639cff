// Where to find the browsers: CHROME_PATH / FIREFOX_PATH, else Debian's packages. Never downloads one.
import { existsSync } from "node:fs";

export function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const CHROME_MISSING =
  "Chromium was not found: install it with `sudo apt-get install chromium` or set CHROME_PATH to a Chrome or Chromium binary.";
export const FIREFOX_MISSING =
  "Firefox ESR was not found: install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH to a Firefox binary.";

/** Flags that keep headless Chromium quiet and offline on a locked-down machine. */
export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-default-apps",
];
