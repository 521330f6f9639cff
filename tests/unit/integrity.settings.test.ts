// Settings written by a newer release, replayed through the storage layer every page writes with
// (docs/integrity.md, concurrent edits): a toggle in the popup, the background's start-up repair and a
// read-modify-write keep the fields this release does not know and never lower the version.
import { FakeArea, fakeBrowser } from "./fake-storage";

let area: FakeArea;
jest.mock("../../src/platform/browser", () => ({ browser: fakeBrowser(() => area) }));
const storage = require("../../src/platform/storage") as typeof import("../../src/platform/storage");

/** What a later release might store: a higher version, a field of its own, a type this one lacks. */
const newer = {
  version: 3,
  enabled: true,
  types: { person: true, weather: false },
  future: { a: 1 },
};

beforeEach(() => {
  area = new FakeArea();
  area.data.set("settings", structuredClone(newer));
});

test("the popup's toggle (load, change, save) keeps the newer release's fields and version", async () => {
  const settings = await storage.loadSettings();
  await storage.saveSettings({ ...settings, enabled: false });
  const written = area.data.get("settings") as Record<string, unknown>;
  expect(written).toMatchObject({ version: 3, enabled: false, future: { a: 1 } });
  expect((written.types as Record<string, boolean>).weather).toBe(false);
  expect((await storage.loadSettings()).enabled).toBe(false);
});

test("a read-modify-write and the start-up repair leave a newer release's settings as they were", async () => {
  await storage.repairStoredSettings();
  expect(area.data.get("settings")).toEqual(newer);
  await storage.updateSettings((s) => ({ ...s, enabled: false }));
  expect(area.data.get("settings")).toMatchObject({ version: 3, future: { a: 1 }, enabled: false });
});
