// Web components (issue 13), both browsers: text in open shadow roots (nested ones, a root on a plain
// <div>, a component defined after load, text added to a root later) is marked, painted and hoverable;
// a closed root is left alone; the page's DOM, shadow trees included, stays as the page made it.
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { PageSummary } from "../../src/core/summary";
import type { TooltipState } from "../../src/platform/messages";
import { annotationsOf, askTab, type BrowserName, setSettings, waitFor } from "./harness";
import {
  FIXTURE_SETTINGS,
  FIXTURES,
  firstPass,
  fixtureSession,
  markedText,
  openWatched,
  recordLongTasks,
  safeTiming,
  wordBox,
} from "./hostile-kit";

/**
 * Installs, in the page's world, a serialiser of the light DOM and every open shadow tree, and keeps its
 * result at DOMContentLoaded: before our content script (document_idle) may run.
 */
function installSnapshot(): void {
  const walk = (root: Document | ShadowRoot): string => {
    let out = "";
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot)
        out += `[${el.localName}#${el.id}:${el.shadowRoot.innerHTML}|${walk(el.shadowRoot)}]`;
    }
    return out;
  };
  const w = window as unknown as { __serialise: () => string; __before: string };
  w.__serialise = () => {
    const copy = document.body.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll("randnotiz-tooltip")) host.remove();
    return `${copy.outerHTML}${walk(document)}`;
  };
  document.addEventListener("DOMContentLoaded", () => {
    w.__before = w.__serialise();
  });
}

const snapshots = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __serialise: () => string; __before: string };
    return { before: w.__before, now: w.__serialise() };
  });

// "Kremlsprecher" is marked as Kreml: German compounds are matched by their head, in shadow trees as anywhere.
const FIRST = ["Armenien", "Bergkarabach", "Jerewan", "Kreml", "Moskau", "OVKS", "Peskow"];

describe.each<BrowserName>(["chromium", "firefox"])("web components in %s", (name) => {
  const env = fixtureSession(name);
  afterEach(async () => {
    await setSettings(env.session, FIXTURE_SETTINGS);
  });

  const open = () =>
    openWatched(env.session, `${env.server.origin}/${FIXTURES}/shadow.html`, async (page) => {
      await recordLongTasks(page);
      await page.evaluateOnNewDocument(installSnapshot);
    });

  const sheetsAdopted = (page: Page) =>
    page.evaluate(() => {
      let n = 0;
      for (const el of document.querySelectorAll("*")) n += el.shadowRoot?.adoptedStyleSheets.length ?? 0;
      const card = document.getElementById("card")!.shadowRoot!;
      return n + (card.querySelector("inner-quote")!.shadowRoot!.adoptedStyleSheets.length ?? 0);
    });

  test("open roots, nested and on a plain element, are marked in the first pass; the closed one is not", async () => {
    const { page, errors } = await open();
    await firstPass(page);
    expect(await markedText(page)).toEqual(FIRST);
    // The popup's list counts them; the annotations answer keeps to its text space (text under body).
    const summary = await askTab<PageSummary>(env.session, page, { type: "randnotiz:summary" });
    expect(summary.entities.map((e) => e.entity).sort()).toEqual(
      ["armenien", "bergkarabach", "eriwan", "kreml", "moskau", "ovks", "peskow"].sort(),
    );
    const { annotations } = await annotationsOf(env.session, page);
    expect(annotations.map((a) => a.exact)).toEqual(["Jerewan", "Moskau"]);
    // Not a node or attribute changed, in the document or in any open shadow tree.
    const { before, now } = await snapshots(page);
    expect(before).toContain("Peskow");
    expect(now).toBe(before);
    const timing = await safeTiming(page);
    expect(timing.max).toBeLessThan(50);
    expect(timing.ourLongTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a component defined after load and text added inside a root are marked without a reload", async () => {
    const { page, errors } = await open();
    await firstPass(page);
    await page.evaluate(() => (window as unknown as { defineLate: () => void }).defineLate());
    await waitFor(
      () => markedText(page),
      (t) => t.includes("Aserbaidschan"),
      "the late component's name",
    );
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Neue Meldung aus Kasachstan.";
      document.getElementById("card")!.shadowRoot!.append(p);
    });
    await waitFor(
      () => markedText(page),
      (t) => t.join() === [...FIRST, "Aserbaidschan", "Kasachstan"].sort().join(),
      "the name added inside a shadow root",
    );
    const timing = await safeTiming(page);
    expect(timing.max).toBeLessThan(50);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("hovering a name inside a shadow root opens its tooltip, nested or not", async () => {
    const { page } = await open();
    await firstPass(page);
    for (const [path, word, entity] of [
      [["plain-host"], "Bergkarabach", "bergkarabach"],
      [["card", "inner-quote"], "Peskow", "peskow"],
    ] as const) {
      const at = await wordBox(page, word, 0, [...path]);
      await page.mouse.move(at.x, at.y, { steps: 2 });
      await waitFor(
        () => askTab<TooltipState>(env.session, page, { type: "randnotiz:tooltip-state" }),
        (s) => s.open && s.entity === entity,
        `the tooltip for ${entity}`,
      );
      await page.mouse.move(2, 2);
      await waitFor(
        () => askTab<TooltipState>(env.session, page, { type: "randnotiz:tooltip-state" }),
        (s) => !s.open,
        "the tooltip to close",
      );
    }
    await page.close();
  });

  test("keyboard steps visit names inside shadow roots where their components stand on the page", async () => {
    const { page } = await open();
    await firstPass(page);
    const seen: Array<string | null> = [];
    for (let i = 0; i < 7; i++) {
      await askTab(env.session, page, { type: "randnotiz:step", direction: 1 });
      const state = await waitFor(
        () => askTab<TooltipState>(env.session, page, { type: "randnotiz:tooltip-state" }),
        (s) => s.open && s.entity !== seen[seen.length - 1],
        `step ${i + 1}`,
      );
      seen.push(state.entity);
    }
    expect(seen).toEqual(["eriwan", "moskau", "ovks", "armenien", "kreml", "peskow", "bergkarabach"]);
    await page.close();
  });

  test("marks inside shadow roots are drawn, and switching off removes every trace", async () => {
    await setSettings(env.session, { ...DEFAULT_SETTINGS, language: "de", style: "background" });
    const { page } = await open();
    await firstPass(page);
    await page.bringToFront();
    const at = await wordBox(page, "Peskow", 0, ["card", "inner-quote"]);
    const clip = {
      x: Math.floor(at.left),
      y: Math.floor(at.top),
      width: Math.ceil(at.right - at.left),
      height: Math.ceil(at.bottom - at.top),
    };
    const on = await page.screenshot({ clip });
    await setSettings(env.session, { ...DEFAULT_SETTINGS, language: "de", enabled: false });
    await waitFor(
      () => markedText(page),
      (t) => t.length === 0,
      "the marks to go",
    );
    const off = await page.screenshot({ clip });
    expect(Buffer.compare(Buffer.from(on), Buffer.from(off))).not.toBe(0);
    // Firefox needs our styles adopted by each root to draw there; nothing of that stays behind.
    expect(await sheetsAdopted(page)).toBe(0);
    const { before, now } = await snapshots(page);
    expect(now).toBe(before);
    await page.close();
  });
});
