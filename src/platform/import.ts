// An import lands whole or not at all (docs/integrity.md): the file is checked with the limits of every write,
// each item is compared with what is stored the way keys are made, the room is checked before the first
// write, and the highlights go in chunks; when a chunk fails, every key this import wrote is removed again.
// Only new keys are ever written, so removing them leaves storage.local exactly as it was.

import { type Entry, entryKey } from "../core/entries";
import { errorMessage } from "../core/errors";
import { identityOfIdOrKey, parseImport } from "../core/highlights/exchange";
import { identityOf } from "../core/highlights/limits";
import { keyOf } from "../core/highlights/model";
import { HIGHLIGHT_PREFIX, type WebAnnotation } from "../core/highlights/types";
import { browser, type Storage } from "./browser";
import { holdBackground, type KeysByArea } from "./import-hold";
import { pauseStorageEvents, type StorageChanges } from "./storage-events";

/**
 * Keys per write, and bytes per write. Every write costs a change event in every extension page and a batch
 * in the background (docs/integrity.md, measured): a 30 MB import goes in 2-3 writes, with progress after each.
 */
const CHUNK_KEYS = 10_000;
const CHUNK_BYTES = 16 * 1024 * 1024;
/** What the derived page index and its bookkeeping add per highlight in storage.local (generous). */
const INDEX_BYTES_PER_ITEM = 96;

export type ImportOutcome =
  | { ok: true; highlights: number; entries: number; skipped: number }
  /** Nothing was changed: the file was refused, or what was written was removed again. */
  | { ok: false; error: string; changed: false }
  /** The rollback failed too: `left` keys of this import are still stored (the notice says so). */
  | { ok: false; error: string; changed: true; left: number };

export interface ImportProgress {
  written: number;
  total: number;
}

/** UTF-8 bytes of a string, as storage quotas count them, without allocating an encoded copy. */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800)
      bytes += c >= 0xd800 && c < 0xdc00 ? 1 : 2; // a surrogate pair is 4 bytes over its 2 code units
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

interface Planned {
  key: string;
  value: unknown;
  bytes: number;
}

interface LocalArea {
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
}

/** Free bytes in storage.local by its own quota, or null where the browser does not say (Firefox). */
async function localFree(): Promise<number | null> {
  const area = browser.storage.local as unknown as LocalArea;
  const unlimited = browser.runtime.getManifest?.().permissions?.includes("unlimitedStorage") ?? false;
  if (unlimited || typeof area.getBytesInUse !== "function" || typeof area.QUOTA_BYTES !== "number")
    return null;
  try {
    return area.QUOTA_BYTES - (await area.getBytesInUse(null));
  } catch {
    return null;
  }
}

/** Free bytes of this extension's origin by navigator.storage.estimate (disk-bound), or null. */
async function originFree(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota === undefined || estimate.usage === undefined) return null;
    return estimate.quota - estimate.usage;
  } catch {
    return null;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Null when there is room for `bytes` of items (`count` highlights); else the reason, for the notice. */
export async function roomFor(bytes: number, count: number): Promise<string | null> {
  const need = bytes + count * INDEX_BYTES_PER_ITEM;
  const local = await localFree();
  if (local !== null && need > local)
    return `not enough room: the import needs about ${mb(need)}, the extension's storage has ${mb(Math.max(0, local))} free`;
  // The derived snapshot (IndexedDB) takes about as much again where it shares the origin's quota.
  const origin = await originFree();
  if (origin !== null && 2 * need > origin)
    return `not enough room: the import needs about ${mb(2 * need)}, the browser allows ${mb(Math.max(0, origin))} more`;
  return null;
}

/** Every key in storage.local: its names only where the browser can (getKeys), else with the values. */
async function storedKeys(): Promise<string[]> {
  const area = browser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === "function") return area.getKeys();
  return Object.keys(await browser.storage.local.get(null));
}

/**
 * Items whose key, or the key of the same id spelled as storage makes it, is already stored. The stored key
 * names are read in one call (no values), which is far cheaper than asking for each item's two spellings.
 */
function storedAlready(annotations: readonly WebAnnotation[], keys: readonly string[]): Set<WebAnnotation> {
  const found = new Set<string>();
  for (const key of keys) if (key.startsWith(HIGHLIGHT_PREFIX)) found.add(identityOfIdOrKey(key));
  return new Set(annotations.filter((a) => found.has(identityOf(a.id))));
}

function chunked(items: readonly Planned[], keysPerChunk: number): Planned[][] {
  const out: Planned[][] = [];
  let current: Planned[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length && (current.length >= keysPerChunk || bytes + item.bytes > CHUNK_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length) out.push(current);
  return out;
}

const reason = errorMessage;
const quotaHint = (text: string) =>
  /quota/i.test(text) ? `${text} (the browser's storage for this extension is full)` : text;

/** A User Timing measure per phase of an import (`randnotiz:import-check` …), which bench/import.ts reports. */
function phase(name: string, start: number): void {
  performance.measure(`randnotiz:import-${name}`, { start, end: performance.now() });
}

/**
 * Removes what this import wrote; returns how many keys could not be removed (0 when all were). With the
 * quota full, a large removal can itself be refused: Firefox journals every page it changes before it frees
 * any (seen in tests/e2e/import-failure.test.ts). So a refused batch is tried again a tenth as large, down to
 * single keys; every removal that lands makes room for the next.
 */
async function rollback(keys: readonly string[]): Promise<number> {
  let size = CHUNK_KEYS;
  for (let i = 0; i < keys.length; ) {
    const batch = keys.slice(i, i + size);
    try {
      await browser.storage.local.remove(batch);
      i += batch.length;
    } catch (error) {
      if (size === 1) {
        console.error("Randnotiz: could not undo a failed import.", error);
        return keys.length - i;
      }
      size = Math.max(1, Math.floor(size / 10));
    }
  }
  return 0;
}

/** The storage areas a page may listen to, by the name change events give them. */
const AREAS = ["local", "sync"] as const;

const areaNamed = (name: string): Storage.StorageArea | undefined =>
  (browser.storage as unknown as Record<string, Storage.StorageArea | undefined>)[name];

/** Every key name stored in each area now (local from the duplicate check's read), for `everything`. */
async function keysNow(local: readonly string[]): Promise<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = { local };
  for (const name of AREAS.slice(1)) {
    const area = areaNamed(name);
    if (area) out[name] = Object.keys(await area.get(null).catch(() => ({})));
  }
  return out;
}

/**
 * When the background did not say what changed during the import (it did not answer in time, or it was
 * restarted), the page cannot know which keys others changed: every key is passed on with its current
 * value, and every key stored when the import began and gone now as removed. So the page's view is right
 * again, at the price of one full read (docs/integrity.md, "Fast and whole").
 */
async function everything(
  out: Record<string, StorageChanges>,
  mine: ReadonlySet<string>,
  before: Record<string, readonly string[]>,
): Promise<Record<string, StorageChanges>> {
  for (const name of AREAS) {
    const area = areaNamed(name);
    if (!area) continue;
    try {
      const now = await area.get(null);
      const changes: StorageChanges = out[name] ?? {};
      out[name] = changes;
      for (const [key, value] of Object.entries(now))
        if (!(name === "local" && mine.has(key))) changes[key] = { newValue: value };
      for (const key of before[name] ?? []) if (!(key in now)) changes[key] = {};
    } catch (error) {
      console.error("Randnotiz: could not read storage after the import.", error);
    }
  }
  return out;
}

/**
 * What the importing page did not hear while it wrote: its own items (when they landed), and the current
 * value of every other key that changed meanwhile, read now. Keys it wrote and removed again are left out.
 */
async function missed(
  changed: KeysByArea | null,
  own: ReadonlyMap<string, unknown>,
  mine: ReadonlySet<string>,
  before: Record<string, readonly string[]>,
): Promise<Record<string, StorageChanges>> {
  const local: StorageChanges = {};
  for (const [key, value] of own) local[key] = { newValue: value };
  const out: Record<string, StorageChanges> = { local };
  if (!changed) {
    console.warn("Randnotiz: the background did not say what changed during the import; reading it all.");
    return everything(out, mine, before);
  }
  for (const [name, keys] of Object.entries(changed)) {
    const others = keys.filter((k) => !(name === "local" && mine.has(k)));
    const area = areaNamed(name);
    if (!others.length || !area) continue;
    try {
      const now = await area.get(others);
      const changes: StorageChanges = out[name] ?? {};
      out[name] = changes;
      for (const key of others) changes[key] = key in now ? { newValue: now[key] } : {};
    } catch (error) {
      console.error("Randnotiz: could not read what changed during the import.", error);
    }
  }
  return out;
}

/**
 * Imports a file's text: refuses it whole when anything in it is broken, skips what is stored already,
 * and writes the rest all or nothing, reporting progress after each chunk.
 */
export async function importFile(
  text: string,
  existing: { highlights: ReadonlySet<string>; entries: ReadonlySet<string> },
  onProgress: (progress: ImportProgress) => void = () => {},
  keysPerChunk = CHUNK_KEYS,
): Promise<ImportOutcome> {
  const t0 = performance.now();
  const parsed = parseImport(text, existing.highlights, existing.entries);
  phase("check", t0);
  if (!parsed.ok) return { ok: false, error: parsed.error, changed: false };
  // The page's list may lag behind storage (another tab, an outside tool): storage has the last word.
  const t1 = performance.now();
  const before = await storedKeys();
  const already = storedAlready(parsed.annotations, before);
  const annotations = parsed.annotations.filter((a) => !already.has(a));
  const entries: Entry[] = parsed.entries?.added ?? [];
  const skipped = parsed.duplicates + already.size + (parsed.entries?.duplicates ?? 0);

  const planned: Planned[] = annotations.map((a) => {
    const key = keyOf(a.id);
    return { key, value: a, bytes: utf8Bytes(key) + utf8Bytes(JSON.stringify(a)) };
  });
  const entryItems = entries.map((e) => {
    const key = entryKey(e.id);
    return { key, value: e, bytes: utf8Bytes(key) + utf8Bytes(JSON.stringify(e)) };
  });
  const bytes = [...planned, ...entryItems].reduce((sum, p) => sum + p.bytes, 0);
  const noRoom = await roomFor(bytes, planned.length);
  phase("plan", t1);
  if (noRoom) return { ok: false, error: noRoom, changed: false };
  const t2 = performance.now();

  const written: string[] = [];
  const total = planned.length;
  onProgress({ written: 0, total });
  // This page stops hearing storage changes while it writes, and the background indexes the whole import
  // once, when it ends (docs/integrity.md, "Fast and whole"); afterwards the page hears what it missed.
  // It stops only when the background holds back, which is what can say what changed meanwhile.
  const hold = await holdBackground();
  const keysBefore = hold.held ? await keysNow(before) : {};
  const resume = hold.held ? pauseStorageEvents() : null;
  let landed = false;
  try {
    for (const chunk of chunked(planned, keysPerChunk)) {
      const keys = chunk.map((p) => p.key);
      // Counted before the write: a write that fails may still have stored part of its chunk.
      written.push(...keys);
      await browser.storage.local.set(Object.fromEntries(chunk.map((p) => [p.key, p.value])));
      onProgress({ written: written.length, total });
    }
    if (entryItems.length) {
      written.push(...entryItems.map((p) => p.key));
      await browser.storage.local.set(Object.fromEntries(entryItems.map((p) => [p.key, p.value])));
    }
    landed = true;
  } catch (error) {
    const left = await rollback(written);
    const why = quotaHint(reason(error));
    return left ? { ok: false, error: why, changed: true, left } : { ok: false, error: why, changed: false };
  } finally {
    // Listening again before the background is asked, so no change falls between its answer and now.
    const replay = resume?.();
    const changed = await hold.end();
    if (replay) {
      const own = new Map(landed ? [...planned, ...entryItems].map((p) => [p.key, p.value]) : []);
      replay(await missed(changed, own, new Set(written), keysBefore));
    }
  }
  phase("write", t2);
  return { ok: true, highlights: planned.length, entries: entries.length, skipped };
}
