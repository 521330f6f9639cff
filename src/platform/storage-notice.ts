// Open pages are told, not sent (docs/integrity.md): a content script never listens to storage.local, so a
// bulk write (an import of 30 MB, a sync) is not delivered whole to every frame of every open tab, each of
// which would receive and decode it. The background, which hears every change anyway to keep the page
// index, tells each tab which keys changed, grouped by page; a frame reads only its own page's keys.
// The `highlight:*` keys stay the source of truth: a frame that missed a notice reads them on its next load.
import * as v from "valibot";
import type { HighlightChange } from "../core/highlights/index-model";
import { planIndexUpdate } from "../core/highlights/index-model";
import { browser } from "./browser";
import { type HighlightChanges, validHighlights } from "./highlights";
import { StorageNotice } from "./messages";
import { hearRelayed, relayLocalChanges } from "./storage-events";

type Notice = v.InferOutput<typeof StorageNotice>;

/**
 * Page listeners, with the page index keys each follows; null: any page (called with no changes, only
 * the news that something changed).
 */
const pageListeners = new Map<(changes: HighlightChanges) => void, readonly string[] | null>();

/** Every changed highlight key on one of `pages`, once. */
function keysOn(notice: Notice, pages: readonly string[]): string[] {
  const out = new Set<string>();
  for (const [page, ...keys] of notice.pages) if (pages.includes(page!)) for (const key of keys) out.add(key);
  return [...out];
}

async function receive(notice: Notice): Promise<void> {
  await hearRelayed(notice.keys);
  if (!notice.pages.length) return;
  for (const [callback, pages] of [...pageListeners]) {
    const keys = pages ? keysOn(notice, pages) : [];
    if (pages && !keys.length) continue;
    const now = keys.length ? await browser.storage.local.get(keys) : {};
    const valid = new Map(validHighlights(keys.map((k) => [k, now[k]])).map((h) => [h.key, h.annotation]));
    if (pageListeners.has(callback))
      callback(keys.map((key) => ({ key, annotation: valid.get(key) ?? null })));
  }
}

/**
 * Content scripts: storage.local changes come from the background's notices from now on (storage.sync's
 * still from the browser). Returns the function that stops hearing the notices.
 */
export function hearThroughBackground(): () => void {
  relayLocalChanges();
  const listener = (raw: unknown): undefined => {
    if (v.is(StorageNotice, raw)) receive(raw).catch(console.error);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Calls back with the changed highlights that are, or were, on one of `pages` (page index keys): each with
 * its current value, or null when it was removed or is no valid highlight. With `pages` null, on any change
 * and with no changes (nothing is read). Only for contexts that called hearThroughBackground; returns the
 * function that stops it.
 */
export function onPageHighlightsChanged(
  pages: readonly string[] | null,
  callback: (changes: HighlightChanges) => void,
): () => void {
  const own = (changes: HighlightChanges) => callback(changes);
  pageListeners.set(own, pages);
  return () => pageListeners.delete(own);
}

/** The background's side: the pages a batch of highlight changes touched, each as [page, ...changed keys]. */
export function pagesTouched(changes: readonly HighlightChange[]): string[][] {
  return [...planIndexUpdate(changes)].map(([page, d]) => [page, ...new Set([...d.add, ...d.remove])]);
}

/** The background's side: tells every tab (every frame) that these keys changed. Never throws. */
export async function tellTabs(keys: readonly string[], pages: string[][]): Promise<void> {
  if (!keys.length && !pages.length) return;
  const notice: Notice = { type: "randnotiz:storage-changed", keys: [...keys], pages };
  try {
    const tabs = (await browser.tabs?.query({})) ?? [];
    // A tab without our content script (a page we do not run on, a browser page) refuses: nothing to tell.
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, notice).catch(() => undefined),
      ),
    );
  } catch (error) {
    console.warn("Randnotiz: could not tell the open tabs what changed.", error);
  }
}
