// The popup's connection to the extension: reads and writes settings, finds the tab it describes, asks
// that tab's content script what it found, and passes everything to PopupForm as props.
import { useCallback, useEffect, useState } from "preact/hooks";
import type { Settings } from "../core/settings";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { PageSummary } from "../core/summary";
import { browser } from "../platform/browser";
import { loadRecords } from "../platform/highlights";
import type { DiscoveredDetail } from "../platform/messages";
import { listenFor, sendToBackground, sendToTab } from "../platform/messages";
import { loadSettings, onSettingsChanged, saveSettings } from "../platform/storage";
import { factsAsOf } from "../ui/entity-info";
import { useLanguage } from "../ui/use-language";
import type { CommandInfo, PageState } from "./model";
import { PopupForm } from "./PopupForm";
import { useDiscovery } from "./use-discovery";
import { useOwnLookup } from "./use-own-lookup";
import { useSiteAccess, useTabHost } from "./use-site-access";

/** Retries cover a page whose content script has not started yet (it runs at document_idle). */
const SUMMARY_RETRIES = [0, 250, 750];

/** `?tab=ID` names the tab (popup opened as a tab or detached window); else the current window's active tab. */
export async function targetTab(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function askSummary(tabId: number): Promise<PageSummary | null> {
  for (const wait of SUMMARY_RETRIES) {
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    const summary = await sendToTab(tabId, { type: "randnotiz:summary" }).catch(() => null);
    if (summary) return summary;
  }
  return null;
}

function usePage(tabId: number | null | undefined): PageState {
  const [page, setPage] = useState<PageState>({ kind: "loading" });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setPage({ kind: "unavailable" });
      return;
    }
    let live = true;
    const refresh = async () => {
      const summary = await askSummary(tabId);
      if (live) setPage(summary ? { kind: "ready", summary } : { kind: "unavailable" });
    };
    // The content script reports each finished pass to the background; extension pages hear it too,
    // which is the moment the list can change (a settings change, new text on the page).
    const stop = listenFor("randnotiz:page-summary", (_, sender) => {
      if (sender.tab?.id === tabId) void refresh();
    });
    void refresh();
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return page;
}

function useCommands(): CommandInfo[] {
  const [commands, setCommands] = useState<CommandInfo[]>([]);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setCommands(all.map((c) => ({ name: c.name ?? "", shortcut: c.shortcut ?? "" }))))
      .catch(() => setCommands([]));
  }, []);
  return commands;
}

export function PopupContainer({ search }: { search: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const page = usePage(tabId);
  const commands = useCommands();
  const [savedTotal, setSavedTotal] = useState<number | null>(null);
  const discovery = useDiscovery(tabId);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // A missing or damaged snapshot found here is repaired by the background at once (docs/integrity.md).
    loadRecords(() => void sendToBackground({ type: "randnotiz:index-damaged" }).catch(() => {}))
      .then((records) => setSavedTotal(records.length))
      .catch(() => setSavedTotal(null));
    const unsubscribe = onSettingsChanged(setSettings);
    targetTab(search)
      .then(setTabId)
      .catch(() => setTabId(null));
    return unsubscribe;
  }, [search]);

  const { lang, t, lookup: bundled } = useLanguage(settings, "extName");
  const lookup = useOwnLookup(bundled);

  const onChange = useCallback((next: Settings) => {
    setSettings(next);
    saveSettings(next).catch((error) => console.error("Randnotiz: could not save settings.", error));
  }, []);

  const tabHost = useTabHost(tabId, page);
  const access = useSiteAccess(settings, tabHost, onChange);

  const onReveal = useCallback(
    (entity: string) => {
      if (typeof tabId !== "number") return;
      sendToTab(tabId, { type: "randnotiz:reveal", entity }).catch(() => {
        // The tab went away or navigated; the next refresh shows that.
      });
    },
    [tabId],
  );

  const onEditShortcuts = useCallback(() => {
    // Firefox has a call for its shortcut page (typed as always there; older builds lack it). Chrome lets an
    // extension open chrome://extensions/shortcuts in a tab.
    const commands = browser.commands as Partial<typeof browser.commands>;
    const opened = commands.openShortcutSettings
      ? Promise.resolve(commands.openShortcutSettings())
      : browser.tabs.create({ url: "chrome://extensions/shortcuts" });
    opened
      .then(() => window.close())
      .catch((error) => console.error("Randnotiz: cannot open shortcuts.", error));
  }, []);

  const onOpenReview = useCallback(() => {
    browser.tabs
      .create({ url: browser.runtime.getURL("review.html") })
      .then(() => window.close())
      .catch((error) => console.error("Randnotiz: cannot open the saved highlights.", error));
  }, []);

  const onRevealName = useCallback(
    (name: DiscoveredDetail) => {
      if (typeof tabId !== "number") return;
      sendToTab(tabId, { type: "randnotiz:reveal-text", text: name.forms[0] ?? name.text }).catch(() => {});
    },
    [tabId],
  );

  // The entry form lives on the review page's "My entries" tab, prefilled with the forms seen here.
  const onAddName = useCallback((name: DiscoveredDetail) => {
    const params = new URLSearchParams({
      tab: "entries",
      add: name.text,
      aliases: name.forms.filter((form) => form !== name.text).join("|"),
      type: name.kind,
    });
    browser.tabs
      .create({ url: browser.runtime.getURL(`review.html?${params}`) })
      .then(() => window.close())
      .catch((error) => console.error("Randnotiz: cannot open my entries.", error));
  }, []);

  return (
    <PopupForm
      t={t}
      lang={lang}
      settings={settings ?? DEFAULT_SETTINGS}
      ready={settings !== null}
      page={page}
      lookup={lookup}
      commands={commands}
      factsAsOf={factsAsOf}
      onChange={onChange}
      onReveal={onReveal}
      onEditShortcuts={onEditShortcuts}
      savedTotal={savedTotal}
      onOpenReview={onOpenReview}
      tabHost={tabHost}
      access={access}
      discover={{
        state: discovery.state,
        onStart: discovery.start,
        onReveal: onRevealName,
        onAdd: onAddName,
      }}
    />
  );
}
