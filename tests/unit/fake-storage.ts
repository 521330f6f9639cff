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

  /** Delivered later, to the listeners there were at the write: a browser picks the recipients then. */
  private emit(changes: Record<string, Change>) {
    const recipients = [...this.listeners];
    setTimeout(() => {
      for (const listener of recipients) listener(structuredClone(changes), "local");
    }, 0);
  }
}

const event = () => ({ addListener: () => {}, removeListener: () => {} });

type Fn = (...args: never[]) => void;
/** An event whose listeners can be called: `fire` calls each one, later, as browsers deliver events. */
function liveEvent<L extends Fn>() {
  const listeners = new Set<L>();
  return {
    listeners,
    addListener: (l: L) => listeners.add(l),
    removeListener: (l: L) => listeners.delete(l),
    fire: (...args: Parameters<L>) =>
      setTimeout(() => {
        for (const l of listeners) l(...args);
      }, 0),
  };
}

interface FakePort {
  name: string;
  onMessage: ReturnType<typeof liveEvent<(message: unknown) => void>>;
  onDisconnect: ReturnType<typeof liveEvent<() => void>>;
  postMessage(message: unknown): void;
  disconnect(): void;
}

/**
 * runtime.connect and runtime.onConnect within one test: `connect` hands the other end to every onConnect
 * listener; a message or a disconnect on one end reaches the other.
 */
export function fakePorts() {
  const onConnect = liveEvent<(port: FakePort) => void>();
  const end = (name: string): FakePort => ({
    name,
    onMessage: liveEvent(),
    onDisconnect: liveEvent(),
    postMessage() {},
    disconnect() {},
  });
  const connect = ({ name }: { name: string }): FakePort => {
    const mine = end(name);
    const theirs = end(name);
    let open = true;
    const close = (other: FakePort) => () => {
      if (!open) return;
      open = false;
      other.onDisconnect.fire();
    };
    mine.postMessage = (m) => open && theirs.onMessage.fire(m);
    theirs.postMessage = (m) => open && mine.onMessage.fire(m);
    mine.disconnect = close(theirs);
    theirs.disconnect = close(mine);
    onConnect.fire(theirs);
    return mine;
  };
  return { onConnect, connect };
}

/** The slice of webextension-polyfill the storage layer and the index keeper use, over `area()`. */
export function fakeBrowser(area: () => FakeArea, ports = fakePorts()) {
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
    runtime: { onInstalled: event(), onStartup: event(), onConnect: ports.onConnect, connect: ports.connect },
  };
}

interface StorageModules {
  /** storage.local of the current test: a new FakeArea before each test. */
  area: FakeArea;
  store: typeof import("../../src/platform/highlights");
  keeper: typeof import("../../src/background/highlight-index");
  anchorStates: typeof import("../../src/background/anchor-states");
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
    env.anchorStates = require("../../src/background/anchor-states");
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
