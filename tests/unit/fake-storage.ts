// storage.local in memory for the highlight storage tests: every read is logged (to prove what a page
// reads), a write can be made to fail, and change events arrive after the write resolves, in order, as
// browsers deliver them.
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
