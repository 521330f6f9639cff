// Saving and opening highlights from outside the page: the context menus (a text selection; the toolbar
// button's own menu) and "Open" on the review page, which has to wait for the new tab to anchor.
import { browser, t } from "../platform/browser";
import { sendToTab } from "../platform/messages";

const SAVE_ID = "randnotiz-save-selection";
const REVIEW_ID = "randnotiz-open-review";
const ENTRY_ID = "randnotiz-add-entry";
/** A selection longer than a name is not one: the form then opens empty rather than with a paragraph. */
const MAX_NAME = 120;

/** Menus persist across service-worker restarts; they are (re)made on install only, so never twice. */
export function startMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: SAVE_ID, title: t("menuSaveSelection"), contexts: ["selection"] });
      browser.contextMenus.create({ id: ENTRY_ID, title: t("menuAddEntry"), contexts: ["selection"] });
      browser.contextMenus.create({ id: REVIEW_ID, title: t("menuOpenReview"), contexts: ["action"] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === REVIEW_ID) void openReview();
    else if (info.menuItemId === SAVE_ID && tab?.id !== undefined) void saveSelectionIn(tab.id);
    else if (info.menuItemId === ENTRY_ID) void openEntryForm(info.selectionText ?? "");
  });
}

/** The review page's "My entries" tab with the add form, prefilled with the selected name. */
export async function openEntryForm(selection: string): Promise<void> {
  const name = selection.replace(/\s+/g, " ").trim();
  const params = new URLSearchParams({ tab: "entries", add: name.length <= MAX_NAME ? name : "" });
  await browser.tabs.create({ url: browser.runtime.getURL(`review.html?${params}`) });
}

/** The review page, with `query` ("?name=…") when given. */
export async function openReview(query = ""): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`review.html${query}`) });
}

/** Asks the tab's content script to save its selection; failures are shown there, and logged here. */
export async function saveSelectionIn(tabId: number): Promise<void> {
  const result = await sendToTab(tabId, { type: "randnotiz:save-selection" }).catch((error: unknown) => ({
    ok: false as const,
    error: String(error),
  }));
  if (!result.ok) console.warn(`Randnotiz: the selection was not saved: ${result.error}`);
}

const REVEAL_TRIES = 40;
const REVEAL_WAIT_MS = 250;

/**
 * Opens `source` in a new tab and reveals highlight `id` once that page has anchored it. The content script
 * starts at document_idle and anchors after its first pass, so the tab is asked until it says yes (~10 s).
 */
export async function openHighlight(source: string, id: string): Promise<boolean> {
  const tab = await browser.tabs.create({ url: source });
  if (tab.id === undefined) return false;
  for (let i = 0; i < REVEAL_TRIES; i++) {
    await new Promise((resolve) => setTimeout(resolve, REVEAL_WAIT_MS));
    const shown = await sendToTab(tab.id, { type: "randnotiz:reveal-highlight", id }).catch(() => false);
    if (shown) return true;
  }
  return false;
}
