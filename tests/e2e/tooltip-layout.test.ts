// A tall tooltip near the bottom of a small window opens above its mark, whole, when there is room there,
// so "More on Wikipedia" is never cut off; where neither side has room it stays inside the window and
// scrolls (docs/tooltip.md). Both browsers; the shadow root is closed, so the host's box is measured.
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TooltipState } from "../../src/platform/messages";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  type Session,
  setSettings,
  waitFor,
} from "./harness";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each<BrowserName>(["chromium", "firefox"])("tooltip layout in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "en", tooltipDelay: 50 });
  });

  const state = (page: Page) => askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });

  /** Scrolls the `nth` "word" of the body text to viewport height `y` and returns its box. */
  function place(page: Page, word: string, y: number, nth = 0) {
    return page.evaluate(
      (word, y, nth) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(word);
          if (i < 0 || seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          window.scrollBy({ top: range.getBoundingClientRect().top - y, behavior: "instant" });
          const r = range.getClientRects()[0]!;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
        }
        throw new Error(`"${word}" is not on the page`);
      },
      word,
      y,
      nth,
    );
  }

  /** Hovers (x, y) until the tooltip of `entity` is drawn; its host's box. */
  async function hover(page: Page, at: { x: number; y: number }, entity: string) {
    await page.mouse.move(5, 5);
    await waitFor(
      () => state(page),
      (s) => !s.open,
      "the last tooltip to close",
    );
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await waitFor(
      () => state(page),
      (s) => s.open && s.entity === entity,
      `the tooltip of ${entity}`,
    );
    await page.waitForFunction(() => document.querySelector("randnotiz-tooltip")?.checkVisibility());
    await pause(250);
    return measure(page);
  }

  /** The host's box, and how much of the content needs scrolling inside it to be seen. */
  async function measure(page: Page) {
    const box = await page.evaluate(() => {
      const { top, bottom, height } = document.querySelector("randnotiz-tooltip")!.getBoundingClientRect();
      return { top, bottom, height, inner: innerHeight };
    });
    return { ...box, overflow: (await state(page)).overflow };
  }

  test.each([
    ["Nagorno-Karabakh", "bergkarabach"],
    ["Armenia", "armenien"],
  ])("%s near the bottom of the window opens above, whole", async (word, entity) => {
    const page = await openAnnotated(session, "assets/demo/en.html");
    // Its whole height, measured in a window tall enough for all of it below the mark.
    await page.setViewport({ width: 1000, height: 1400 });
    const whole = await hover(page, await place(page, word, 20), entity);
    expect(whole.bottom).toBeLessThan(whole.inner - 100);
    expect(whole.overflow).toBe(0);

    // Where neither side has room for all of it, it stays inside the window (and scrolls inside).
    await page.setViewport({ width: 1000, height: 300 });
    const squeezed = await hover(page, await place(page, word, 140), entity);
    expect(squeezed.top).toBeGreaterThanOrEqual(0);
    expect(squeezed.bottom).toBeLessThanOrEqual(squeezed.inner);
    expect(squeezed.height).toBeLessThan(whole.height);
    // What does not fit scrolls inside the tooltip: "More on Wikipedia" is reachable.
    expect(squeezed.overflow).toBeGreaterThan(0);
    expect(squeezed.overflow).toBeCloseTo(whole.height - squeezed.height, -1);

    // Near the bottom of a window with room above, it opens above, whole: nothing is cut off.
    await page.setViewport({ width: 1000, height: Math.ceil(whole.height) + 120 });
    const low = await place(page, word, whole.height + 80);
    const above = await hover(page, low, entity);
    expect(above.bottom).toBeLessThanOrEqual(low.top + 1);
    expect(above.top).toBeGreaterThanOrEqual(0);
    expect(above.height).toBeCloseTo(whole.height, 0);
    expect(above.overflow).toBe(0);

    // Scrolling an open tooltip's mark towards the bottom moves the tooltip above it, still whole.
    await hover(page, await place(page, word, 20), entity);
    for (const y of [60, 100, whole.height / 2, whole.height + 80]) {
      await place(page, word, y);
      await pause(150);
    }
    const moved = await measure(page);
    expect((await state(page)).entity).toBe(entity);
    expect(moved.bottom).toBeLessThanOrEqual(whole.height + 81);
    expect(moved.top).toBeGreaterThanOrEqual(0);
    expect(moved.height).toBeCloseTo(whole.height, 0);
    expect(moved.overflow).toBe(0);
    await page.close();
  });
});
