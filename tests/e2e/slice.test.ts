// The first vertical slice, in both browsers: the demo page is marked through CSS highlights, the DOM is
// untouched, and the annotations message answers as docs/interfaces.md says.
import type { Page } from "puppeteer";
import { annotationsOf, type BrowserName, launch, openAnnotated, type Session } from "./harness";

describe.each<BrowserName>(["chromium", "firefox"])("slice in %s", (name) => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launch(name);
    page = await openAnnotated(session, "assets/demo/de.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  test("OVKS is marked and reported with offsets into the body's text", async () => {
    const answer = await annotationsOf(session, page);
    expect(answer.url).toBe(page.url());
    const ovks = answer.annotations.filter((a) => a.entity === "ovks");
    expect(ovks.length).toBeGreaterThanOrEqual(6);
    const text = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) all += (n as Text).data;
      return all;
    });
    for (const a of answer.annotations) expect(text.slice(a.start, a.end)).toBe(a.exact);
    const starts = answer.annotations.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  test("marks live in CSS.highlights and nothing was added to the DOM", async () => {
    const state = await page.evaluate(() => ({
      names: [...CSS.highlights.keys()],
      extraElements: document.querySelectorAll("[class*=randnotiz], [id*=randnotiz], mark").length,
    }));
    expect(state.names.some((n) => n.startsWith("randnotiz-organisation"))).toBe(true);
    expect(state.extraElements).toBe(0);
  });

  test("text in the textarea, the input, scripts and code is not marked", async () => {
    const answer = await annotationsOf(session, page);
    const inTraps = await page.evaluate(
      (ranges: Array<[number, number]>) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const hits: string[] = [];
        let offset = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          const trap = n.parentElement?.closest("textarea, script, pre, code, noscript, style");
          if (trap && ranges.some(([s]) => s >= offset && s < offset + len)) hits.push(trap.tagName);
          offset += len;
        }
        return hits;
      },
      answer.annotations.map((a) => [a.start, a.end] as [number, number]),
    );
    expect(inTraps).toEqual([]);
  });
});
