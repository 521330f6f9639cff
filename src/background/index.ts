// Background: the toolbar badge, keyboard commands and message routing. It holds no state of its own,
// so the Chrome service worker can be stopped and restarted at any time.
import { isActiveOn } from "../core/settings";
import { browser } from "../platform/browser";
import { type BackgroundApi, handleMessages, sendToTab } from "../platform/messages";
import { loadSettings, saveSettings } from "../platform/storage";

handleMessages<BackgroundApi>({
  "randnotiz:page-summary": async ({ distinct, active }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    await browser.action.setBadgeText({ tabId, text: active && distinct > 0 ? String(distinct) : "" });
    return undefined;
  },
});

browser.action.setBadgeBackgroundColor({ color: "#3b5b8c" }).catch(() => {});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Flips the current site's rule so that it ends up the opposite of what the reader sees now. */
export async function toggleSite(url: string | undefined): Promise<void> {
  if (!url) return;
  const host = new URL(url).hostname;
  if (!host) return;
  const settings = await loadSettings();
  const sites = { ...settings.sites };
  const nowActive = isActiveOn(settings, host);
  delete sites[host];
  if (isActiveOn({ ...settings, sites }, host) === nowActive) sites[host] = nowActive ? "off" : "on";
  await saveSettings({ ...settings, sites });
}

export async function runCommand(command: string): Promise<void> {
  const tab = await activeTab();
  if (!tab?.id) return;
  if (command === "toggle-site") await toggleSite(tab.url);
  else if (command === "next-entity" || command === "previous-entity")
    await sendToTab(tab.id, { type: "randnotiz:step", direction: command === "next-entity" ? 1 : -1 });
}

browser.commands.onCommand.addListener((command) => {
  runCommand(command).catch((error) => console.error(`Randnotiz: command ${command} failed.`, error));
});

// Exposed for tests, which cannot press a browser shortcut in headless mode.
(globalThis as { randnotiz?: unknown }).randnotiz = { runCommand };
