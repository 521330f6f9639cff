// Atomic imports over an in-memory storage.local with a quota (docs/integrity.md): the room is checked
// before the first write, a chunk that fails is rolled back, the outcome says what happened, and ids
// spelled differently from the stored ones are skipped, never replaced.
import { toCollection } from "../../src/core/highlights/exchange";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { FakeArea, fakeBrowser } from "./fake-storage";

/**
 * storage.local with Chrome's quota rules: a write over QUOTA_BYTES fails whole, after `failAfter` writes.
 * A removal of more than `removable` keys is refused whole, as Firefox refuses a large removal when its
 * quota is full.
 */
class QuotaArea extends FakeArea {
  QUOTA_BYTES = Number.POSITIVE_INFINITY;
  failAfter = Number.POSITIVE_INFINITY;
  removable = Number.POSITIVE_INFINITY;
  writes = 0;
  override async remove(keys: string | string[]): Promise<void> {
    if ((Array.isArray(keys) ? keys.length : 1) > this.removable)
      throw new Error("QuotaExceededError: storage.local API call exceeded its quota limitations.");
    return super.remove(keys);
  }
  async getBytesInUse(_keys: null): Promise<number> {
    let bytes = 0;
    for (const [key, value] of this.data) bytes += key.length + JSON.stringify(value).length;
    return bytes;
  }
  override async set(items: Record<string, unknown>): Promise<void> {
    if (++this.writes > this.failAfter) throw new Error("QUOTA_BYTES quota exceeded");
    return super.set(items);
  }
}

let area: QuotaArea;
jest.mock("../../src/platform/browser", () => ({ browser: fakeBrowser(() => area) }));
const { importFile } = require("../../src/platform/import") as typeof import("../../src/platform/import");

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const item = (n: number, id = `urn:uuid:${uuid(n)}`): WebAnnotation => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id,
  type: "Annotation",
  motivation: "highlighting",
  created: "2026-12-01T10:00:00.000Z",
  target: {
    source: `https://news.example/${n % 50}`,
    selector: [{ type: "TextQuoteSelector", exact: `Zitat ${n} ${"x".repeat(200)}` }],
  },
});
const file = (items: WebAnnotation[]) => JSON.stringify(toCollection(items, "2026-12-05T00:00:00.000Z"));
const none = { highlights: new Set<string>(), entries: new Set<string>() };
const snapshot = () => JSON.stringify([...area.data].sort(([a], [b]) => (a < b ? -1 : 1)));

beforeEach(() => {
  area = new QuotaArea();
});

test("a write that fails half-way is rolled back: storage is exactly as it was, and the outcome says so", async () => {
  area.data.set("highlight:keep", item(0));
  area.data.set("settings-like", { a: 1 });
  const before = snapshot();
  area.failAfter = 2; // the third chunk fails
  const progress: number[] = [];
  const outcome = await importFile(
    file(Array.from({ length: 7000 }, (_, i) => item(i + 1))),
    none,
    (p) => progress.push(p.written),
    2000,
  );
  expect(outcome).toEqual({ ok: false, changed: false, error: expect.stringMatching(/quota.*full/) });
  expect(snapshot()).toBe(before);
  expect(progress).toEqual([0, 2000, 4000]);
});

test("a rollback whose large removals are refused too removes in smaller batches: storage as it was", async () => {
  area.data.set("highlight:keep", item(0));
  const before = snapshot();
  area.failAfter = 1; // the second chunk fails
  area.removable = 150; // and removals of more than 150 keys are refused (a full quota in Firefox)
  const outcome = await importFile(
    file(Array.from({ length: 5000 }, (_, i) => item(i + 1))),
    none,
    () => {},
    3000,
  );
  expect(outcome).toEqual({ ok: false, changed: false, error: expect.stringMatching(/quota/i) });
  expect(snapshot()).toBe(before);
});

test("a rollback that cannot remove anything says how many keys are left, never that nothing changed", async () => {
  area.failAfter = 1;
  area.removable = 0;
  const outcome = await importFile(
    file(Array.from({ length: 5000 }, (_, i) => item(i + 1))),
    none,
    () => {},
    3000,
  );
  expect(outcome).toMatchObject({ ok: false, changed: true, left: 5000 });
  expect(area.data.size).toBe(3000);
});

test("no room: refused before the first write, with the sizes", async () => {
  area.QUOTA_BYTES = 300_000;
  const outcome = await importFile(file(Array.from({ length: 2000 }, (_, i) => item(i))), none);
  expect(outcome).toMatchObject({ ok: false, changed: false });
  expect(!outcome.ok && outcome.error).toMatch(/^not enough room: the import needs about \d+\.\d MB/);
  expect(area.writes).toBe(0);
  expect(area.data.size).toBe(0);
});

test("everything fits: every item is stored, progress reaches the total", async () => {
  area.QUOTA_BYTES = 10 * 1024 * 1024;
  const progress: Array<[number, number]> = [];
  const outcome = await importFile(
    file(Array.from({ length: 2500 }, (_, i) => item(i))),
    none,
    (p) => progress.push([p.written, p.total]),
    2000,
  );
  expect(outcome).toEqual({ ok: true, highlights: 2500, entries: 0, skipped: 0 });
  expect([...area.data.keys()].filter((k) => k.startsWith("highlight:"))).toHaveLength(2500);
  expect(progress).toEqual([
    [0, 2500],
    [2000, 2500],
    [2500, 2500],
  ]);
});

test.each([
  ["URN:UUID:", (n: number) => `URN:UUID:${uuid(n)}`],
  ["bare", (n: number) => uuid(n)],
  ["upper case", (n: number) => `urn:uuid:${uuid(n).toUpperCase()}`],
])(
  "an id spelled %s that maps to a stored key is skipped and counted, the stored one kept",
  async (_n, spell) => {
    const mine = { ...item(1), body: [{ type: "TextualBody", value: "meine Notiz", purpose: "commenting" }] };
    area.data.set(`highlight:${uuid(1)}`, mine);
    // The page did not know it (another tab, an outside tool): storage has the last word.
    const outcome = await importFile(file([item(1, spell(1)), item(2)]), none);
    expect(outcome).toEqual({ ok: true, highlights: 1, entries: 0, skipped: 1 });
    expect(area.data.get(`highlight:${uuid(1)}`)).toEqual(mine);
    expect(area.data.size).toBe(2);
  },
);

test("a broken file changes nothing and says which item is wrong", async () => {
  const items = [item(1), { ...item(2), target: { source: 5 } }] as unknown as WebAnnotation[];
  const outcome = await importFile(file(items), none);
  expect(outcome).toEqual({ ok: false, changed: false, error: "item 2: target.source must be a string" });
  expect(area.writes).toBe(0);
});
