// The backup reminder (docs/backup.md) on the built extension's review page: off by default, the reader's
// choice is saved, a due reminder shows and its button exports every highlight, which ends the reminder.
import type { Page } from "puppeteer";
import { type BrowserName, launch, openExtensionPage, type Session, waitFor } from "./harness";

const DAY = 86_400_000;

describe.each<BrowserName>(["chromium", "firefox"])("backup reminder in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const items: Record<string, unknown> = {};
      for (let i = 0; i < 3; i++) {
        const uuid = `00000000-0000-4000-8000-00000000000${i}`;
        items[`highlight:${uuid}`] = {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          id: `urn:uuid:${uuid}`,
          type: "Annotation",
          motivation: "highlighting",
          created: `2026-11-0${i + 1}T10:00:00.000Z`,
          target: {
            source: "https://news.example/gipfel",
            selector: [{ type: "TextQuoteSelector", exact: `Satz ${i}` }],
          },
        };
      }
      await api.storage.local.set(items);
    }, null);
  });
  afterAll(async () => {
    await session?.close();
  });

  const backupSettings = () =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const area = api.storage.sync ?? api.storage.local;
      return ((await area.get("settings")).settings?.backup ?? null) as {
        weeks: number;
        last: string | null;
        since: string | null;
      } | null;
    }, null);

  const setBackup = (backup: object) =>
    session.inExtension(async (value) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const area = api.storage.sync ?? api.storage.local;
      const { settings } = await area.get("settings");
      await area.set({ settings: { ...settings, backup: value } });
    }, backup);

  async function openReview(): Promise<Page> {
    const page = await openExtensionPage(session, "review.html");
    await waitFor(
      () => page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length),
      (n) => n === 1,
      "randnotiz:review-ready",
    );
    await page.waitForSelector("#backup-weeks");
    return page;
  }

  test("off by default; the choice is saved; a due reminder exports everything and goes away", async () => {
    let page = await openReview();
    expect(await page.$eval("#backup-weeks", (s) => (s as HTMLSelectElement).value)).toBe("0");
    expect(await page.$(".backup-due")).toBeNull();

    await page.select("#backup-weeks", "2");
    const on = await waitFor(backupSettings, (b) => b?.weeks === 2, "the choice saved");
    expect(on?.since).not.toBeNull();
    expect(on?.last).toBeNull();
    // Just turned on: nothing is due yet.
    expect(await page.$(".backup-due")).toBeNull();
    await page.close();

    // Fifteen days later, never exported.
    await setBackup({ weeks: 2, last: null, since: new Date(Date.now() - 15 * DAY).toISOString() });
    page = await openReview();
    const text = await waitFor(
      () => page.$eval(".backup-due", (e) => e.textContent ?? "").catch(() => ""),
      (t) => t.length > 0,
      "the reminder",
    );
    expect(text).toMatch(/backup|Sicherung/);
    await page.evaluate(() => {
      const w = window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> };
      w.__downloads = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      };
    });
    await page.click(".backup-now");
    const files = await waitFor(
      () =>
        page.evaluate(() =>
          Promise.all(
            (
              window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> }
            ).__downloads.map(async (d) => ({ name: d.name, text: await d.text })),
          ),
        ),
      (d) => d.length === 1,
      "the backup file",
    );
    expect(files[0]!.name).toMatch(/\.jsonld$/);
    expect(JSON.parse(files[0]!.text).items).toHaveLength(3);
    const after = await waitFor(backupSettings, (b) => b?.last !== null, "the export recorded");
    expect(Date.now() - Date.parse(after!.last!)).toBeLessThan(60_000);
    await waitFor(
      () => page.$(".backup-due").then((e) => e === null),
      (gone) => gone,
      "the reminder to go away",
    );

    // Turned off again.
    await page.select("#backup-weeks", "0");
    await waitFor(backupSettings, (b) => b?.weeks === 0, "the reminder off");
    await page.close();
  }, 120_000);
});
