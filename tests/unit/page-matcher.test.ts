/** @jest-environment jsdom */
// The content script carries no matcher: it reads the one the background stores ("matcher:entries") or,
// when there is none it can read, asks the background for it (docs/scanner.md, "The page's matcher"). Here
// the real page controller meets the real background code over an in-memory storage, in every order the
// answer, the storage write and a restarting background can arrive: the page always ends up marking with
// the seed pack's names, and a second copy of the same matcher does not start a second pass.
import { FakeArea } from "./fake-storage";

// Read from disk once for the whole file: each test loads fresh modules (jest.resetModules).
jest.mock(
  "randnotiz:factbase",
  () => {
    const cache = globalThis as { seedFactbase?: unknown };
    cache.seedFactbase ??= require("../../scripts/factbase-files").buildFactbaseFromDisk();
    return cache.seedFactbase;
  },
  { virtual: true },
);

type Message = { type: string; rebuild?: boolean };
type Listener = (changes: Record<string, unknown>, area: string) => void;

const env = {
  area: new FakeArea(),
  /** The content script's runtime messages listeners: where the background's storage notices arrive. */
  pageListeners: new Set<(message: unknown) => unknown>(),
  /** What the background does with a runtime message (set per test). */
  background: (_message: Message): Promise<unknown> => Promise.reject(new Error("no background")),
  sent: [] as Message[],
};

jest.mock("../../src/platform/browser", () => ({
  browser: {
    storage: {
      get local() {
        return env.area;
      },
      onChanged: {
        addListener: (l: Listener) => env.area.listeners.add(l),
        removeListener: (l: Listener) => env.area.listeners.delete(l),
      },
    },
    runtime: {
      id: "randnotiz-test",
      getManifest: () => ({ version: "9.9.9" }),
      sendMessage: (message: Message) => {
        env.sent.push(message);
        return env.background(message);
      },
      onMessage: {
        addListener: (l: (message: unknown) => unknown) => env.pageListeners.add(l),
        removeListener: (l: (message: unknown) => unknown) => env.pageListeners.delete(l),
      },
      onInstalled: { addListener: () => {} },
      onStartup: { addListener: () => {} },
    },
    // One open tab: the background's notices (tabs.sendMessage) reach the page's listeners.
    tabs: {
      query: async () => [{ id: 1 }],
      sendMessage: async (_tab: number, message: unknown) => {
        for (const listener of [...env.pageListeners]) listener(message);
      },
    },
    i18n: { getUILanguage: () => "de", getMessage: () => "" },
  },
  contextAlive: () => true,
}));

// The page's parts around the matcher: the annotator records the matcher it was started with.
const started: Array<{ matcher: { find(text: string): Array<{ entity: string }> }; destroyed: boolean }> = [];
jest.mock("../../src/content/annotator", () => ({
  Annotator: class {
    root = document.body;
    painter = {};
    record: (typeof started)[number];
    constructor(_root: Element, options: (typeof started)[number]) {
      this.record = { matcher: options.matcher, destroyed: false };
      started.push(this.record);
    }
    start() {}
    update() {}
    marks() {
      return [];
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));
jest.mock("../../src/content/saved", () => ({
  SavedHighlights: class {
    start = () => Promise.resolve();
    destroy() {}
  },
}));
jest.mock("../../src/content/tooltip", () => ({
  TooltipController: class {
    host = null;
    destroy() {}
  },
}));
jest.mock("../../src/content/painter", () => ({ highlightsSupported: () => true }));
jest.mock("../../src/content/lifetime", () => ({ removeLeftovers: () => {}, watchContext: () => () => {} }));

type Background = typeof import("../../src/background/entries-matcher");
type Controller = typeof import("../../src/content/controller");
type Stored = typeof import("../../src/platform/entries-matcher");

// The seed article's opening names (tests/fixtures and the seed pack): what any page matcher must find.
const TEXT = "Wladimir Putin sprach mit Olaf Scholz in Berlin über die Ukraine und die NATO.";

let background: Background;
let controller: Controller;
let stored: Stored;
let pages: Array<InstanceType<Controller["PageController"]>> = [];

beforeAll(() => {
  globalThis.structuredClone ??= <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
});

beforeEach(() => {
  env.area = new FakeArea();
  env.sent = [];
  started.length = 0;
  pages = [];
  jest.resetModules();
  background = require("../../src/background/entries-matcher");
  controller = require("../../src/content/controller");
  stored = require("../../src/platform/entries-matcher");
  env.background = (message) => background.pageMatcher(message.rebuild);
  // A page hears storage.local only through the background's notices (docs/integrity.md, "Open pages are
  // told, not sent"): what the background's index keeper does with every key that is not a highlight.
  env.pageListeners = new Set();
  const { tellTabs } = require("../../src/platform/storage-notice");
  env.area.listeners.add((changes) => void tellTabs(Object.keys(changes), []));
});

afterEach(() => {
  for (const page of pages) page.destroy();
});

async function until(what: string, condition: () => boolean): Promise<void> {
  // Generous: a loaded machine is slow, and this waits for a state, not for a time.
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function openPage(): void {
  const page = new controller.PageController({ inFrame: true, site: location });
  pages.push(page);
  void page.init();
}

const marking = () => started.filter((a) => !a.destroyed);
const foundIn = (run: (typeof started)[number]) => new Set(run.matcher.find(TEXT).map((m) => m.entity));
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("a page gets its matcher whatever the order of events", () => {
  test("fresh install: nothing stored, the page asks, the background writes it and the page marks the seed names", async () => {
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(env.sent).toEqual([{ type: "randnotiz:matcher", rebuild: false }]);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
    // Types and labels come with it: the script carries none.
    const entities: typeof import("../../src/content/entities") = require("../../src/content/entities");
    for (const id of foundIn(started[0]!)) {
      const known = entities.entity(id);
      expect(known?.type).toBeDefined();
      expect(known?.label.de).not.toBe("");
      expect(known?.label.en).not.toBe("");
      expect(known?.own).toBe(false);
    }
    expect(entities.entity("putin")?.label.en).toBe("Vladimir Putin");
    // The background's write reaches the page too: the same matcher starts no second pass.
    await until("the stored key", () => env.area.data.has(stored.MATCHER_KEY));
    await settled();
    expect(started).toHaveLength(1);
  });

  test("with only the seed pack on and no entries a matcher is stored all the same, and read without asking", async () => {
    await background.rebuildEntriesMatcher();
    expect(env.area.data.has(stored.MATCHER_KEY)).toBe(true);
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(env.sent).toEqual([]);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
  });

  test("the storage write arrives while the background's answer never does", async () => {
    let write: () => void = () => {};
    env.background = () => {
      write = () => void background.rebuildEntriesMatcher();
      return new Promise(() => {});
    };
    openPage();
    await until("the request", () => env.sent.length === 1);
    expect(marking()).toHaveLength(0);
    write();
    await until("a pass", () => marking().length === 1);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
  });

  test("a restarting background (no answer, then an error) is asked again", async () => {
    let calls = 0;
    env.background = (message) =>
      ++calls < 3
        ? Promise.reject(new Error("Receiving end does not exist"))
        : background.pageMatcher(message.rebuild);
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(calls).toBe(3);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
  });

  test("storage full: the background cannot store the matcher, and the page marks with its answer", async () => {
    env.area.failWith = new Error("QUOTA_BYTES quota exceeded");
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(env.area.data.has(stored.MATCHER_KEY)).toBe(false);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
    expect(error).toHaveBeenCalledWith("Randnotiz: could not store the page matcher.", env.area.failWith);
    error.mockRestore();
  });

  test("another build's stored matcher is not used: the page asks and the background replaces it", async () => {
    await background.rebuildEntriesMatcher();
    const old = env.area.data.get(stored.MATCHER_KEY) as { stamp: string };
    env.area.data.set(stored.MATCHER_KEY, { ...old, stamp: "0.0.1/2020-01-01" });
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(env.sent).toEqual([{ type: "randnotiz:matcher", rebuild: false }]);
    expect((env.area.data.get(stored.MATCHER_KEY) as { stamp: string }).stamp).toBe(old.stamp);
  });

  test("a damaged stored matcher of this build is compiled again on the page's request", async () => {
    await background.rebuildEntriesMatcher();
    const good = env.area.data.get(stored.MATCHER_KEY) as { serial: object };
    env.area.data.set(stored.MATCHER_KEY, { ...good, serial: { ...good.serial, tables: "AAAA" } });
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    openPage();
    await until("a pass", () => marking().length === 1);
    expect(env.sent).toEqual([{ type: "randnotiz:matcher", rebuild: true }]);
    expect(foundIn(started[0]!).size).toBeGreaterThanOrEqual(4);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  test("storage cleared while marking: the marks stay, and the background's new write (the same names) starts no new pass", async () => {
    background.startEntriesMatcher();
    await background.rebuildEntriesMatcher();
    openPage();
    await until("a pass", () => marking().length === 1);
    await env.area.remove(stored.MATCHER_KEY);
    await until("the key written again", () => env.area.data.has(stored.MATCHER_KEY));
    await settled();
    expect(started).toHaveLength(1);
    expect(marking()).toHaveLength(1);
  });
});
