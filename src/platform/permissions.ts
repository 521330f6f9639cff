// Host permissions for "only on sites I choose": the one place that calls browser.permissions.
// Chrome keeps the content script's hosts as required (only the reader can withhold them, in its Site access
// menu), so there a grant resolves at once and releasing all sites fails; Firefox really grants and removes.
import { browser } from "./browser";

/** The manifest's content-script hosts, also listed as optional_host_permissions so they can be asked back. */
export const ALL_SITES = ["http://*/*", "https://*/*"];

/** The origin patterns that cover `host` on both schemes. */
export function siteOrigins(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

/** Whether a granted match pattern covers `origin` (an http(s) pattern for one host, or all sites). */
function covers(granted: string, origin: string): boolean {
  const g = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(granted);
  const o = /^(https?):\/\/([^/]+)\/\*$/.exec(origin);
  if (!g || !o) return granted === origin;
  const [, gScheme, gHost] = g as unknown as [string, string, string];
  const [, oScheme, oHost] = o as unknown as [string, string, string];
  if (gScheme !== "*" && gScheme !== oScheme) return false;
  if (gHost === "*" || gHost === oHost) return true;
  return gHost.startsWith("*.") && (oHost === gHost.slice(2) || oHost.endsWith(gHost.slice(1)));
}

/**
 * Whether every one of `origins` is granted. Read from getAll, not contains: Chrome's contains answers
 * false for hosts that only the content script's matches grant, though they are granted.
 */
async function granted(origins: string[]): Promise<boolean> {
  try {
    const all = (await browser.permissions.getAll()).origins ?? [];
    return origins.every((origin) => all.some((pattern) => covers(pattern, origin)));
  } catch {
    return false;
  }
}

export function hasSite(host: string): Promise<boolean> {
  return granted(siteOrigins(host));
}

export function hasAllSites(): Promise<boolean> {
  return granted(ALL_SITES);
}

/**
 * Asks for `origins`. The browser call starts before this returns, so call it straight from a click
 * handler with nothing awaited first: Firefox forgets the user gesture after an await, and Chrome refuses
 * a request without one. Resolves false when refused or failed.
 */
function request(origins: string[]): Promise<boolean> {
  let started: Promise<boolean>;
  try {
    started = browser.permissions.request({ origins });
  } catch (error) {
    started = Promise.reject(error);
  }
  return started.catch((error: unknown) => {
    console.error("Randnotiz: the permission request failed.", error);
    return false;
  });
}

/** Asks for `host` on both schemes; see request() for the synchronous start. */
export function requestSite(host: string): Promise<boolean> {
  return request(siteOrigins(host));
}

/** Asks for every http(s) site back, for access "all"; see request() for the synchronous start. */
export function requestAllSites(): Promise<boolean> {
  return request(ALL_SITES);
}

/** Gives up `host`'s origins. False when the browser keeps them (in Chrome they are part of all sites). */
export async function releaseSite(host: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: siteOrigins(host) });
  } catch {
    return false;
  }
}

/**
 * Gives up access to all sites. Resolves whether the browser really no longer grants them: false in
 * Chrome, which refuses to remove required hosts, true in Firefox.
 */
export async function releaseAllSites(): Promise<boolean> {
  try {
    await browser.permissions.remove({ origins: ALL_SITES });
  } catch {
    // Chrome: "You cannot remove required permissions." The check below reports it.
  }
  try {
    const left = (await browser.permissions.getAll()).origins ?? [];
    return !ALL_SITES.some((pattern) => left.includes(pattern));
  } catch {
    return false;
  }
}
