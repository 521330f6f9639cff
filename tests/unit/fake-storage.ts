// storage.local in memory for the highlight storage tests: every read is logged (to prove what a page
// reads), a write can be made to fail, and change events arrive after the write resolves, in order, as
// browsers deliver them.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

export class FakeArea {
  data = new Map<string, unknown>();
  listeners = new Set<Listener>();
  reads: Array<string[] | null> = [];
  failWith: Error | null = null;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const list = keys === null ? null : typeof keys === "string" ? [keys] : keys;
    this.reads.push(list);
    const out: Record<string, unknown> = {};
    for (const key of list ?? this.data.keys())
      if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith) throw this.failWith;
    const changes: Record<string, Change> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, Change> = {};
    for (const key of typeof keys === "string" ? [keys] : keys) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    if (Object.keys(changes).length) this.emit(changes);
  }

  private emit(changes: Record<string, Change>) {
    setTimeout(() => {
      for (const listener of this.listeners) listener(structuredClone(changes), "local");
    }, 0);
  }
}

const event = () => ({ addListener: () => {}, removeListener: () => {} });

/** The slice of webextension-polyfill the storage layer and the index keeper use, over `area()`. */
export function fakeBrowser(area: () => FakeArea) {
  return {
    storage: {
      get local() {
        return area();
      },
      onChanged: {
        addListener: (l: Listener) => area().listeners.add(l),
        removeListener: (l: Listener) => area().listeners.delete(l),
      },
    },
    runtime: { onInstalled: event(), onStartup: event() },
  };
}

interface StorageModules {
  /** storage.local of the current test: a new FakeArea before each test. */
  area: FakeArea;
  store: typeof import("../../src/platform/highlights");
  keeper: typeof import("../../src/background/highlight-index");
  snapshot: typeof import("../../src/platform/snapshot");
  /** Stops the index keeper a test started; called after each test. */
  stop: (() => void) | null;
  /** Fresh module state over the same storage and database: what a restarted worker or a new page sees. */
  restart(): Promise<void>;
}

/**
 * The highlight storage layer, the background's index keeper and the snapshot, over a FakeArea and a
 * fresh fake IndexedDB for each test. Call it at the top of a test file; read the modules from the object
 * it returns, which is refilled before each test.
 */
export function useStorageModules(): StorageModules {
  const env = { stop: null } as StorageModules;
  jest.mock("../../src/platform/browser", () => ({ browser: fakeBrowser(() => env.area) }));
  const stopKeeper = () => {
    env.stop?.();
    env.stop = null;
  };
  env.restart = async () => {
    stopKeeper();
    await env.snapshot?.closeSnapshot();
    jest.resetModules();
    env.store = require("../../src/platform/highlights");
    env.keeper = require("../../src/background/highlight-index");
    env.snapshot = require("../../src/platform/snapshot");
  };
  beforeEach(async () => {
    env.area = new FakeArea();
    globalThis.indexedDB = new IDBFactory();
    globalThis.IDBKeyRange = IDBKeyRange;
    await env.restart();
  });
  afterEach(async () => {
    stopKeeper();
    await env.snapshot.closeSnapshot();
    jest.restoreAllMocks();
  });
  return env;
}
