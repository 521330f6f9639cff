// Frames (issue 13), both browsers: same-origin iframes, srcdoc and about:blank frames are annotated in
// their own documents, and a mark's tooltip is drawn inside its frame; cross-origin frames are left alone;
// the top page alone answers the tab's messages, about its own text.
import type { Frame, Page } from "puppeteer";
import { annotationsOf, type BrowserName, launch, openAnnotated, type Session, waitFor } from "./harness";
import { markedText } from "./hostile-kit";

const TOP = "tests/fixtures/pages/frames/top.html";

describe.each<BrowserName>(["chromium", "firefox"])("frames in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  const frameOf = (page: Page, selector: string) =>
    waitFor(
      async () => {
        const handle = await page.$(selector);
        return (await handle?.contentFrame()) ?? null;
      },
      (f) => f !== null,
      `the frame ${selector}`,
    ) as Promise<Frame>;

  test("same-origin, srcdoc and about:blank frames are marked; the top page answers for itself only", async () => {
    const page = await openAnnotated(session, TOP);
    const expected: Record<string, string[]> = {
      "#same": ["Armenien", "Aserbaidschan", "Bergkarabach"],
      "#srcdoc": ["Kasachstan"],
      "#blank": ["Moskau", "OVKS"],
    };
    for (const [selector, names] of Object.entries(expected)) {
      const frame = await frameOf(page, selector);
      await waitFor(
        () => markedText(frame),
        (t) => t.join() === names.join(),
        `the marks in ${selector}`,
      );
    }
    const { annotations } = await annotationsOf(session, page);
    expect(annotations.map((a) => a.exact).sort()).toEqual(["Jerewan", "Kreml"]);
    await page.close();
  });

  test("hovering a name inside a frame opens its tooltip inside that frame", async () => {
    const page = await openAnnotated(session, TOP);
    const frame = await frameOf(page, "#same");
    await waitFor(
      () => markedText(frame),
      (t) => t.length === 3,
      "the frame's marks",
    );
    const point = await frame.evaluate(() => {
      const text = document.getElementById("embedded")!.firstChild as Text;
      const at = text.data.indexOf("Bergkarabach");
      const range = document.createRange();
      range.setStart(text, at + 2);
      range.setEnd(text, at + 4);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    const offset = await page.$eval("#same", (f) => {
      const box = f.getBoundingClientRect();
      return { x: box.x + f.clientLeft, y: box.y + f.clientTop };
    });
    await page.mouse.move(offset.x + point.x, offset.y + point.y, { steps: 3 });
    await waitFor(
      () =>
        frame.evaluate(() => document.querySelector("randnotiz-tooltip")?.matches(":popover-open") ?? false),
      (open) => open,
      "the tooltip inside the frame",
    );
    expect(await page.evaluate(() => document.querySelector("randnotiz-tooltip"))).toBeNull();
    await page.close();
  });

  test("a cross-origin frame is left alone", async () => {
    const page = await openAnnotated(session, TOP);
    const other = `${session.otherServer.origin}/tests/fixtures/pages/frames/embedded.html`;
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.id = "cross";
      frame.src = src;
      document.body.append(frame);
    }, other);
    const frame = await frameOf(page, "#cross");
    await frame.waitForSelector("#embedded");
    // Same-origin frames are marked within a second; this one must stay unmarked well past that.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await markedText(frame)).toEqual([]);
    await page.close();
  });
});
