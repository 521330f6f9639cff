// A large library on the review page (docs/review-scale.md): highlights stored through the extension's own
// storage, then review.html?q= opened. It must list the right count, find the one highlight that holds the
// needle, and keep the DOM to the rows near the viewport. Correctness only: speed is measured by
// `npm run bench` (bench/review.ts), never here.
import type { Page } from "puppeteer";
import { type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

/** Firefox writes storage.local more slowly; a fifth of the library still makes every step run in batches. */
const SIZES: Record<BrowserName, number> = { chromium: 100_000, firefox: 20_000 };
const CHUNK = 2000;
const NEEDLE = "Nadelöhr";

describe.each<BrowserName>(["chromium", "firefox"])("review page with a large library in %s", (name) => {
  const total = SIZES[name];
  const needleAt = Math.floor(total * 0.73);
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
    for (let from = 0; from < total; from += CHUNK) {
      await session.inExtension(
        async ({ from, to, needleAt, needle }) => {
          // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const items: Record<string, unknown> = {};
          for (let i = from; i < to; i++) {
            const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
            const exact = `Satz ${i} über den Gipfel ${i % 97} und die Grenze, Kennung K${i}Z${i === needleAt ? ` ${needle}` : ""}`;
            items[`highlight:${uuid}`] = {
              "@context": "http://www.w3.org/ns/anno.jsonld",
              id: `urn:uuid:${uuid}`,
              type: "Annotation",
              motivation: "highlighting",
              created: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
              target: {
                source: `https://site${i % 37}.example/artikel/${i % 2000}`,
                title: `Artikel ${i % 2000}`,
                selector: [{ type: "TextQuoteSelector", exact, prefix: "Davor ", suffix: " danach" }],
              },
            };
          }
          await api.storage.local.set(items);
        },
        { from, to: Math.min(total, from + CHUNK), needleAt, needle: NEEDLE },
      );
    }
    // The background indexes the burst; the review page would wait for it too, this only avoids timing out.
    await waitFor(
      () =>
        session.inExtension(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open("randnotiz-highlights");
              open.onerror = () => resolve(-1);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains("snapshot")) return resolve(-1);
                const meta = db.transaction("snapshot").objectStore("snapshot").get("meta");
                meta.onsuccess = () => {
                  db.close();
                  resolve(meta.result && !meta.result.behind ? meta.result.count : -1);
                };
              };
            }),
          null,
        ),
      (count) => count === total,
      `the background to index ${total} highlights`,
      600_000,
    );
  }, 900_000);

  afterAll(async () => {
    await session?.close();
  });

  const count = (page: Page) =>
    page.$eval(".count", (e) => ({
      shown: Number((e as HTMLElement).dataset.shown),
      total: Number((e as HTMLElement).dataset.total),
    }));
  const rowsInDom = (page: Page) => page.$$eval(".rows > .row", (rows) => rows.length);

  test("?q= finds the one highlight with the needle, counts every highlight, renders only a window", async () => {
    const page = await openExtensionPage(
      session,
      `review.html?q=${encodeURIComponent(NEEDLE.toLowerCase())}`,
    );
    await waitFor(
      () => page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length),
      (n) => n === 1,
      "randnotiz:review-ready",
      120_000,
    );
    expect(await count(page)).toEqual({ shown: 1, total });
    const quotes = await page.$$eval(".rows .quote", (q) => q.map((e) => e.textContent ?? ""));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain(`Satz ${needleAt} über`);

    // The whole list: every highlight counted once the rest is read, and still only a window in the DOM.
    await page.click("#search", { count: 3 });
    await page.keyboard.press("Backspace");
    await waitFor(
      () => page.$eval(".filters", (f) => (f as HTMLFieldSetElement).disabled),
      (disabled) => !disabled,
      "the rest of the library to be read",
      300_000,
    );
    expect(await count(page)).toEqual({ shown: total, total });
    expect(await rowsInDom(page)).toBeGreaterThan(3);
    expect(await rowsInDom(page)).toBeLessThan(80);
    const newest = await page.$eval(".rows .quote", (e) => e.textContent ?? "");
    expect(newest).toContain(`Satz ${total - 1} über`);

    // A search typed now covers everything: the oldest highlight too.
    await page.type("#search", "k0z");
    await waitFor(
      () => count(page),
      (c) => c.shown === 1,
      "the search for the oldest highlight",
      60_000,
    );
    expect(await page.$eval(".rows .quote", (e) => e.textContent ?? "")).toContain("Satz 0 über");
    await page.close();
  }, 600_000);

  test("without a search: the first screen from the head counts every highlight; a search then finds the needle", async () => {
    const page = await openExtensionPage(session, "review.html");
    await waitFor(
      () => page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length),
      (n) => n === 1,
      "randnotiz:review-ready",
      120_000,
    );
    // At ready, only the head's records are in hand, but the count is the whole library's.
    expect((await count(page)).total).toBe(total);
    expect(await page.$eval(".rows .quote", (e) => e.textContent ?? "")).toContain(`Satz ${total - 1} über`);
    expect(await rowsInDom(page)).toBeLessThan(80);
    await page.type("#search", NEEDLE.toLowerCase());
    await waitFor(
      () => count(page),
      (c) => c.shown === 1 && c.total === total,
      "the search for the needle",
      120_000,
    );
    expect(await page.$eval(".rows .quote", (e) => e.textContent ?? "")).toContain(`Satz ${needleAt} über`);
    await page.close();
  }, 600_000);
});
