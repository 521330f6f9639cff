// "My entries" on the review page in both browsers: ?tab=entries&add= opens the add form prefilled, a bad
// link is refused in the form, the entry is stored and listed, edited, deleted and restored with Undo;
// changes from elsewhere reach the list; the JSON export holds the entries; a broken import changes nothing.
import { randomUUID } from "node:crypto";
import type { Page } from "puppeteer";
import type { Entry } from "../../src/core/entries";
import { keyOf } from "../../src/core/highlights/model";
import { type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

const HIGHLIGHT = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: `urn:uuid:${randomUUID()}`,
  type: "Annotation",
  motivation: "highlighting",
  created: "2024-03-03T09:00:00.000Z",
  target: { source: "https://news.example/a", selector: [{ type: "TextQuoteSelector", exact: "Jerewan" }] },
};

const entryLike = (name: string): Entry => ({
  v: 1,
  id: randomUUID(),
  name,
  aliases: [],
  type: "place",
  note: "",
  link: "",
  created: "2024-01-01T00:00:00.000Z",
  modified: "2024-01-01T00:00:00.000Z",
});

describe.each<BrowserName>(["chromium", "firefox"])("my entries in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Every entry:* or highlight:* value in storage.local. */
  const stored = (prefix = "entry:"): Promise<Record<string, Entry>> =>
    session.inExtension(async (p) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(p))) as Record<
        string,
        Entry
      >;
    }, prefix);
  const write = (items: Record<string, unknown>): Promise<void> =>
    session.inExtension(async (i) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(i);
    }, items);

  beforeEach(async () => {
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.clear();
    }, null);
    await write({ [keyOf(HIGHLIGHT.id)]: HIGHLIGHT });
  });

  const names = (page: Page) => page.$$eval(".entry .entry-name", (es) => es.map((e) => e.textContent));
  const value = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLInputElement).value);
  const notice = (page: Page) => page.$eval(".notice", (e) => e.textContent ?? "").catch(() => "");
  async function fill(page: Page, selector: string, text: string) {
    await page.$eval(selector, (e) => {
      (e as HTMLInputElement).focus();
      (e as HTMLInputElement).select();
    });
    await page.keyboard.press("Backspace");
    await page.keyboard.type(text);
  }
  async function opened(path: string): Promise<Page> {
    const page = await openExtensionPage(session, path);
    await page.waitForSelector('.review[data-ready="true"]');
    return page;
  }
  function catchDownloads(page: Page) {
    return page.evaluate(() => {
      const w = window as unknown as { __downloads: Array<Promise<string>> };
      w.__downloads = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__downloads.push(fetch(this.href).then((r) => r.text()));
      };
    });
  }
  const downloads = (page: Page) =>
    page.evaluate(() =>
      Promise.all((window as unknown as { __downloads: Array<Promise<string>> }).__downloads),
    );

  test("?add= prefills the form; the entry is stored, edited, deleted and restored", async () => {
    const page = await opened(
      "review.html?tab=entries&add=Nikol%20Paschinjan&aliases=Paschinjan%7CPashinyan",
    );
    expect(await page.$eval(".tab-entries", (e) => e.getAttribute("aria-current"))).toBe("page");
    expect(await page.$eval(".state", (e) => (e as HTMLElement).dataset.state)).toBe("empty");
    expect(await value(page, "#entry-name")).toBe("Nikol Paschinjan");
    expect(await value(page, "#entry-aliases")).toBe("Paschinjan, Pashinyan");
    await waitFor(
      () => page.evaluate(() => document.activeElement?.id),
      (id) => id === "entry-name",
      "focus in the name field",
    );
    await fill(page, "#entry-note", "Premier seit 2018");
    await fill(page, "#entry-link", "www.example.org");
    await page.click(".entry-submit");
    await page.waitForSelector("#entry-link-error");
    expect(await page.$eval("#entry-link", (e) => e.getAttribute("aria-invalid"))).toBe("true");
    expect(await stored()).toEqual({});

    await fill(page, "#entry-link", "https://de.wikipedia.org/wiki/Nikol_Paschinjan");
    await page.click(".entry-submit");
    const saved = Object.values(
      await waitFor(stored, (s) => Object.keys(s).length === 1, "the stored entry"),
    )[0]!;
    expect(saved).toMatchObject({
      v: 1,
      name: "Nikol Paschinjan",
      aliases: ["Paschinjan", "Pashinyan"],
      type: "person",
      note: "Premier seit 2018",
      link: "https://de.wikipedia.org/wiki/Nikol_Paschinjan",
    });
    await waitFor(
      () => names(page),
      (n) => n.join() === "Nikol Paschinjan",
      "the listed entry",
    );
    expect(await page.$(".entry-editor")).toBeNull();
    expect(await page.evaluate(() => location.search)).toBe("?tab=entries");

    await page.click(`.entry[data-id="${saved.id}"] .entry-edit`);
    // Opening the editor moves focus to its name field after render; typing before that
    // would land in the name (seen once in CI).
    await waitFor(
      () => page.evaluate(() => document.activeElement?.id),
      (id) => id === "entry-name",
      "focus in the name field of the editor",
    );
    expect(await value(page, "#entry-note")).toBe("Premier seit 2018");
    await fill(page, "#entry-note", "Premierminister");
    await page.select("#entry-type", "person");
    await page.click(".entry-submit");
    await waitFor(stored, (s) => s[`entry:${saved.id}`]?.note === "Premierminister", "the edited note");
    await waitFor(
      () => page.$eval(".entry-note", (e) => e.textContent),
      (t) => t === "Premierminister",
      "the edited note listed",
    );

    await page.click(`.entry[data-id="${saved.id}"] .entry-delete`);
    await waitFor(stored, (s) => Object.keys(s).length === 0, "the deletion in storage");
    await waitFor(
      () => names(page),
      (n) => n.length === 0,
      "the list without it",
    );
    await page.click(".toast .undo");
    const back = await waitFor(stored, (s) => Object.keys(s).length === 1, "the undo in storage");
    expect(back[`entry:${saved.id}`]).toMatchObject({ name: "Nikol Paschinjan", note: "Premierminister" });
    await waitFor(
      () => names(page),
      (n) => n.length === 1,
      "the restored entry listed",
    );

    // Written by another tab: the list follows.
    const other = entryLike("Stepanakert");
    await write({ [`entry:${other.id}`]: other });
    await waitFor(
      () => names(page),
      (n) => n.join("|") === "Nikol Paschinjan|Stepanakert",
      "the other tab's entry",
    );
    await page.close();
  });

  test("the JSON export holds the entries; a broken import is refused whole, a good one adds", async () => {
    const mine = entryLike("Jerewan");
    await write({ [`entry:${mine.id}`]: mine });
    const highlights = await opened("review.html");
    expect(await highlights.$eval(".tab-highlights", (e) => e.getAttribute("aria-current"))).toBe("page");
    await catchDownloads(highlights);
    await highlights.click(".export-json");
    const [file] = await waitFor(
      () => downloads(highlights),
      (d) => d.length === 1,
      "the JSON download",
    );
    const collection = JSON.parse(file!);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.items).toEqual([HIGHLIGHT]);
    expect(collection["randnotiz:entries"]).toEqual([mine]);
    await highlights.close();

    const page = await opened("review.html?tab=entries");
    const before = await stored();
    const fresh = entryLike("Bergkarabach");
    const importFile = (text: string) =>
      page.$eval(
        "#entries-import-file",
        (input, content) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([content], "import.jsonld", { type: "application/json" }));
          (input as HTMLInputElement).files = transfer.files;
          input.dispatchEvent(new Event("change", { bubbles: true }));
        },
        text,
      );
    const broken = {
      ...collection,
      "randnotiz:entries": [fresh, { ...entryLike("X y"), link: "javascript:alert(1)" }],
    };
    await importFile(JSON.stringify(broken));
    await waitFor(
      () => notice(page),
      (t) => t.includes("Import refused") && t.includes("entry 2: link"),
      "the refusal",
    );
    expect(await stored()).toEqual(before);

    await importFile(JSON.stringify({ ...collection, "randnotiz:entries": [mine, fresh] }));
    await waitFor(
      () => notice(page),
      (t) => t.includes("1 entries and 0 highlights imported, 2 duplicates"),
      "the import",
    );
    expect((await stored())[`entry:${fresh.id}`]).toEqual(fresh);
    await waitFor(
      () => names(page),
      (n) => n.join("|") === "Bergkarabach|Jerewan",
      "the imported entry listed",
    );
    await page.close();
  });
});
