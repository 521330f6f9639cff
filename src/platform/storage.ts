// Typed access to extension storage. Settings live in one key of storage.sync (local where sync is missing);
// later item stores keep one key per item so that two tabs never overwrite each other's writes.
import { parseSettings, type Settings, settingsForWrite } from "../core/settings";
import { browser, type Storage } from "./browser";
import { onStorageChange } from "./storage-events";

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

/** Writes `settings`, keeping what a newer release stored that this one does not know (settingsForWrite). */
export async function saveSettings(settings: Settings): Promise<void> {
  const area = settingsArea();
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  await area.set({ [SETTINGS_KEY]: settingsForWrite(settings, stored) });
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
  return onStorageChange(listener);
}

/**
 * Rewrites the stored settings when they were migrated from an older version or repaired, so every
 * context reads the current shape. Only the background calls this, once per start-up, so that open tabs
 * do not race each other to write. Settings from a newer release are left alone.
 */
export async function repairStoredSettings(): Promise<void> {
  const stored = (await settingsArea().get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return;
  const { settings, error, rewrite } = parseSettings(stored);
  if (error) console.error(`Randnotiz: ${error}`);
  if (rewrite) await saveSettings(settings);
}

/** Reads the latest stored settings, applies `change` and writes the result: one read-modify-write. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}
