// Background: the toolbar badge, keyboard commands and message routing. It holds no state of its own,
// so the Chrome service worker can be stopped and restarted at any time.
import { describeQuote } from "../core/anchor";
import { passageLink } from "../core/highlights/fragment";
import { browser } from "../platform/browser";
import { BackgroundRequest, handleMessages, sendToTab } from "../platform/messages";
import { repairStoredSettings } from "../platform/storage";
import { searchNames } from "../ui/entity-info";
import { recordAnchorStates } from "./anchor-states";
import { runDiscovery } from "./discovery";
import { entityViews } from "./entity-views";
import { pageMatcher, startEntriesMatcher } from "./entries-matcher";
import { reconcileHighlightIndex, startHighlightIndex } from "./highlight-index";
import { openEntryForm, openHighlight, openReview, saveSelectionIn, startMenus } from "./highlights";
import { aboutName, startKeepingIndex, tagCounts } from "./keeping";
import { startSiteAccess, toggleSite } from "./site-access";

// Registered first and synchronously: a storage change is what wakes the service worker for the index.
startHighlightIndex(searchNames);
startKeepingIndex();
startEntriesMatcher();
startMenus();
startSiteAccess();

handleMessages(
  BackgroundRequest,
  {
    "randnotiz:page-summary": async ({ distinct, active }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await browser.action.setBadgeText({ tabId, text: active && distinct > 0 ? String(distinct) : "" });
      return undefined;
    },
    "randnotiz:open-highlight": ({ source, id }) => openHighlight(source, id),
    "randnotiz:anchor-report": async ({ states }) => {
      await recordAnchorStates(states);
      return undefined;
    },
    "randnotiz:index-damaged": async () => {
      void reconcileHighlightIndex();
      return undefined;
    },
    "randnotiz:discover-run": ({ blocks, lang }) => runDiscovery({ blocks, lang }),
    "randnotiz:entity-views": ({ entities, lang }) => entityViews(entities, lang),
    "randnotiz:matcher": ({ rebuild }) => pageMatcher(rebuild),
    "randnotiz:about-name": ({ entity }) => aboutName(entity),
    "randnotiz:tag-counts": () => tagCounts(),
    "randnotiz:passage-link": ({ source, quote, page }) => passageLink(source, quote, page),
    "randnotiz:describe-quote": async ({ text, start, end }) => describeQuote(text, start, end),
    "randnotiz:open-timeline": async ({ entity }) => {
      await openReview(`?name=${encodeURIComponent(entity)}`);
      return undefined;
    },
  },
  { ownsChannel: false },
);

browser.action.setBadgeBackgroundColor({ color: "#3b5b8c" }).catch(() => {});

// Settings from an older release are migrated once here rather than by every tab that reads them.
const repair = () =>
  repairStoredSettings().catch((error) => console.error("Randnotiz: could not repair settings.", error));
browser.runtime.onInstalled.addListener(repair);
browser.runtime.onStartup.addListener(repair);

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The tab's host name. Without the "tabs" permission tab.url is hidden (the shortcut grants activeTab
 * only in Chrome), so the content script, which knows its own location, is asked.
 */
async function hostOf(tab: { id?: number; url?: string }): Promise<string | null> {
  if (tab.url) {
    const host = URL.canParse(tab.url) ? new URL(tab.url).hostname : "";
    if (host) return host;
  }
  if (tab.id === undefined) return null;
  const summary = await sendToTab(tab.id, { type: "randnotiz:summary" }).catch(() => null);
  return summary?.host || null;
}

export async function runCommand(command: string): Promise<void> {
  const tab = await activeTab();
  if (!tab?.id) return;
  if (command === "toggle-site") {
    const host = await hostOf(tab);
    if (host) await toggleSite(host);
  } else if (command === "save-highlight") await saveSelectionIn(tab.id);
  else if (command === "next-entity" || command === "previous-entity")
    await sendToTab(tab.id, { type: "randnotiz:step", direction: command === "next-entity" ? 1 : -1 });
}

browser.commands.onCommand.addListener((command) => {
  runCommand(command).catch((error) => console.error(`Randnotiz: command ${command} failed.`, error));
});

// Exposed for tests, which cannot press a browser shortcut in headless mode.
(globalThis as { randnotiz?: unknown }).randnotiz = { runCommand, openEntryForm };
