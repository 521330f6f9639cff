// When the extension is reloaded or updated, the content script already running in an open tab is cut off
// from it (src/content/lifetime.ts). Chromium leaves the old script alone in the tab: it notices and takes
// its marks, tooltip and listeners off the page. Firefox nukes the old script and injects the new one, which
// removes what the old one left (tooltip, keyboard mark) and marks the page again. The reload is
// runtime.reload() in Chromium; in Firefox the same build is installed again over itself (an update), because
// puppeteer's BiDi session stops answering when the extension reloads itself there.
import { join } from "node:path";
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TooltipState } from "../../src/platform/messages";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  ROOT,
  type Session,
  setSettings,
  waitFor,
} from "./harness";

/** What the page shows of us: registered highlights and the tooltip's host element. */
const onPage = (page: Page) =>
  page.evaluate(() => ({
    highlights: CSS.highlights.size,
    current: CSS.highlights.has("randnotiz-current"),
    tooltip: document.querySelector("randnotiz-tooltip") !== null,
  }));

describe.each<BrowserName>(["chromium", "firefox"])("extension lifetime in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "en", tooltipDelay: 50 });
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a reload of the extension leaves the open page with no marks, no tooltip and no errors", async () => {
    const page = await openAnnotated(session, "assets/demo/en.html");
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));

    // A tooltip is open, so there is a host element and listeners to take down.
    await waitFor(
      async () => {
        await askTab(session, page, { type: "randnotiz:reveal", entity: "armenien" });
        return askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
      },
      (s) => s.open,
      "a tooltip open",
    );
    const before = await onPage(page);
    expect(before.highlights).toBeGreaterThan(0);
    expect(before.tooltip).toBe(true);
    expect(before.current).toBe(true);
    // Firefox's new script reports its first pass like any start-up.
    await page.evaluate(() => {
      (window as unknown as { __again: Promise<void> }).__again = new Promise((resolve) =>
        document.addEventListener("randnotiz:annotated", () => resolve(), { once: true }),
      );
    });

    if (name === "chromium") {
      // runtime.reload() ends the extension's pages and worker, and with them the test's way into it: the
      // call may never answer, so the test goes on after the reload has been asked for.
      const asked = session
        .inExtension(() => {
          // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium.
          const api = (globalThis as any).chrome;
          setTimeout(() => api.runtime.reload(), 50);
        }, null)
        .catch(() => {});
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 1000))]);
    } else {
      await session.browser.installExtension(join(ROOT, "build/firefox"));
    }

    // The reader comes back to the page and points at it. Chromium's old script takes everything down;
    // Firefox's new one starts without an error, removes the old tooltip and keyboard mark, and marks the page.
    const after = await waitFor(
      async () => {
        await page.mouse.move(40, 40);
        await page.mouse.move(200, 200, { steps: 2 });
        return onPage(page);
      },
      (s) => !s.tooltip && !s.current && (name === "firefox" ? s.highlights > 0 : s.highlights === 0),
      "the old marks and tooltip to leave the page",
    );
    expect(after.tooltip).toBe(false);
    if (name === "firefox")
      await page.evaluate(() => (window as unknown as { __again: Promise<void> }).__again);
    // The page's own text is untouched.
    expect(await page.evaluate(() => document.body.textContent?.includes("Armenia"))).toBe(true);
    expect(errors.filter((e) => /randnotiz|context invalidated|dead object/i.test(e))).toEqual([]);
  });
});
