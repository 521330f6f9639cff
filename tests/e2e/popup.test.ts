// The popup in both browsers, opened as a tab on popup.html?tab=ID (headless browsers cannot open the
// action popup): its switches reach every open tab at once, its list agrees with the annotations message,
// a click reveals a mention, and the badge counts what is marked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { countEntities } from "../../src/core/summary";
import {
  annotationsOf,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  ROOT,
  type Session,
  setSettings,
  tabIdOf,
  waitFor,
} from "./harness";

const factbase = JSON.parse(readFileSync(join(ROOT, "build/chrome/factbase.json"), "utf8")) as {
  entities: Array<{ id: string; type: string }>;
};
const typeOf = new Map(factbase.entities.map((e) => [e.id, e.type]));

describe.each<BrowserName>(["chromium", "firefox"])("popup in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setSettings(session, DEFAULT_SETTINGS);
  });

  /** Opens the popup for `page`'s tab and waits until it shows something other than "loading". */
  async function openPopup(page: Page): Promise<{ popup: Page; tabId: number }> {
    const tabId = await tabIdOf(session, page);
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    return { popup, tabId };
  }

  const listed = (popup: Page) =>
    popup.$$eval(".entity", (buttons) =>
      buttons.map((b) => ({
        entity: (b as HTMLElement).dataset.entity!,
        count: Number((b as HTMLElement).dataset.count),
      })),
    );

  const badge = (tabId: number): Promise<string> =>
    session.inExtension(
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox; untyped here.
      (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id }),
      tabId,
    );

  test("the entity list matches the annotations message, and the badge counts distinct entities", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { popup, tabId } = await openPopup(page);
    expect(await popup.$eval(".host", (e) => e.textContent)).toBe(new URL(page.url()).hostname);
    const { annotations } = await annotationsOf(session, page);
    const expected = countEntities(annotations.map((a) => a.entity));
    expect(expected.length).toBeGreaterThan(5);
    const shown = await listed(popup);
    expect([...shown].sort((a, b) => a.entity.localeCompare(b.entity))).toEqual(
      [...expected].sort((a, b) => a.entity.localeCompare(b.entity)),
    );
    const groups = await popup.$$eval(".group", (gs) => gs.map((g) => (g as HTMLElement).dataset.type));
    for (const { entity } of shown) expect(groups).toContain(typeOf.get(entity));
    expect(await badge(tabId)).toBe(String(expected.length));
    await Promise.all([popup.close(), page.close()]);
  });

  test("clicking an entity scrolls its first mention into view", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    const firsts = new Map<string, number>();
    for (const a of annotations) if (!firsts.has(a.entity)) firsts.set(a.entity, a.start);
    // The entity whose first mention is furthest down, so revealing it has to scroll.
    const [entity, start] = [...firsts].sort((a, b) => b[1] - a[1])[0]!;
    const { popup } = await openPopup(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click(`.entity[data-entity="${entity}"]`);
    const where = await waitFor(
      () =>
        page.evaluate((offset: number) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const length = (n as Text).data.length;
            if (offset < seen + length) {
              const range = document.createRange();
              range.setStart(n, offset - seen);
              const rect = range.getBoundingClientRect();
              return { scrollY: window.scrollY, top: rect.top, bottom: rect.bottom, height: innerHeight };
            }
            seen += length;
          }
          return null;
        }, start),
      (w) => w !== null && w.scrollY > 0 && w.top >= 0 && w.bottom <= w.height,
      `the first mention of ${entity} to be scrolled into view`,
    );
    expect(where!.scrollY).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  test("a type filter removes that type's marks, and the list follows", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { popup, tabId } = await openPopup(page);
    expect((await listed(popup)).some((e) => typeOf.get(e.entity) === "organisation")).toBe(true);
    await popup.click('input[name="type"][value="organisation"] + span');
    const { annotations } = await waitFor(
      () => annotationsOf(session, page),
      (answer) => !answer.annotations.some((a) => typeOf.get(a.entity) === "organisation"),
      "organisation marks to go",
    );
    expect(annotations.length).toBeGreaterThan(0);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.some((n) => n.startsWith("randnotiz-organisation"))).toBe(false);
    const shown = await waitFor(
      () => listed(popup),
      (list) => !list.some((e) => typeOf.get(e.entity) === "organisation"),
      "the popup list to drop organisations",
    );
    expect(shown.length).toBe(new Set(annotations.map((a) => a.entity)).size);
    expect(await badge(tabId)).toBe(String(shown.length));
    await Promise.all([popup.close(), page.close()]);
  });

  test('switching "this site" off clears its marks at once; a tab on another host keeps its marks', async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const other = await openAnnotated(session, "assets/demo/de.html", session.otherServer.origin);
    expect(new URL(page.url()).hostname).not.toBe(new URL(other.url()).hostname);
    const { popup, tabId } = await openPopup(page);
    expect(await popup.$eval("#site", (e) => (e as HTMLInputElement).checked)).toBe(true);
    await popup.click("#site");
    await waitFor(
      () => annotationsOf(session, page),
      (answer) => answer.annotations.length === 0,
      "the marks on this site to go",
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.waitForSelector('[data-state="inactive"]');
    expect(await badge(tabId)).toBe("");
    expect((await annotationsOf(session, other)).annotations.length).toBeGreaterThan(0);
    expect(await popup.$eval("#site", (e) => (e as HTMLInputElement).checked)).toBe(false);
    await Promise.all([popup.close(), page.close(), other.close()]);
  });

  test("the toggle-site command flips the rule for the active tab's host, and the popup follows", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { popup } = await openPopup(page);
    await page.bringToFront();
    await session.inExtension(async () => {
      // The test hook the background exposes: in Chromium this runs in the service worker itself; in
      // Firefox it runs in an extension page, which reaches the background page.
      // biome-ignore lint/suspicious/noExplicitAny: untyped extension globals.
      const g = globalThis as any;
      const background = g.randnotiz ? g : await g.browser.runtime.getBackgroundPage();
      await background.randnotiz.runCommand("toggle-site");
    }, null);
    await waitFor(
      () => annotationsOf(session, page),
      (answer) => answer.annotations.length === 0,
      "the command to switch this site off",
    );
    await popup.waitForSelector('[data-state="inactive"]');
    expect(await popup.$eval("#site", (e) => (e as HTMLInputElement).checked)).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });

  test("corrupt stored settings fall back to the defaults without breaking page or popup", async () => {
    await setSettings(session, { version: 1, enabled: "yes", sites: 7, style: "both" } as object);
    const page = await openAnnotated(session, "assets/demo/de.html");
    expect((await annotationsOf(session, page)).annotations.length).toBeGreaterThan(0);
    const { popup } = await openPopup(page);
    expect(await popup.$eval("#master", (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(
      await popup.$eval('input[name="style"][value="both"]', (e) => (e as HTMLInputElement).checked),
    ).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  test("a page the content script cannot reach says so instead of showing a blank box", async () => {
    const blank = await session.browser.newPage();
    await blank.goto("about:blank");
    const { popup } = await openPopup(blank);
    expect(await popup.$eval("[data-state]", (e) => (e as HTMLElement).dataset.state)).toBe("unavailable");
    expect(await popup.$eval("#site", (e) => (e as HTMLInputElement).disabled)).toBe(true);
    expect(await popup.$eval("#master", (e) => (e as HTMLInputElement).disabled)).toBe(false);
    // Nothing to read there: discovery cannot be started either.
    expect(await popup.$eval(".discover-start", (e) => (e as HTMLButtonElement).disabled)).toBe(true);
    await Promise.all([popup.close(), blank.close()]);
  });
});
