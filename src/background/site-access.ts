// The background's side of "only on sites I choose": tabs of a site that was just granted get their
// content script, and the site shortcut never allows a site the browser has not granted.
import { isActiveOn, withSiteActive } from "../core/settings";
import { browser } from "../platform/browser";
import { sendToTab } from "../platform/messages";
import { hasSite, releaseSite } from "../platform/permissions";
import { loadSettings, updateSettings } from "../platform/storage";

/**
 * Firefox injects no content script into a tab that was open before its site was granted, and may close the
 * popup while it shows its prompt: the tabs of newly granted origins that have no script are reloaded here,
 * whoever granted them (the popup, or the add-on manager).
 */
export function startSiteAccess(): void {
  browser.permissions.onAdded.addListener(({ origins }) => {
    if (!origins?.length) return;
    reloadWithoutScript(origins).catch((error) =>
      console.error("Randnotiz: could not reload the newly allowed tabs.", error),
    );
  });
}

async function reloadWithoutScript(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const answers = await sendToTab(tab.id, { type: "randnotiz:summary" }).then(
      () => true,
      () => false,
    );
    if (!answers) await browser.tabs.reload(tab.id);
  }
}

/**
 * Flips the site's rule so that it ends up the opposite of what the reader sees now. With "only on sites I
 * choose", a site is allowed only if the browser grants it (Chrome always does; Firefox asks, which needs the
 * popup's click), and switching a site off gives its permission back.
 */
export async function toggleSite(host: string): Promise<void> {
  const settings = await loadSettings();
  const on = !isActiveOn(settings, host);
  if (settings.access === "chosen" && on && !(await hasSite(host))) {
    console.info(`Randnotiz: ${host} is not allowed yet; allow it from the toolbar button.`);
    return;
  }
  await updateSettings((now) => withSiteActive(now, host, on));
  if (settings.access === "chosen" && !on) await releaseSite(host);
}
