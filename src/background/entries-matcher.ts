// Keeps "matcher:entries" in step with the reader's entries and the packs they switched on: after any
// change to an entry:* key (from the popup, the review page, an import or another device), to the pack
// switches, and when the extension starts or updates, the enabled packs and all entries are compiled once,
// here, and stored for every page (platform/entries-matcher.ts). It is always stored, the seed pack alone
// included: the content script carries no matcher of its own, and a page that finds none (a fresh install
// before the first write, storage cleared, another build's) asks for it (docs/scanner.md).
import factbase from "randnotiz:factbase";
import { entryTerms } from "../core/entries";
import { entityIdOf } from "../core/entries/model";
import { extraTypes } from "../core/entries/packed";
import { matchTerms } from "../core/factbase/terms";
import { compile } from "../core/match/compile";
import { SEP, toSerial, unpackEntity } from "../core/match/serial";
import { type EntityType, enabledPacks, type Settings } from "../core/settings";
import { browser } from "../platform/browser";
import { loadEntries, onEntriesChanged } from "../platform/entries";
import {
  loadEntriesMatcher,
  matcherStamp,
  onEntriesMatcherChanged,
  type StoredEntriesMatcher,
  saveEntriesMatcher,
} from "../platform/entries-matcher";
import { loadSettings, onSettingsChanged } from "../platform/storage";

/** Changes often come in bursts (an import writes thousands of keys): one rebuild after the burst. */
const SETTLE_MS = 150;

const bundledType = new Map<string, EntityType>(factbase.entities.map((e) => [e.id, e.type]));
// "de\ten" per fact-base entity: the page names a mark with it before the tooltip's view arrives.
const labelLine = new Map(
  factbase.entities.map((e) => [e.id, `${e.label.de}\t${e.label.en}`.replace(/[\n]/g, " ")]),
);

let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();
let lastPacks = "";

export async function rebuildEntriesMatcher(): Promise<StoredEntriesMatcher> {
  const [entries, settings] = await Promise.all([loadEntries(), loadSettings()]);
  const packs = enabledPacks(settings);
  lastPacks = packKey(settings);
  // With the scanner's automaton: a page lays it out instead of building it (docs/scanner.md).
  const serial = toSerial(compile([...matchTerms(factbase, packs), ...entryTerms(entries)]), {
    prefix: true,
  });
  const own = new Map(entries.map((e) => [entityIdOf(e), e.type]));
  const ids = serial.entities.split(SEP);
  const value: StoredEntriesMatcher = {
    stamp: matcherStamp(factbase.asOf),
    types: extraTypes(
      ids,
      (id) => own.get(id) ?? bundledType.get(id),
      () => false,
    ),
    serial,
    labels: ids.map((id) => labelLine.get(unpackEntity(id)) ?? "").join(SEP),
  };
  // A full storage must not leave pages without marks: the page that asked gets the value all the same.
  await saveEntriesMatcher(value).catch((error: unknown) =>
    console.error("Randnotiz: could not store the page matcher.", error),
  );
  return value;
}

const packKey = (settings: Settings): string => [...enabledPacks(settings)].join(",");

/** One rebuild at a time, in order: the last one always reads the newest entries and packs. */
function enqueue(): Promise<StoredEntriesMatcher> {
  const run = queue.then(rebuildEntriesMatcher);
  queue = run.then(
    () => undefined,
    (error: unknown) => console.error("Randnotiz: could not compile the reader's entries.", error),
  );
  return run;
}

export function scheduleRebuild(delay = SETTLE_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => void enqueue(), delay);
}

/**
 * A page's matcher (the "randnotiz:matcher" message): the stored one when this build wrote it, else
 * compiled and stored now. `rebuild`: the page could not read the stored one, so it is compiled again.
 */
export async function pageMatcher(rebuild = false): Promise<StoredEntriesMatcher> {
  const stored = rebuild ? null : await loadEntriesMatcher(matcherStamp(factbase.asOf));
  return stored ?? enqueue();
}

/** Registered synchronously at start-up: a storage change is what wakes the service worker. */
export function startEntriesMatcher(): void {
  onEntriesChanged(() => scheduleRebuild());
  // A pack switched on or off: pages follow as soon as the new matcher is stored.
  onSettingsChanged((settings) => {
    if (packKey(settings) !== lastPacks) scheduleRebuild(0);
  });
  // Storage was cleared (or the key removed by hand): pages need it, so it is written again at once.
  onEntriesMatcherChanged(matcherStamp(factbase.asOf), (stored) => {
    if (stored === null) scheduleRebuild(0);
  });
  // A new build writes its own stamp (the fact base or the matcher format may have changed).
  browser.runtime.onInstalled.addListener(() => scheduleRebuild(0));
  browser.runtime.onStartup.addListener(() => scheduleRebuild(0));
}
