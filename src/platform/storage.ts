// Typed access to extension storage. Settings live in one key of storage.sync (local where sync is missing);
// later item stores keep one key per item so that two tabs never overwrite each other's writes.
import { parseSettings, type Settings } from "../core/settings";
import { browser, type Storage } from "./browser";

const SETTINGS_KEY = "settings";

function settingsArea(): Storage.StorageArea {
  // Firefox without a sync account still has storage.sync; some builds and test profiles lack it.
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await settingsArea().get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    console.error("Randnotiz: could not read settings, using defaults.", error);
  }
  const { settings, error } = parseSettings(stored);
  if (error) console.error(`Randnotiz: ${error}`);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsArea().set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new settings whenever any context changes them. Returns the unsubscribe function. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>) => {
    const change = changes[SETTINGS_KEY];
    if (!change) return;
    const { settings, error } = parseSettings(change.newValue);
    if (error) console.error(`Randnotiz: ${error}`);
    callback(settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
