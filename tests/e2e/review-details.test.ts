// What a reader notices on the review page, in both browsers: the filter row keeps its place when a filter
// changes the other lists' options; the export buttons say what they download, and the CSV names the
// entities in the UI language; the date filters are German for a German reader; a passage that names many
// things shows every name whole (docs/review-page.md).
import { randomUUID } from "node:crypto";
import type { Page } from "puppeteer";
import { keyOf } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
  setSettings,
  waitFor,
} from "./harness";

function annotation(source: string, exact: string, entities: string[], created: string): WebAnnotation {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:uuid:${randomUUID()}`,
    type: "Annotation",
    motivation: "highlighting",
    created,
    body: entities.map((source) => ({ type: "SpecificResource", purpose: "identifying", source })),
    target: {
      source,
      title: `Seite ${source}`,
      selector: [{ type: "TextQuoteSelector", exact, prefix: "Davor ", suffix: " danach" }],
    },
  } as WebAnnotation;
}

const OLD = "2023-01-01T09:00:00.000Z";
const SEED = [
  annotation("https://news.example/a", "Peskow sagte", ["peskow"], "2024-03-03T09:00:00.000Z"),
  annotation("https://a-much-longer-site-name.example/b", "Die OVKS", ["ovks"], "2024-03-02T09:00:00.000Z"),
  annotation(
    "https://other.example/c",
    "Krieg",
    ["krieg-gegen-die-ukraine", "bergkarabach"],
    "2024-02-01T09:00:00.000Z",
  ),
];

describe.each<BrowserName>(["chromium", "firefox"])("review page details in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "de" });
    await session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.clear();
        await api.storage.local.set(items);
      },
      Object.fromEntries(SEED.map((a) => [keyOf(a.id), a])),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openReview(): Promise<Page> {
    const page = await openExtensionPage(session, "review.html");
    await page.setViewport({ width: 1100, height: 800 });
    await page.waitForFunction(() => performance.getEntriesByName("randnotiz:review-ready").length > 0);
    return page;
  }

  const boxes = (page: Page) =>
    page.$$eval(".filters .field, .filters .clear", (elements) =>
      elements.map((e) => {
        const { x, y, width } = e.getBoundingClientRect();
        return [Math.round(x), Math.round(y), Math.round(width)];
      }),
    );

  test("the filter row keeps its place when a filter changes the options of the others", async () => {
    const page = await openReview();
    const before = await boxes(page);
    await page.select("#filter-entity", "ovks");
    await waitFor(
      () => page.$$eval(".item", (items) => items.length),
      (n) => n === 1,
      "one highlight listed",
    );
    expect(await boxes(page)).toEqual(before);
    await page.select("#filter-site", "a-much-longer-site-name.example");
    expect(await boxes(page)).toEqual(before);
    // A highlight saved meanwhile on a site with a long name adds a long option: nothing moves either.
    const late = annotation(
      "https://www.a-very-long-name-for-a-regional-newspaper.example/d",
      "Spät",
      [],
      OLD,
    );
    await session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set(items);
      },
      { [keyOf(late.id)]: late },
    );
    await waitFor(
      () => page.$$eval("#filter-site option", (o) => o.length),
      (n) => n === 5,
      "the new site among the options",
    );
    expect(await boxes(page)).toEqual(before);
    await page.close();
  });

  test("German date filters: text fields that ask for TT.MM.JJJJ and filter by them", async () => {
    const page = await openReview();
    for (const id of ["#filter-from", "#filter-to"]) {
      expect(
        await page.$eval(id, (e) => [(e as HTMLInputElement).type, (e as HTMLInputElement).placeholder]),
      ).toEqual(["text", "TT.MM.JJJJ"]);
    }
    await page.type("#filter-from", "1.3.2024");
    await page.keyboard.press("Enter");
    await waitFor(
      () => page.$$eval(".item", (items) => items.length),
      (n) => n === 2,
      "two highlights listed",
    );
    expect(await page.$eval("#filter-from", (e) => (e as HTMLInputElement).value)).toBe("01.03.2024");
    await page.close();
  });

  test("the JSON-LD button says what it downloads; the CSV names the entities in German", async () => {
    const page = await openReview();
    await page.evaluate(() => {
      const w = window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> };
      w.__downloads = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      };
    });
    const json = await page.$eval(".export-json", (b) => [b.textContent, b.getAttribute("title")]);
    expect(json[0]).toBe("JSON-LD");
    expect(json[1]).toContain(".jsonld");
    await page.click(".export-json");
    await page.click(".export-csv");
    const files = await waitFor(
      () =>
        page.evaluate(() =>
          Promise.all(
            (
              window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> }
            ).__downloads.map(async (d) => ({ name: d.name, text: await d.text })),
          ),
        ),
      (d) => d.length === 2,
      "two downloads",
    );
    expect(files[0]!.name).toMatch(/\.jsonld$/);
    const csv = files[1]!.text;
    expect(csv).toContain(",Dmitri Peskow,peskow,");
    expect(csv).toContain(
      ",Russlands Krieg gegen die Ukraine; Bergkarabach,krieg-gegen-die-ukraine bergkarabach,",
    );
    await page.close();
  });

  test("a passage that names many things shows every name whole, on more rows if need be", async () => {
    const many = annotation(
      "https://news.example/many",
      "Viele Namen",
      [
        "russland",
        "armenien",
        "kasachstan",
        "aserbaidschan",
        "kirgistan",
        "tadschikistan",
        "belarus",
        "ukraine",
      ].concat(["ovks", "moskau", "bergkarabach", "tokajew", "putin", "peskow"]),
      "2024-03-04T09:00:00.000Z",
    );
    await session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set(items);
      },
      { [keyOf(many.id)]: many },
    );
    const page = await openReview();
    for (const width of [1100, 700]) {
      await page.setViewport({ width, height: 800 });
      const card = `.item:has(.chip[data-entity="tadschikistan"])`;
      await page.waitForSelector(card);
      // Each chip lies inside its list's box, so nothing of its name is cut off.
      const cut = await page.$eval(card, (item) => {
        const list = item.querySelector(".chips")!.getBoundingClientRect();
        return [...item.querySelectorAll<HTMLElement>(".chip")]
          .filter((chip) => {
            const r = chip.getBoundingClientRect();
            return (
              r.right > list.right + 0.5 ||
              r.bottom > list.bottom + 0.5 ||
              chip.scrollWidth > chip.clientWidth
            );
          })
          .map((chip) => chip.textContent);
      });
      expect({ width, cut }).toEqual({ width, cut: [] });
      expect(await page.$$eval(`${card} .chip`, (chips) => chips.length)).toBe(14);
    }
    await session.inExtension(async (key) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.remove(key);
    }, keyOf(many.id));
    await page.close();
  });

  test("a passage saved at the start of a paragraph shows no context from the image caption above it", async () => {
    const article = await openAnnotated(session, "assets/demo/de.html");
    // "Moskau" of the dateline: the paragraph right under the figure and its caption.
    await article.evaluate(() => {
      const node = document.querySelector(".dateline")!.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, "Moskau".length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const saved = await askTab<{ ok: boolean; id?: string }>(session, article, {
      type: "randnotiz:save-selection",
    });
    expect(saved).toMatchObject({ ok: true });
    const page = await openReview();
    const item = `.item:has(.quote[cite="${article.url()}"])`;
    await page.waitForSelector(item);
    const quote = await page.$eval(`${item} .quote`, (q) => q.textContent ?? "");
    // The saved prefix holds the caption's end ("…auf Pixabay"); the context stays in the paragraph.
    expect(quote).not.toContain("Pixabay");
    expect(quote.startsWith("Moskau")).toBe(true);
    expect(quote).toMatch(/^Moskau, 27\. Nov – Trotz des.*…$/);
    await session.inExtension(async (key) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.remove(key);
    }, keyOf(saved.id!));
    await Promise.all([page.close(), article.close()]);
  });
});
