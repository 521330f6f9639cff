// Keeping across tools, in both browsers (docs/keeping.md): a highlight written straight into storage by an
// outside tool, with tagging bodies and a styleClass, is painted in its colour on its page, listed and
// filtered by tag and colour on the review page; the JSON export carries it exactly as stored, and the
// Obsidian export (names as [[wikilinks]], chosen by keyboard) is a zip of one note per article.
import { randomUUID } from "node:crypto";
import { unzipSync } from "fflate";
import type { Page } from "puppeteer";
import { keyOf } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

const PATH = "tests/fixtures/pages/georgia-caucasus.html";
const QUOTE = "Diplomats from Armenia and Azerbaijan met in Georgia";

describe.each<BrowserName>(["chromium", "firefox"])("keeping across tools in %s", (name) => {
  let session: Session;
  let outside: WebAnnotation;
  let linked: WebAnnotation;

  beforeAll(async () => {
    session = await launch(name);
    const source = `${session.server.origin}/${PATH}`;
    // Only the fields of docs/interfaces.md, plus tags and a colour, as another tool would write them.
    outside = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `urn:uuid:${randomUUID()}`,
      type: "Annotation",
      motivation: "highlighting",
      created: "2026-12-01T10:00:00.000Z",
      body: [
        { type: "TextualBody", purpose: "tagging", value: "border talks" },
        { type: "TextualBody", purpose: "tagging", value: "Kaukasus" },
      ],
      target: {
        source,
        styleClass: "randnotiz-purple",
        selector: [
          { type: "TextQuoteSelector", exact: QUOTE, prefix: "Talks in the Caucasus", suffix: " on Tuesday" },
          { type: "TextPositionSelector", start: 21, end: 21 + QUOTE.length },
        ],
      },
    };
    // One as Randnotiz writes it: the names marked in the quote as linking bodies.
    linked = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `urn:uuid:${randomUUID()}`,
      type: "Annotation",
      motivation: "highlighting",
      created: "2026-12-02T10:00:00.000Z",
      body: [
        { type: "SpecificResource", purpose: "linking", source: "armenien" },
        { type: "TextualBody", purpose: "tagging", value: "Kaukasus" },
      ],
      target: {
        source: "https://news.example/jerewan",
        title: "Jerewan: Gespräche",
        selector: [{ type: "TextQuoteSelector", exact: "Armenia will talk again", prefix: "", suffix: "" }],
      },
    };
    await session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.clear();
        await api.storage.local.set(items);
      },
      { [keyOf(outside.id)]: outside, [keyOf(linked.id)]: linked },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  test("an outside tool's highlight is painted in its colour on its page", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/${PATH}`);
    const painted = await waitFor(
      () =>
        page.evaluate(() => ({
          purple: CSS.highlights.get("randnotiz-purple")?.size ?? 0,
          yellow: CSS.highlights.get("randnotiz-yellow")?.size ?? 0,
        })),
      (p) => p.purple === 1,
      "the purple layer",
    );
    expect(painted.yellow).toBe(0);
    await page.close();
  });

  async function openReview(query: string): Promise<Page> {
    const page = await openExtensionPage(session, `review.html${query}`);
    await page.waitForSelector(".review[data-ready='true']");
    await page.evaluate(() => {
      const w = window as unknown as { __downloads: Array<{ name: string; bytes: Promise<number[]> }> };
      w.__downloads = [];
      // Downloads leave through <a download>.click(): catch the blob and hand its bytes to the test.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__downloads.push({
          name: this.download,
          bytes: fetch(this.href)
            .then((r) => r.arrayBuffer())
            .then((b) => [...new Uint8Array(b)]),
        });
      };
    });
    return page;
  }

  const downloads = (page: Page) =>
    page.evaluate(() =>
      Promise.all(
        (
          window as unknown as { __downloads: Array<{ name: string; bytes: Promise<number[]> }> }
        ).__downloads.map(async (d) => ({ name: d.name, bytes: await d.bytes })),
      ),
    );

  const colours = (page: Page) =>
    page.$$eval("article.item", (els) => els.map((e) => e.getAttribute("data-colour")));

  test("listed, filtered by its tag and its colour; JSON export carries it exactly", async () => {
    const page = await openReview("?tag=border%20talks");
    await page.waitForSelector("article.item");
    expect(await colours(page)).toEqual(["purple"]);
    await page.select("#filter-tag", "Kaukasus");
    await waitFor(
      () => colours(page),
      (list) => list.length === 2,
      "both Kaukasus highlights",
    );
    await page.select("#filter-colour", "purple");
    await waitFor(
      () => colours(page),
      (list) => list.join() === "purple",
      "the purple one alone",
    );
    await page.select("#filter-colour", "");
    await waitFor(
      () => colours(page),
      (list) => list.length === 2,
      "both again",
    );
    await page.click(".export-json");
    const [file] = await waitFor(
      () => downloads(page),
      (d) => d.length === 1,
      "the JSON download",
    );
    const collection = JSON.parse(Buffer.from(file!.bytes).toString("utf8"));
    const items = collection.items as WebAnnotation[];
    expect(items.find((a) => a.id === outside.id)).toEqual(outside);
    expect(items.find((a) => a.id === linked.id)).toEqual(linked);
    await page.close();
  });

  test("Obsidian export: a zip of one note per article, names as [[wikilinks]] chosen by keyboard", async () => {
    const page = await openReview("?tag=Kaukasus");
    await page.waitForSelector("article.item");
    await page.focus(".export-wikilinks");
    await page.keyboard.press(" ");
    expect(await page.$eval(".export-wikilinks", (el) => (el as HTMLInputElement).checked)).toBe(true);
    // Its label is its accessible name.
    expect(
      await page.$eval(".export-wikilinks", (el) => (el as HTMLInputElement).labels?.[0]?.textContent),
    ).toMatch(/\[\[/);
    await page.focus(".export-obsidian");
    await page.keyboard.press("Enter");
    const [file] = await waitFor(
      () => downloads(page),
      (d) => d.length === 1,
      "the zip download",
    );
    expect(file!.name).toMatch(/^randnotiz-highlights-\d{4}-\d\d-\d\d\.zip$/);
    const entries = unzipSync(Uint8Array.from(file!.bytes));
    const notes = Object.fromEntries(
      Object.entries(entries).map(([path, bytes]) => [
        path.split("/").pop()!,
        new TextDecoder().decode(bytes),
      ]),
    );
    expect(Object.keys(notes).sort()).toEqual(
      ["127.0.0.1 tests fixtures pages georgia-caucasus.html.md", "Jerewan Gespräche.md"].sort(),
    );
    const caucasus = notes["127.0.0.1 tests fixtures pages georgia-caucasus.html.md"]!;
    expect(caucasus).toMatch(
      /^---\ntitle: ".*"\nurl: "http:\/\/127\.0\.0\.1:\d+\/tests\/fixtures\/pages\/georgia-caucasus\.html"\n/,
    );
    expect(caucasus).toContain('saved: 2026-12-01\ntags:\n  - "border-talks"\n  - "Kaukasus"\n---\n');
    expect(caucasus).toContain(`> ${QUOTE}`);
    expect(caucasus).toMatch(/#:~:text=[^>]+>\) · (Colour: purple|Farbe: lila) · #border-talks #Kaukasus/);
    expect(notes["Jerewan Gespräche.md"]).toMatch(/> \[\[(Armenia|Armenien\|Armenia)\]\] will talk again/);
    await page.close();
  });
});
