// "Only on sites I choose", driven through the popup (opened as a tab: headless browsers cannot open the
// action popup). Chromium keeps the content script's hosts (only the reader can withhold them), so there the
// setting alone decides; Firefox really gives the hosts up and asks for each chosen site.
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  annotationsOf,
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
  setSettings,
  tabIdOf,
  waitFor,
} from "./harness";

const ALL_SITES = ["http://*/*", "https://*/*"];

describe.each<BrowserName>(["chromium", "firefox"])("site access in %s", (name) => {
  let session: Session;
  const open: Page[] = [];

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setSettings(session, DEFAULT_SETTINGS);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close().catch(() => {})));
    // Firefox: asking for all sites again needs a click, so the popup puts the default permissions back.
    if (!(await grantsAllSites())) {
      await setSettings(session, { ...DEFAULT_SETTINGS, access: "chosen" });
      const page = await track(session.browser.newPage());
      await page.goto(`${session.server.origin}/assets/demo/de.html`);
      const popup = await openPopup(page);
      await press(popup, 'input[name="access"][value="all"]');
      await waitFor(grantsAllSites, Boolean, "all sites to be granted again");
    }
    await setSettings(session, DEFAULT_SETTINGS);
  });

  async function track(page: Promise<Page>): Promise<Page> {
    const p = await page;
    open.push(p);
    return p;
  }

  const origins = (): Promise<string[]> =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return ((await api.permissions.getAll()).origins ?? []) as string[];
    }, null);

  const grantsAllSites = async () => {
    const granted = await origins();
    return ALL_SITES.every((o) => granted.includes(o));
  };

  const storedSettings = () =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await (api.storage.sync ?? api.storage.local).get("settings")).settings;
    }, null);

  async function openPopup(page: Page): Promise<Page> {
    const tabId = await tabIdOf(session, page);
    const popup = await track(openExtensionPage(session, `popup.html?tab=${tabId}`));
    await popup.waitForSelector('input[name="access"]:not(:disabled)');
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    return popup;
  }

  /** How many marks the page has now; null when no content script answers (Firefox, a host not granted). */
  const marks = (page: Page): Promise<number | null> =>
    annotationsOf(session, page).then(
      (answer) => answer.annotations.length,
      () => null,
    );

  const marked = (page: Page, what: string) =>
    waitFor(
      () => marks(page),
      (n) => (n ?? 0) > 0,
      what,
    );
  const unmarked = (page: Page, what: string) =>
    waitFor(
      () => marks(page),
      (n) => !n,
      what,
    );

  /** Clicks in the popup tab; brought to the front first, since a hidden tab gets no input (Chromium). */
  async function press(popup: Page, selector: string): Promise<void> {
    await popup.bringToFront();
    await popup.click(selector);
  }

  /** Runs the toggle-site shortcut's command on `page`'s tab, through the background's test hook. */
  async function toggleCommand(page: Page): Promise<void> {
    await page.bringToFront();
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: untyped extension globals.
      const g = globalThis as any;
      const background = g.randnotiz ? g : await g.browser.runtime.getBackgroundPage();
      await background.randnotiz.runCommand("toggle-site");
    }, null);
  }

  const pages = async () => [
    await track(openAnnotated(session, "assets/demo/de.html")),
    await track(openAnnotated(session, "assets/demo/de.html", session.otherServer.origin)),
  ];

  test("by default every site is marked and the popup offers all sites", async () => {
    const [here, other] = await pages();
    expect(await marks(here!)).toBeGreaterThan(0);
    expect(await marks(other!)).toBeGreaterThan(0);
    expect(await grantsAllSites()).toBe(true);
    const popup = await openPopup(here!);
    expect(
      await popup.$eval('input[name="access"][value="all"]', (e) => (e as HTMLInputElement).checked),
    ).toBe(true);
  });

  if (name === "chromium") {
    test("chosen: no site marked; allowing this site marks it alone; back to all marks both", async () => {
      const [here, other] = await pages();
      const popup = await openPopup(here!);
      await press(popup, 'input[name="access"][value="chosen"]');
      await unmarked(here!, "this site's marks to go");
      await unmarked(other!, "the other host's marks to go");
      const summary = await askTab<{ active: boolean }>(session, here!, { type: "randnotiz:summary" });
      expect(summary.active).toBe(false);
      expect(await here!.evaluate(() => CSS.highlights.size)).toBe(0);
      // Chrome refuses to remove required hosts, and the popup says so.
      expect(await grantsAllSites()).toBe(true);
      await popup.waitForSelector('.access-notice[data-notice="popupAccessKept"]');
      expect(await popup.$eval(".switch-text", (e) => e.textContent)).toBeTruthy();
      expect(await popup.$eval('label[for="site"] .switch-text', (e) => e.textContent)).toMatch(
        /allow|erlauben/i,
      );

      await press(popup, "#site");
      await marked(here!, "this site to be marked again once allowed");
      expect((await storedSettings()).sites).toEqual({ [new URL(here!.url()).hostname]: "on" });
      expect(await popup.$eval("#site", (e) => (e as HTMLInputElement).checked)).toBe(true);
      expect(await marks(other!)).toBe(0);
      await other!.reload();
      await new Promise((r) => setTimeout(r, 1000));
      expect(await marks(other!)).toBe(0);

      await press(popup, 'input[name="access"][value="all"]');
      await marked(other!, "the other host to be marked again");
      await marked(here!, "this site to stay marked");
      expect((await storedSettings()).access).toBe("all");
      expect((await storedSettings()).sites).toEqual({});
    });
  }

  if (name === "chromium") {
    test("chosen: the site shortcut allows and disallows the active site (Chrome grants it already)", async () => {
      const [here, other] = await pages();
      await setSettings(session, { ...DEFAULT_SETTINGS, access: "chosen" });
      await unmarked(here!, "no site to be marked in chosen mode");
      await toggleCommand(here!);
      await marked(here!, "the shortcut to allow this site");
      expect((await storedSettings()).sites).toEqual({ [new URL(here!.url()).hostname]: "on" });
      expect(await marks(other!)).toBe(0);
      await toggleCommand(here!);
      await unmarked(here!, "the shortcut to disallow it again");
      expect((await storedSettings()).sites).toEqual({});
    });
  }

  if (name === "firefox") {
    test("chosen gives all sites up; an allowed site is granted and marked; back to all", async () => {
      const [here, other] = await pages();
      const host = new URL(here!.url()).hostname;
      const popup = await openPopup(here!);
      await press(popup, 'input[name="access"][value="chosen"]');
      await waitFor(origins, (o) => !o.some((x) => ALL_SITES.includes(x)), "all sites to be given up");
      // The content scripts already running follow the setting; they are not unloaded with the permission.
      await unmarked(here!, "this site's marks to go");
      await unmarked(other!, "the other host's marks to go");
      expect(await popup.$$eval(".access-notice", (n) => n.length)).toBe(0);

      // The shortcut cannot ask Firefox for a site (that takes the popup's click): it allows nothing.
      await toggleCommand(here!);
      await new Promise((r) => setTimeout(r, 500));
      expect((await storedSettings()).sites).toEqual({});
      expect(await marks(here!)).toBe(0);

      await press(popup, "#site");
      await waitFor(
        origins,
        (o) => o.includes(`http://${host}/*`) && o.includes(`https://${host}/*`),
        "this site to be granted",
      );
      await marked(here!, "this site to be marked once allowed");
      expect((await storedSettings()).sites).toEqual({ [host]: "on" });
      expect(await grantsAllSites()).toBe(false);

      // Loaded again, the granted site gets its content script; the other host gets none.
      await here!.reload();
      await marked(here!, "the allowed site to be marked after a reload");
      await other!.reload();
      await new Promise((r) => setTimeout(r, 1500));
      expect(await marks(other!)).toBeNull();

      // Disallowing releases the site's origins.
      await press(popup, "#site");
      await waitFor(origins, (o) => !o.includes(`http://${host}/*`), "this site to be released");
      await unmarked(here!, "this site's marks to go once disallowed");

      await press(popup, 'input[name="access"][value="all"]');
      await waitFor(grantsAllSites, Boolean, "all sites to be granted again");
      // The other tab has no content script: the background reloads it once its site is granted.
      await marked(other!, "the other host to be reloaded and marked after all sites came back");
      expect((await storedSettings()).access).toBe("all");
    });
  }
});
