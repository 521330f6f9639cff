// Nothing leaves the browser: over a session of use (a page marked, a tooltip, a saved highlight with a note,
// the popup, the review page with an export) the extension's contexts request nothing but their own files
// and the test page the reader opened. Chromium also watches the service worker through CDP.
import type { CDPSession, HTTPRequest, Page } from "puppeteer";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
  waitFor,
} from "./harness";

describe.each<BrowserName>(["chromium", "firefox"])("no network in %s", (name) => {
  let session: Session;
  const requests: string[] = [];
  const record = (request: HTTPRequest) => void requests.push(request.url());
  const watch = (page: Page) => {
    page.on("request", record);
  };

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a session of use requests only the page's own and the extension's own files", async () => {
    let worker: CDPSession | null = null;
    if (name === "chromium") {
      const target = await session.browser.waitForTarget((t) => t.type() === "service_worker");
      worker = await target.createCDPSession();
      await worker.send("Network.enable");
      worker.on("Network.requestWillBeSent", (event: { request: { url: string } }) =>
        requests.push(event.request.url),
      );
    }
    const page = await openAnnotated(
      session,
      "tests/fixtures/pages/changing.html",
      session.server.origin,
      async (p) => watch(p),
    );
    // Hover a name, then save a selection with a note.
    const at = await page.evaluate(() => {
      const node = document.getElementById("p2")!.firstChild as Text;
      const range = document.createRange();
      const i = node.data.indexOf("OVKS");
      range.setStart(node, i + 1);
      range.setEnd(node, i + 3);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await waitFor(
      () => askTab<{ open: boolean }>(session, page, { type: "randnotiz:tooltip-state" }),
      (s) => s.open,
      "the tooltip",
    );
    await page.evaluate(() => {
      const node = document.getElementById("p3")!.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 25);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    expect(await askTab(session, page, { type: "randnotiz:save-selection" })).toMatchObject({ ok: true });
    await page.keyboard.type("eine Notiz");
    await page.keyboard.press("Enter");

    const popup = await openExtensionPage(session, "popup.html", watch);
    const review = await openExtensionPage(session, "review.html", watch);
    await review.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
    // An export goes through a blob: URL, never the network.
    const exported = await review.evaluate(() => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === "JSON-LD",
      );
      button?.click();
      return Boolean(button);
    });
    expect(exported).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const own = [
      session.server.origin,
      "chrome-extension://",
      "moz-extension://",
      "blob:",
      "data:",
      "about:",
    ];
    const foreign = requests.filter((url) => !own.some((prefix) => url.startsWith(prefix)));
    // The recording works: the page was seen loading, and in Chromium the review page's own script too
    // (Firefox does not report an extension page's subresources to WebDriver BiDi).
    expect(requests.some((url) => url.includes("/changing.html"))).toBe(true);
    if (name === "chromium") expect(requests.some((url) => url.endsWith("/review.js"))).toBe(true);
    expect(foreign).toEqual([]);
    // The page itself asked only for what the test server serves; the extension added nothing there.
    const onServer = requests.filter((url) => url.startsWith(session.server.origin));
    expect(
      onServer.every(
        (url) => url.includes("/tests/fixtures/pages/changing.html") || url.endsWith("/favicon.ico"),
      ),
    ).toBe(true);
    await worker?.detach();
    for (const p of [page, popup, review]) await p.close();
  });
});
