// The review page in both browsers, over highlights written straight into storage.local as an outside tool
// would: it lists them and marks review-ready, searches from ?q= and from typing, filters, deletes with
// undo, follows storage changes, exports the listed highlights and imports a file (or refuses it whole).
import { randomUUID } from "node:crypto";
import type { Page } from "puppeteer";
import { keyOf } from "../../src/core/highlights/model";
import type { WebAnnotation } from "../../src/core/highlights/types";
import { type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

function annotation(patch: {
  source: string;
  title: string;
  exact: string;
  created: string;
  note?: string;
  entity?: string;
}): WebAnnotation {
  const body = [
    ...(patch.note ? [{ type: "TextualBody", value: patch.note, purpose: "commenting" }] : []),
    ...(patch.entity ? [{ type: "SpecificResource", purpose: "identifying", source: patch.entity }] : []),
  ];
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:uuid:${randomUUID()}`,
    type: "Annotation",
    motivation: "highlighting",
    created: patch.created,
    ...(body.length ? { body } : {}),
    target: {
      source: patch.source,
      title: patch.title,
      selector: [
        { type: "TextQuoteSelector", exact: patch.exact, prefix: "Davor ", suffix: " danach" },
        { type: "TextPositionSelector", start: 6, end: 6 + patch.exact.length },
      ],
    },
  };
}

const SEED = [
  annotation({
    source: "https://news.example/gipfel",
    title: "Gipfel in Jerewan",
    exact: "Der Kreml äußerte sich nicht",
    created: "2024-03-03T09:00:00.000Z",
    entity: "kreml",
  }),
  annotation({
    source: "https://news.example/gipfel",
    title: "Gipfel in Jerewan",
    exact: "Die OVKS schickt keine Truppen",
    created: "2024-03-02T09:00:00.000Z",
    note: "Nachprüfen",
    entity: "ovks",
  }),
  annotation({
    source: "https://other.example/peskow",
    title: "Peskow dementiert",
    exact: "Peskow sagte am Abend",
    created: "2024-02-01T09:00:00.000Z",
    entity: "peskow",
  }),
];

describe.each<BrowserName>(["chromium", "firefox"])("review page in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Every highlight:* entry in storage.local. */
  const stored = (): Promise<Record<string, WebAnnotation>> =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("highlight:"))) as Record<
        string,
        WebAnnotation
      >;
    }, null);

  const write = (annotations: WebAnnotation[]): Promise<void> =>
    session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set(items);
      },
      Object.fromEntries(annotations.map((a) => [keyOf(a.id), a])),
    );

  beforeEach(async () => {
    const keys = Object.keys(await stored());
    await session.inExtension(async (remove) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      if (remove.length) await api.storage.local.remove(remove);
    }, keys);
    await write(SEED);
  });

  async function openReview(query = ""): Promise<Page> {
    const page = await openExtensionPage(session, `review.html${query}`);
    await waitFor(
      () => page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length),
      (n) => n > 0,
      "randnotiz:review-ready",
    );
    return page;
  }

  const quotes = (page: Page) => page.$$eval(".item .exact", (es) => es.map((e) => e.textContent));
  const shown = (page: Page) => page.$eval(".count", (e) => Number((e as HTMLElement).dataset.shown));
  const notice = (page: Page) => page.$eval(".notice", (e) => e.textContent ?? "").catch(() => "");

  async function typeSearch(page: Page, text: string): Promise<void> {
    await page.$eval("#search", (e) => {
      (e as HTMLInputElement).focus();
      (e as HTMLInputElement).select();
    });
    await page.keyboard.press("Backspace");
    await page.keyboard.type(text);
  }

  test("lists every highlight by page, marks review-ready once, and opens with ?q= filled in", async () => {
    const page = await openReview();
    expect(await quotes(page)).toEqual([
      "Der Kreml äußerte sich nicht",
      "Die OVKS schickt keine Truppen",
      "Peskow sagte am Abend",
    ]);
    expect(await page.$$eval(".group-title", (es) => es.map((e) => e.textContent))).toEqual([
      "Gipfel in Jerewan",
      "Peskow dementiert",
    ]);
    expect(await page.$eval(".item .note", (e) => e.textContent)).toBe("Nachprüfen");
    expect(await page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length)).toBe(1);
    await page.close();

    const filtered = await openReview("?q=AUSSERTE");
    expect(await filtered.$eval("#search", (e) => (e as HTMLInputElement).value)).toBe("AUSSERTE");
    expect(await quotes(filtered)).toEqual(["Der Kreml äußerte sich nicht"]);
    await filtered.close();
  });

  test("typing searches quotes, notes, titles and entity names; filters narrow by site", async () => {
    const page = await openReview();
    await typeSearch(page, "nachprufen");
    await waitFor(
      () => quotes(page),
      (q) => q.length === 1,
      "the note search",
    );
    expect(await quotes(page)).toEqual(["Die OVKS schickt keine Truppen"]);
    await typeSearch(page, "dmitri");
    await waitFor(
      () => quotes(page),
      (q) => q[0] === "Peskow sagte am Abend" && q.length === 1,
      "the entity search",
    );
    await page.keyboard.press("Escape");
    await waitFor(
      () => shown(page),
      (n) => n === 3,
      "Escape clearing the search",
    );
    await page.select("#filter-site", "news.example");
    await waitFor(
      () => shown(page),
      (n) => n === 2,
      "the site filter",
    );
    await page.select("#filter-entity", "ovks");
    await waitFor(
      () => quotes(page),
      (q) => q.length === 1 && q[0] === "Die OVKS schickt keine Truppen",
      "the entity filter",
    );
    await page.close();
  });

  test("delete puts the annotation back on Undo, and the list follows storage changes", async () => {
    const page = await openReview();
    const target = SEED[2]!;
    await page.$eval(`.item[data-id="${target.id}"] .delete`, (b) => (b as HTMLButtonElement).click());
    await waitFor(
      () => stored(),
      (s) => !(keyOf(target.id) in s),
      "the deletion in storage",
    );
    await waitFor(
      () => shown(page),
      (n) => n === 2,
      "the list without it",
    );
    await page.click(".toast .undo");
    const back = await waitFor(
      () => stored(),
      (s) => keyOf(target.id) in s,
      "the undo in storage",
    );
    expect(back[keyOf(target.id)]).toEqual(target);
    await waitFor(
      () => shown(page),
      (n) => n === 3,
      "the list with it again",
    );

    await page.click(".group-head .delete-page");
    await waitFor(
      () => stored(),
      (s) => Object.keys(s).length === 1,
      "deleting the page's two highlights",
    );
    const added = annotation({
      source: "https://third.example/",
      title: "Neu",
      exact: "Ganz neu",
      created: "2024-04-01T00:00:00.000Z",
    });
    await write([added]);
    await waitFor(
      () => quotes(page),
      (q) => q.join("|") === "Ganz neu|Peskow sagte am Abend",
      "the new highlight listed",
    );
    await page.close();
  });

  test("export writes the listed highlights as an AnnotationCollection, Markdown and CSV", async () => {
    const page = await openReview("?q=gipfel");
    await page.evaluate(() => {
      const w = window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> };
      w.__downloads = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      };
    });
    const downloads = async () =>
      page.evaluate(() =>
        Promise.all(
          (
            window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> }
          ).__downloads.map(async (d) => ({ name: d.name, text: await d.text })),
        ),
      );
    for (const format of ["json", "markdown", "csv"]) await page.click(`.export-${format}`);
    const files = await waitFor(downloads, (d) => d.length === 3, "three downloads");
    // Each export reads storage on its own, so the three files may arrive in any order: find them by name.
    const file = (pattern: RegExp) => {
      const found = files.find((f) => pattern.test(f.name));
      if (!found) throw new Error(`no download named ${pattern}: ${files.map((f) => f.name).join(", ")}`);
      return found;
    };
    const json = file(/^randnotiz-highlights-\d{4}-\d\d-\d\d\.jsonld$/);
    const markdown = file(/\.md$/);
    const csv = file(/\.csv$/);
    const collection = JSON.parse(json.text);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.items.map((a: WebAnnotation) => a.id).sort()).toEqual(
      [SEED[0]!.id, SEED[1]!.id].sort(),
    );
    expect(collection.items.find((a: WebAnnotation) => a.id === SEED[1]!.id)).toEqual(SEED[1]);
    expect(markdown.text).toContain("Die OVKS schickt keine Truppen");
    expect(markdown.text).not.toContain("Peskow sagte");
    expect(csv.text).toContain("Der Kreml äußerte sich nicht");
    await page.close();
  });

  async function importFile(page: Page, text: string): Promise<void> {
    await page.$eval(
      "#import-file",
      (input, content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], "import.json", { type: "application/json" }));
        (input as HTMLInputElement).files = transfer.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      },
      text,
    );
  }

  test("import adds a valid file's new highlights and refuses a broken file whole", async () => {
    const page = await openReview();
    const before = await stored();
    const broken = {
      type: "AnnotationCollection",
      items: [
        annotation({
          source: "https://x.example/",
          title: "X",
          exact: "ok",
          created: "2024-01-01T00:00:00.000Z",
        }),
        { id: 7, type: "Annotation" },
      ],
    };
    await importFile(page, JSON.stringify(broken));
    await waitFor(
      () => notice(page),
      (text) => text.includes("Import refused"),
      "the refusal",
    );
    expect(await page.$eval(".notice", (e) => e.getAttribute("role"))).toBe("alert");
    expect(await stored()).toEqual(before);

    const fresh = [1, 2].map((i) =>
      annotation({
        source: "https://import.example/",
        title: "Importiert",
        exact: `Import ${i}`,
        created: `2024-05-0${i}T00:00:00.000Z`,
      }),
    );
    await importFile(
      page,
      JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "AnnotationCollection",
        total: 3,
        items: [...fresh, SEED[0]],
      }),
    );
    await waitFor(
      () => notice(page),
      (text) => text.includes("2 imported, 1 duplicates skipped"),
      "the import result",
    );
    const after = await stored();
    expect(Object.keys(after).sort()).toEqual(
      [...Object.keys(before), ...fresh.map((a) => keyOf(a.id))].sort(),
    );
    expect(after[keyOf(fresh[0]!.id)]).toEqual(fresh[0]);
    await waitFor(
      () => shown(page),
      (n) => n === 5,
      "the imported highlights listed",
    );
    await page.close();
  });

  test("cards are as tall as their content, never overlap, and the view holds still while rows are measured", async () => {
    // 400 highlights over 20 pages: quotes of one to several lines, every third with a note.
    const many = Array.from({ length: 400 }, (_, i) =>
      annotation({
        source: `https://news.example/p${i % 20}`,
        title: `Seite ${i % 20}`,
        exact: `Zitat ${i} ${"über die OVKS und Kasachstan ".repeat(1 + (i % 7) * 3)}`.trim(),
        created: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
        ...(i % 3 === 0 ? { note: `Notiz ${i}` } : {}),
      }),
    );
    await write(many);
    const page = await openReview();
    await page.setViewport({ width: 1000, height: 800 });
    const layout = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>(".rows > .row")].map((row) => {
          const box = row.getBoundingClientRect();
          const item = row.querySelector(".item");
          const foot = row.querySelector(".item-foot");
          // Empty space inside a card: from the bottom of its content to its buttons, and below them.
          let slack = 0;
          if (item && foot) {
            let content = 0;
            for (const part of item.children)
              if (part !== foot) content = Math.max(content, part.getBoundingClientRect().bottom);
            const f = foot.getBoundingClientRect();
            slack = f.top - content + (item.getBoundingClientRect().bottom - f.bottom);
          }
          return {
            top: box.top,
            bottom: box.bottom,
            slack,
            text: row.querySelector(".exact")?.textContent ?? "",
          };
        });
        rows.sort((a, b) => a.top - b.top);
        const list = document.querySelector(".rows")!.getBoundingClientRect();
        return { rows, listBottom: list.bottom };
      });
    const frames = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const check = async () => {
      await frames();
      const { rows } = await layout();
      expect(rows.length).toBeGreaterThan(3);
      // The flex gap (4 px) above the buttons, and the padding and border (9 px) below them.
      for (const row of rows) expect(row.slack).toBeLessThan(16);
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom - 0.5);
    };
    await check();

    // A jump into rows never rendered: the card the reader lands on stays where it was drawn first.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await frames();
    const landed = (await layout()).rows.find((r) => r.top >= 0 && r.text)!;
    await frames();
    const after = (await layout()).rows.find((r) => r.text === landed.text)!;
    expect(Math.abs(after.top - landed.top)).toBeLessThan(2);
    await check();

    // At the very end the list is as long as its rows: no empty tail, and the last highlight is there.
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await frames();
    }
    const end = await layout();
    expect(Math.abs(end.listBottom - end.rows[end.rows.length - 1]!.bottom)).toBeLessThan(1);
    expect(end.rows.some((r) => r.text.startsWith("Zitat 0 "))).toBe(true);
    await check();
    await page.close();
  });
});
