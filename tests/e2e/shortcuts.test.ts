// Every command has its suggested key in a fresh profile of both browsers: a browser silently leaves a key
// it refuses unassigned (docs/shortcuts.md), so the manifest alone proves nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserName, launch, ROOT, type Session } from "./harness";

const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as {
  commands: Record<string, { suggested_key: { default: string } }>;
};

describe.each<BrowserName>(["chromium", "firefox"])("shortcuts in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("commands.getAll() reports the manifest's key for every command", async () => {
    const all = await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const commands: Array<{ name?: string; shortcut?: string }> = await api.commands.getAll();
      return commands.map((c) => [c.name ?? "", c.shortcut ?? ""] as [string, string]);
    }, null);
    const assigned = Object.fromEntries(all.filter(([command]) => command !== "_execute_action"));
    const expected = Object.fromEntries(
      Object.entries(manifest.commands).map(([command, c]) => [command, c.suggested_key.default]),
    );
    expect(assigned).toEqual(expected);
  });
});
