// Pages that try to break an extension, both browsers (issue 13): a page that sabotages its own JS world,
// a strict Content-Security-Policy sent as a real header, and right-to-left pages with Latin names.
// Each test checks that the names are found, the page's DOM is its own, and no slice of ours is long.
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { annotationsOf, type BrowserName, setSettings } from "./harness";
import {
  bodyMarkup,
  FIXTURE_SETTINGS,
  FIXTURES,
  firstPass,
  fixtureSession,
  gap,
  openTooltip,
  openWatched,
  pause,
  recordLongTasks,
  safeBodyText,
  safeTiming,
} from "./hostile-kit";

const CSP = "default-src 'none'; style-src 'none'";

/** Body markup at DOMContentLoaded, before our content script (document_idle) could touch anything. */
const snapshotAtReady = (page: Page) =>
  page.evaluateOnNewDocument(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { __before: string }).__before = document.body.outerHTML;
    });
  });

const markupAtReady = (page: Page) =>
  page.evaluate(() => (window as unknown as { __before: string }).__before);

async function checkTiming(page: Page, name: BrowserName): Promise<void> {
  const timing = await safeTiming(page);
  console.log(
    `${name}: ${timing.count} slices, max ${timing.max.toFixed(1)} ms, long: [${timing.ourLongTasks}]`,
  );
  expect(timing.count).toBeGreaterThan(0);
  expect(timing.max).toBeLessThan(50);
  expect(timing.ourLongTasks).toEqual([]);
}

describe.each<BrowserName>(["chromium", "firefox"])("hostile pages in %s", (name) => {
  const env = fixtureSession(name, { [`${FIXTURES}/csp.html`]: { "content-security-policy": CSP } });

  const open = (file: string, origin = env.server.origin) =>
    openWatched(env.session, `${origin}/${FIXTURES}/${file}`, async (page) => {
      await recordLongTasks(page);
      await snapshotAtReady(page);
    });

  test("a page that overrides Array, appendChild, JSON, Promise, requestIdleCallback and performance.now in its world", async () => {
    const { page, errors } = await open("scripts.html");
    await firstPass(page);
    const { annotations } = await annotationsOf(env.session, page);
    const text = await safeBodyText(page);
    expect(new Set(annotations.map((a) => a.entity))).toEqual(
      // Astana is the world pack's capital of Kazakhstan.
      new Set([
        "ovks",
        "kasachstan",
        "armenien",
        "paschinjan",
        "kreml",
        "peskow",
        "moskau",
        "tokajew",
        "astana",
      ]),
    );
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.exact);

    const { box } = await openTooltip(env.session, page, "OVKS", "ovks");
    expect(box.right - box.left).toBeGreaterThan(150);
    await page.mouse.move(2, 2);

    // Our whole run (reading, matching, painting, the Preact tooltip) never called the page's versions...
    expect(
      await page.evaluate(() => (window as unknown as { __hostileCalls: object }).__hostileCalls),
    ).toEqual({
      total: 0,
    });
    // ...which are in force in the page's world: the proof that our code runs in a world of its own.
    const sabotaged = await page.evaluate(() => {
      const mapped = [1, 2, 3].map((x) => x);
      let appendFailed = false;
      try {
        document.createElement("div").appendChild(document.createTextNode("x"));
      } catch {
        appendFailed = true;
      }
      return { mapped: mapped.length, appendFailed, now: performance.now(), json: JSON.stringify({ a: 1 }) };
    });
    expect(sabotaged).toEqual({ mapped: 0, appendFailed: true, now: 0, json: "null" });

    expect(await bodyMarkup(page)).toBe(await markupAtReady(page));
    await checkTiming(page, name);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a strict CSP header (default-src 'none'; style-src 'none') still shows marks and the tooltip", async () => {
    // The same file without the header, on the shared server: how marks and the tooltip look normally.
    const control = (await open("csp.html", env.session.server.origin)).page;
    const { page, errors } = await open("csp.html");
    await Promise.all([firstPass(control), firstPass(page)]);
    // The header is in force: the page's own <style> is refused.
    const color = (p: Page) => p.evaluate(() => getComputedStyle(document.querySelector("p")!).color);
    expect(await color(control)).toBe("rgb(255, 0, 0)");
    expect(await color(page)).not.toBe("rgb(255, 0, 0)");

    const names = async (p: Page) => (await annotationsOf(env.session, p)).annotations.map((a) => a.entity);
    expect(await names(page)).toEqual(["ovks", "kasachstan", "paschinjan", "moskau"]);
    expect(await names(page)).toEqual(await names(control));

    // Marks are painted: the highlight registry holds a range on "OVKS" and its underline is drawn.
    const painted = (p: Page) =>
      p.evaluate(() => {
        let onOvks = 0;
        for (const [key, highlight] of CSS.highlights) {
          if (!key.startsWith("randnotiz-")) continue;
          for (const r of highlight as Highlight)
            if (r.startContainer.textContent?.includes("OVKS")) onOvks++;
        }
        return onOvks;
      });
    expect(await painted(page)).toBeGreaterThan(0);
    const shot = async (p: Page) => {
      await p.bringToFront();
      const { x, y, width, height } = await p.evaluate(() => {
        const t = document.querySelector("article p")!.firstChild as Text;
        const r = document.createRange();
        r.setStart(t, t.data.indexOf("OVKS"));
        r.setEnd(t, t.data.indexOf("OVKS") + 4);
        const b = r.getBoundingClientRect();
        return {
          x: Math.floor(b.x),
          y: Math.floor(b.y),
          width: Math.ceil(b.width),
          height: Math.ceil(b.height) + 4,
        };
      });
      return p.screenshot({ clip: { x, y, width, height }, encoding: "base64" });
    };
    // The word looks different with marks than with the extension switched off (same page, same CSP).
    const marked = await shot(page);
    await setSettings(env.session, {
      ...DEFAULT_SETTINGS,
      language: "de",
      tooltipDelay: 100,
      enabled: false,
    });
    await page.waitForFunction(() => CSS.highlights.size === 0);
    const bare = await shot(page);
    expect(marked).not.toBe(bare);
    await setSettings(env.session, FIXTURE_SETTINGS);
    await page.waitForFunction(() => CSS.highlights.size > 0);

    // The tooltip's own stylesheet lives in its shadow root: it must apply under the CSP as it does without.
    await control.bringToFront();
    const normal = (await openTooltip(env.session, control, "OVKS", "ovks")).box;
    await control.mouse.move(2, 2);
    await page.bringToFront();
    const strict = await openTooltip(env.session, page, "OVKS", "ovks");
    expect(strict.state.text).toContain("OVKS");
    expect(strict.box.right - strict.box.left).toBeCloseTo(normal.right - normal.left, -1);
    expect(strict.box.bottom - strict.box.top).toBeCloseTo(normal.bottom - normal.top, -1);
    await page.mouse.move(2, 2);

    expect(await bodyMarkup(page)).toBe(await markupAtReady(page));
    await checkTiming(page, name);
    expect(errors).toEqual([]);
    await control.close();
    await page.close();
  });

  test.each([
    ["rtl-ar.html", "CSTO"],
    ["rtl-he.html", "OVKS"],
  ])(
    "right to left (%s): Latin names at the right offsets, the tooltip next to the mark",
    async (file, first) => {
      const { page, errors } = await open(file);
      await firstPass(page);
      const text = await safeBodyText(page);
      // Every occurrence of each name, found independently in the body text.
      const expected: Array<[string, string, number]> = [];
      for (const [entity, word] of [
        ["ovks", "CSTO"],
        ["ovks", "OVKS"],
        ["kasachstan", "Kasachstan"],
        ["paschinjan", "Nikol Paschinjan"],
        ["tokajew", "Tokajew"],
      ] as const) {
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
          expected.push([entity, word, i]);
      }
      expected.sort((a, b) => a[2] - b[2]);
      const { annotations } = await annotationsOf(env.session, page);
      expect(annotations.map((a) => [a.entity, a.exact, a.start])).toEqual(expected);
      for (const a of annotations) expect(a.end - a.start).toBe(a.exact.length);

      for (const [word, entity] of [
        [first, "ovks"],
        ["Tokajew", "tokajew"],
      ] as const) {
        const { mark, box } = await openTooltip(env.session, page, word, entity);
        const inViewport = box.right > 0 && box.bottom > 0 && box.left < box.vw && box.top < box.vh;
        expect(inViewport).toBe(true);
        expect(gap(box, mark)).toBeLessThan(300);
        await page.mouse.move(2, 2);
        await pause(400);
      }
      expect(await bodyMarkup(page)).toBe(await markupAtReady(page));
      await checkTiming(page, name);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
