// Keeping, in both browsers (docs/keeping.md): from the tooltip, by keyboard only, a saved passage gets a
// tag and a colour and its link is copied; a name's tooltip says what was saved about it and opens its
// timeline; the review page filters by tag and colour, renames a tag with undo, and groups a passage under the
// names marked inside it. In Chromium, the copied link opens the passage in a browser without Randnotiz.
import puppeteer, { type Page } from "puppeteer";
import { chromePath } from "../../scripts/browser-path";
import { askTab, type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

const PATH = "tests/fixtures/pages/changing.html";
const PASSAGE = "Die OVKS wurde Anfang der 1990er-Jahre als Gegenstück zur Nato gegründet.";

type Stored = Record<string, { body?: Array<Record<string, unknown>>; target: { styleClass?: string } }>;

interface TooltipState {
  open: boolean;
  entity: string | null;
  text: string;
}

describe.each<BrowserName>(["chromium", "firefox"])("keeping in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.clear();
    }, null);
  });
  afterAll(async () => {
    await session?.close();
  });

  const stored = (): Promise<Stored> =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("highlight:")));
    }, null) as Promise<Stored>;

  const state = (page: Page) => askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });

  async function openPlain(): Promise<Page> {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __annotated: Promise<void> }).__annotated = new Promise((resolve) =>
        document.addEventListener("randnotiz:annotated", () => resolve(), { once: true }),
      );
    });
    await page.goto(`${session.server.origin}/${PATH}`);
    await page.evaluate(() => (window as unknown as { __annotated: Promise<void> }).__annotated);
    return page;
  }

  let copied = "";

  test("tooltip, by keyboard: tag (Enter), colour (arrow keys), copy link; the saved passage is about its names", async () => {
    const page = await openPlain();
    await page.evaluate((text) => {
      const node = document.getElementById("p4")!.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(text));
      range.setEnd(node, node.data.indexOf(text) + text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, PASSAGE);
    const saved = await askTab<{ ok: boolean; id: string }>(session, page, {
      type: "randnotiz:save-selection",
    });
    expect(saved.ok).toBe(true);
    // The note field has the focus after a save; the tag field is one step back, the colours one more.
    await waitFor(
      () => state(page),
      (s) => s.open && s.text.includes("Delete highlight"),
      "the saved tooltip",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The note field has the focus after a save. Tab passes Delete (the note's Save is disabled while
    // unchanged) and reaches Copy link.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // A long quote is linked by its first and last words.
    const link = `${session.server.origin}/${PATH}#:~:text=Die%20OVKS%20wurde,zur%20Nato%20gegr%C3%BCndet.`;
    await waitFor(
      () => state(page),
      (s) => s.text.includes(`Link copied: ${link}`),
      "the copied link",
    );
    copied = link;
    // Back past Delete and the note to the tag field: type a tag and Enter.
    const back = async (n: number) => {
      await page.keyboard.down("Shift");
      for (let i = 0; i < n; i++) await page.keyboard.press("Tab");
      await page.keyboard.up("Shift");
    };
    await back(3);
    await page.keyboard.type("Sanktionen");
    await page.keyboard.press("Enter");
    const tagged = await waitFor(
      stored,
      (all) =>
        Object.values(all)[0]?.body?.some((b) => b.purpose === "tagging" && b.value === "Sanktionen") ===
        true,
      "the tag to be stored",
    );
    const annotation = Object.values(tagged)[0]!;
    expect(annotation.body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: "ovks" });
    expect(annotation.body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: "nato" });
    // Back past the tag's × (once it is drawn) to the colours; the arrow key picks the next one, green.
    await waitFor(
      () => state(page),
      (s) => s.text.includes("Sanktionen×"),
      "the tag in the tooltip",
    );
    await back(2);
    await page.keyboard.press("ArrowRight");
    await waitFor(stored, (all) => Object.values(all)[0]?.target.styleClass === "randnotiz-green", "green");
    await waitFor(
      () =>
        page.evaluate(
          () =>
            (CSS.highlights.get("randnotiz-green")?.size ?? 0) === 1 &&
            !CSS.highlights.has("randnotiz-yellow"),
        ),
      (painted) => painted,
      "the passage painted green",
    );
    await page.close();
  });

  test("a name's tooltip says what was saved about it, and opens its timeline", async () => {
    const page = await openPlain();
    expect(await askTab(session, page, { type: "randnotiz:reveal", entity: "ovks" })).toBe(true);
    const shown = await waitFor(
      () => state(page),
      (s) => s.open && s.text.includes("You saved 1 passage about this"),
      "the 'You saved' part of OVKS's tooltip",
    );
    expect(shown.text).toContain("Die OVKS wurde Anfang der 1990er-Jahre");
    // The timeline button is the tooltip's last control: Shift+Tab from a button placed after the
    // tooltip's host reaches it.
    await page.evaluate(() => {
      const after = document.createElement("button");
      after.id = "after-tooltip";
      after.textContent = "after";
      document.documentElement.append(after);
      after.focus();
    });
    await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    await page.keyboard.up("Shift");
    await page.keyboard.press("Enter");
    // The review tab's timeline header. Firefox's remote protocol shows tabs an extension opened as
    // about:blank, so there the background page reads it (extension.getViews, no service worker there).
    const header = () =>
      name === "chromium"
        ? session.browser.pages().then(async (pages) => {
            const tab = pages.find((p) => p.url().includes("review.html?name=ovks"));
            return tab
              ?.$eval("[data-group='entity:ovks'] .group-meta", (el) => el.textContent)
              .catch(() => null);
          })
        : session.inExtension(() => {
            // biome-ignore lint/suspicious/noExplicitAny: Firefox's background page.
            const views: Window[] = (globalThis as any).browser.extension.getViews({ type: "tab" });
            const tab = views.find((w) => w.location.href.includes("review.html?name=ovks"));
            return tab?.document.querySelector("[data-group='entity:ovks'] .group-meta")?.textContent ?? null;
          }, null);
    const text = await waitFor(header, (t) => typeof t === "string", "the timeline of OVKS");
    expect(text).toBe("Timeline, oldest first: 1 highlight");
    await page.close();
  });

  test("review: ?tag= filters, colour filter, by-name timeline, rename a tag with undo", async () => {
    const review = await openExtensionPage(session, "review.html?tag=sanktionen");
    await review.waitForSelector(".review[data-ready='true'] article.item");
    expect(
      await review.$$eval("article.item", (els) => els.map((e) => e.getAttribute("data-colour"))),
    ).toEqual(["green"]);
    expect(await review.$eval("#filter-tag", (el) => (el as HTMLSelectElement).value)).toBe("Sanktionen");
    await review.select("#filter-colour", "pink");
    await review.waitForSelector("[data-state='no-match']");
    await review.select("#filter-colour", "green");
    await review.waitForSelector("article.item");
    // Group by name: the passage is under OVKS and Nato (the names marked inside it), not "Without a name".
    await review.select("#group-by", "entity");
    const groups = await review.$$eval("[data-group]", (els) => els.map((e) => e.getAttribute("data-group")));
    expect(groups).toEqual(expect.arrayContaining(["entity:ovks", "entity:nato"]));
    expect(groups).not.toContain("entity:");
    // Rename the tag everywhere, then undo.
    await review.select("#filter-tag", "");
    await review.click(".tag-row[data-tag='Sanktionen'] .tag-rename");
    const input = await review.waitForSelector(".tag-rename-input");
    await input!.click({ count: 3 });
    await review.keyboard.type("Embargo");
    await review.keyboard.press("Enter");
    await waitFor(stored, (all) => JSON.stringify(all).includes('"value":"Embargo"'), "the renamed tag");
    await review.waitForSelector(".tag-row[data-tag='Embargo']");
    await review.click(".toast .undo");
    await waitFor(
      stored,
      (all) =>
        JSON.stringify(all).includes('"value":"Sanktionen"') && !JSON.stringify(all).includes("Embargo"),
      "the tag back after undo",
    );
    await review.waitForSelector(".tag-row[data-tag='Sanktionen']");
    await review.close();
  });

  if (name === "chromium") {
    test("the copied link opens the passage in a Chromium without the extension", async () => {
      expect(copied).toContain("#:~:text=");
      const plain = await puppeteer.launch({
        executablePath: chromePath()!,
        headless: true,
        args: ["--no-sandbox"],
      });
      try {
        const page = await plain.newPage();
        await page.setViewport({ width: 800, height: 120 });
        await page.goto(copied.split("#")[0]!);
        // Without the fragment the passage is below the fold, so a scroll to it is the fragment's doing.
        expect(
          await page.evaluate(() => document.getElementById("p4")!.getBoundingClientRect().top),
        ).toBeGreaterThan(120);
        await page.goto("about:blank");
        await page.goto(copied);
        const scrolled = await waitFor(
          () =>
            page.evaluate(() => {
              const p4 = document.getElementById("p4")!.getBoundingClientRect();
              return { y: scrollY, visible: p4.top < innerHeight && p4.bottom > 0 };
            }),
          (s) => s.y > 0 && s.visible,
          "the passage scrolled into view",
        );
        expect(scrolled.y).toBeGreaterThan(0);
      } finally {
        await plain.close();
      }
    });
  }
});
