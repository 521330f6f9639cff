// Documents that are not plain HTML pages, both browsers (issue 13): XHTML served as XML, an SVG document,
// text/plain, a frameset, a page with no <body> at load, and document.open()/write() after load. Where there
// is a body with prose, it is marked; elsewhere nothing is, and nothing of ours throws. The document's
// markup stays its own, and no slice of ours is long.
import type { Page } from "puppeteer";
import { type AnnotationsAnswer, annotationsOf, type BrowserName, waitFor } from "./harness";
import {
  FIXTURES,
  firstPass,
  fixtureSession,
  openTooltip,
  openWatched,
  pause,
  recordLongTasks,
  safeBodyText,
  safeTiming,
} from "./hostile-kit";

/** The whole document's markup (not only body: some of these have none), without our tooltip host. */
const markup = (page: Page) =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    const hosts = copy.querySelectorAll("randnotiz-tooltip");
    for (let i = 0; i < hosts.length; i++) hosts[i]!.remove();
    return new XMLSerializer().serializeToString(copy);
  });

const pairs = (a: AnnotationsAnswer) => a.annotations.map((m) => [m.entity, m.exact]);

describe.each<BrowserName>(["chromium", "firefox"])("odd documents in %s", (name) => {
  const env = fixtureSession(name);

  /** Opens a fixture with long tasks recorded and its markup kept at DOMContentLoaded (before document_idle). */
  async function open(file: string) {
    const opened = await openWatched(
      env.session,
      `${env.server.origin}/${FIXTURES}/${file}`,
      async (page) => {
        await recordLongTasks(page);
        await page.evaluateOnNewDocument(() => {
          document.addEventListener("DOMContentLoaded", () => {
            (window as unknown as { __before: string }).__before = new XMLSerializer().serializeToString(
              document.documentElement,
            );
          });
        });
      },
    );
    return {
      ...opened,
      atReady: () => opened.page.evaluate(() => (window as unknown as { __before: string }).__before),
    };
  }

  async function checkQuiet(page: Page, errors: string[]): Promise<void> {
    const timing = await safeTiming(page);
    expect(timing.max).toBeLessThan(50);
    expect(timing.ourLongTasks).toEqual([]);
    expect(errors).toEqual([]);
  }

  test("XHTML served as application/xhtml+xml is marked, and the tooltip opens", async () => {
    const { page, errors, atReady } = await open("doc.xhtml");
    await firstPass(page);
    expect(await page.evaluate(() => document.contentType)).toBe("application/xhtml+xml");
    const answer = await annotationsOf(env.session, page);
    expect(pairs(answer)).toEqual(
      expect.arrayContaining([
        ["ovks", "OVKS"],
        ["kasachstan", "Kasachstan"],
      ]),
    );
    const text = await safeBodyText(page);
    for (const a of answer.annotations) expect(text.slice(a.start, a.end)).toBe(a.exact);
    await openTooltip(env.session, page, "OVKS", "ovks");
    await page.mouse.move(2, 2);
    expect(await markup(page)).toBe(await atReady());
    await checkQuiet(page, errors);
    await page.close();
  });

  // Was a bug (src/content/text-index.ts), fixed with this test: SKIP and INLINE hold upper-case tag names and are tested against
  // el.tagName, which is upper case only for HTML elements in an HTML document. In XHTML (an XML document)
  // tagName is "code", "script", "em": code, script and textarea text is read and marked, and inline
  // markup splits a word ("Berg<em>karabach</em>" is not found). Fix: compare el.localName (lower case)
  // for elements in the XHTML namespace, or upper-case tagName once per parent (it is cached there anyway).
  test("XHTML: code, script and form fields are skipped and inline markup joins, as in HTML", async () => {
    const { page } = await open("doc.xhtml");
    await firstPass(page);
    expect(pairs(await annotationsOf(env.session, page))).toEqual([
      ["bergkarabach", "Bergkarabach"],
      ["ovks", "OVKS"],
      ["kasachstan", "Kasachstan"],
    ]);
    await page.close();
  });

  test.each([
    ["an SVG document", "image.svg"],
    ["a text/plain document (its text sits in a <pre>, which is never read)", "plain.txt"],
  ])("%s: nothing is marked, nothing breaks", async (_what, file) => {
    const { page, errors, atReady } = await open(file);
    // There may be no pass at all (no body): give the content script time to start, then ask it.
    await pause(1500);
    const answer = await annotationsOf(env.session, page);
    expect(answer.url).toBe(page.url());
    expect(answer.annotations).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await markup(page)).toBe(await atReady());
    await checkQuiet(page, errors);
    await page.close();
  });

  test("a <frameset> page: no errors; its same-origin frames are marked in their own documents", async () => {
    const { page, errors, atReady } = await open("frameset.html");
    await pause(1500);
    const answer = await annotationsOf(env.session, page);
    expect(answer.url).toBe(page.url());
    // Not a word from the frames in the top page's answer: they are documents of their own.
    expect(answer.annotations.filter((a) => a.entity === "paschinjan")).toEqual([]);
    expect(await markup(page)).toBe(await atReady());
    const frames = page.frames().slice(1);
    expect(frames.length).toBe(2);
    // Each frame is marked by its own content script (all_frames), through highlights: no element added.
    const states = await Promise.all(
      frames.map((frame) =>
        frame.evaluate(() => [
          document.querySelectorAll("randnotiz-tooltip").length,
          CSS.highlights.size > 0,
        ]),
      ),
    );
    expect(states).toEqual(frames.map(() => [0, true]));
    await checkQuiet(page, errors);
    await page.close();
  });

  // Was a bug (src/content/text-index.ts SKIP), fixed with this test: <noframes> is not skipped. Its content is never rendered in a
  // browser that shows frames (display: none, like <noscript>, which is skipped), yet "OVKS" and
  // "Kasachstan" in it are marked and counted in the popup. Fix: add "NOFRAMES" to SKIP.
  test("a <frameset> page: the hidden <noframes> text is not marked", async () => {
    const { page } = await open("frameset.html");
    await pause(1500);
    expect((await annotationsOf(env.session, page)).annotations).toEqual([]);
    await page.close();
  });

  // Was a bug (src/content/controller.ts watchBody), fixed with this test: the observer on <html> only re-applies when an annotator
  // already exists (`if (!this.annotator || …) return`); apply() refuses to start one while
  // document.body is null, so a body that arrives after document_idle is never read. Fix: in the
  // observer, also call apply(this.settings) when there is no annotator and document.body is now set.
  test("a page with no <body> at load is marked once its script adds one", async () => {
    const { page, errors } = await open("late-body.html");
    expect(await page.evaluate(() => document.body)).toBeNull();
    await page.waitForFunction(() => (window as unknown as { __bodyBack?: boolean }).__bodyBack === true);
    const answer = await waitFor(
      () => annotationsOf(env.session, page),
      (a) => a.annotations.length >= 3,
      "marks in the late body",
    );
    expect(pairs(answer)).toEqual([
      ["ovks", "OVKS"],
      ["kasachstan", "Kasachstan"],
      ["paschinjan", "Nikol Paschinjan"],
    ]);
    await checkQuiet(page, errors);
    await page.close();
  });

  // Was a bug (src/content/controller.ts watchBody), fixed with this test: document.open() removes the old <html> element itself
  // and the written document gets a new one; the MutationObserver watches the old element's children,
  // so it never sees the new body, and the annotator keeps reading the detached old one. Fix: also
  // observe `document` (childList) and re-observe the new documentElement when it changes, then apply().
  test("document.open()/write() after load: the written page is marked", async () => {
    const { page, errors } = await open("docwrite.html");
    await firstPass(page);
    expect(pairs(await annotationsOf(env.session, page))).toEqual([
      ["ovks", "OVKS"],
      ["kasachstan", "Kasachstan"],
    ]);
    await page.waitForFunction(() => document.getElementById("after") !== null);
    const answer = await waitFor(
      () => annotationsOf(env.session, page),
      (a) => a.annotations.some((m) => m.entity === "alijew"),
      "marks in the written document",
    );
    expect(pairs(answer)).toEqual([
      ["paschinjan", "Nikol Paschinjan"],
      ["alijew", "Ilham Alijew"],
      ["moskau", "Moskau"],
    ]);
    await checkQuiet(page, errors);
    await page.close();
  });
});
