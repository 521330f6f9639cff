// The popup's side of "only on sites I choose": asks the browser for host permissions from the reader's
// click, stores the choice in the same handler (Firefox may close the popup while it shows its prompt), and
// puts the old state back when the browser refuses.
import { useCallback, useEffect, useState } from "preact/hooks";
import { type AccessMode, type Settings, withAccess, withSiteActive } from "../core/settings";
import { browser } from "../platform/browser";
import {
  hasAllSites,
  hasSite,
  releaseAllSites,
  releaseSite,
  requestAllSites,
  requestSite,
} from "../platform/permissions";
import { updateSettings } from "../platform/storage";
import type { MessageKey } from "../ui/i18n";
import { hostOfUrl, type PageState } from "./model";
import type { SiteAccessProps } from "./SiteAccess";

/**
 * The tab's host when its content script does not answer: in Firefox a site that is not chosen has no
 * content script, and the popup learns the URL through activeTab (the reader clicked the toolbar button).
 */
export function useTabHost(tabId: number | null | undefined, page: PageState): string {
  const [host, setHost] = useState("");
  useEffect(() => {
    if (page.kind === "ready") setHost(page.summary.host);
    else if (page.kind === "unavailable" && typeof tabId === "number") {
      browser.tabs
        .get(tabId)
        .then((tab) => setHost(hostOfUrl(tab.url)))
        .catch(() => setHost(""));
    } else setHost("");
  }, [tabId, page]);
  return host;
}

export function useSiteAccess(
  settings: Settings | null,
  host: string,
  save: (next: Settings) => void,
): SiteAccessProps {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [allGranted, setAllGranted] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  // Known before the click, so a click asks only for what is missing: Chrome prompts even for hosts its
  // content-script matches already grant (measured: the request never settles headless), Firefox does not.
  const check = useCallback(() => {
    void hasAllSites().then(setAllGranted);
    if (host) void hasSite(host).then(setGranted);
    else setGranted(null);
  }, [host]);
  useEffect(check, [check]);

  /** Undoes an optimistic write of access/sites when the browser said no. */
  const refused = useCallback(
    (before: Settings) => {
      setNotice("popupAccessRefused");
      updateSettings((now) => ({ ...now, access: before.access, sites: before.sites }))
        .catch((error) => console.error("Randnotiz: could not restore settings.", error))
        .finally(check);
    },
    [check],
  );

  const onAccess = useCallback(
    (access: AccessMode) => {
      if (!settings || settings.access === access) return;
      setNotice(null);
      if (access === "all") {
        const asked = allGranted ? Promise.resolve(true) : requestAllSites();
        save(withAccess(settings, "all"));
        void asked.then((ok) => {
          // A tab without a content script is reloaded by the background (permissions.onAdded).
          if (!ok) return refused(settings);
          check();
        });
        return;
      }
      save(withAccess(settings, "chosen"));
      void releaseAllSites().then((released) => {
        if (!released) setNotice("popupAccessKept");
        check();
      });
    },
    [settings, allGranted, save, check, refused],
  );

  const onAllowSite = useCallback(
    (site: string, allow: boolean) => {
      if (!settings || !site) return;
      setNotice(null);
      if (allow) {
        const asked = granted ? Promise.resolve(true) : requestSite(site);
        save(withSiteActive(settings, site, true));
        void asked.then((ok) => {
          if (!ok) return refused(settings);
          setGranted(true);
        });
        return;
      }
      save(withSiteActive(settings, site, false));
      // Chrome keeps the host (it is part of the required all-sites access); the rule alone turns it off.
      void releaseSite(site).finally(check);
    },
    [settings, granted, save, check, refused],
  );

  return { granted, notice, onAccess, onAllowSite };
}
