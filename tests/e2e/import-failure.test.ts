// An import that runs out of room half-way (docs/integrity.md, "Atomic imports"), in the built extension:
// its first chunk of 10,000 highlights lands, the second meets the quota, everything the import wrote is
// removed again, the notice says so, and a second attempt ends the same way. It runs in a launch of its own
// with little room, so no other test shares that room:
// - Chromium: the build without unlimitedStorage, so storage.local has its 10 MB quota. The room check
//   counts the file's JSON as JavaScript writes it, while Chromium counts its own JSON, which writes "<" as
//   six bytes ("\u003C"): a file whose quotes are full of "<" passes the check and meets the quota at the
//   second chunk.
// - Firefox: not yet; its half-way failure is covered by unit tests (docs/integrity.md).
import type { Page } from "puppeteer";
import { launch, type Session, waitFor } from "./harness";
import { lastNotice, notices, openReview } from "./review-kit";

/** The import's write chunk (src/platform/import.ts): the first chunk that lands. */
const CHUNK = 10_000;
/** How many highlights the file has, and how many "<" each quote starts with. */
const FILE: Record<"chromium", { count: number; angles: number }> = {
  chromium: { count: 16_000, angles: 90 },
};

interface Kit {
  /** `n` highlights from number `from` on: about 300 bytes each, a random tail in every quote. */
  items(from: number, n: number, angles: number): Array<{ id: string }>;
  /** storage.local without derived keys (the page index, the compiled matcher), as a SHA-256 and its keys. */
  digest(): Promise<{ sha: string; keys: string[] }>;
}

/** Installs `window.kit` in the review page: the file's items and the digest of storage. */
const installKit = (page: Page) =>
  page.evaluate(() => {
    const hex = (i: number) => i.toString(16).padStart(12, "0");
    const kit: Kit = {
      items: (from, n, angles) =>
        Array.from({ length: n }, (_, j) => ({
          "@context": "http://www.w3.org/ns/anno.jsonld",
          id: `urn:uuid:00000000-0000-4000-8000-${hex(from + j)}`,
          type: "Annotation",
          motivation: "highlighting",
          created: "2024-01-01T00:00:00.000Z",
          target: {
            source: `https://news.example/a${(from + j) % 100}`,
            selector: [
              {
                type: "TextQuoteSelector",
                exact: `${"<".repeat(angles)}${crypto.randomUUID().slice(0, 13)}`,
              },
            ],
          },
        })),
      async digest() {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const all: Record<string, unknown> = await api.storage.local.get(null);
        const keys = Object.keys(all)
          .filter((k) => !/^(hlindex|matcher):/.test(k))
          .sort();
        const text = JSON.stringify(keys.map((k) => [k, all[k]]));
        const sha = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
        return { sha: [...new Uint8Array(sha)].map((b) => b.toString(16).padStart(2, "0")).join(""), keys };
      },
    };
    (window as unknown as { kit: Kit }).kit = kit;
  });

/** Chooses the file of `count` highlights, built inside the page (megabytes never cross the protocol). */
const chooseFile = (page: Page, count: number, angles: number) =>
  page.evaluate(
    (n, a) => {
      const { kit } = window as unknown as { kit: Kit };
      const text = JSON.stringify({ type: "AnnotationCollection", total: n, items: kit.items(0, n, a) });
      const input = document.querySelector("#import-file") as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "half-way.json", { type: "application/json" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    count,
    angles,
  );

/**
 * Chromium: checks in the page that the file is as described above: by the import's own estimate it fits
 * storage.local's free room, by Chromium's count its first chunk fits and the whole file does not.
 */
const chromiumRoom = (page: Page, count: number, angles: number) =>
  page.evaluate(
    async (n, a, chunk) => {
      // biome-ignore lint/suspicious/noExplicitAny: the chrome namespace of an extension page.
      const local = (globalThis as any).chrome.storage.local;
      const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
      const { kit } = window as unknown as { kit: Kit };
      let estimate = 0;
      let first = 0;
      let whole = 0;
      kit.items(0, n, a).forEach((item, i) => {
        const bytes = `highlight:${item.id.slice(9)}`.length + JSON.stringify(item).length;
        estimate += bytes + 96;
        whole += bytes + 5 * a;
        if (i < chunk) first += bytes + 5 * a;
      });
      return { free, estimate, first, whole };
    },
    count,
    angles,
    CHUNK,
  );

describe.each(["chromium"] as const)("an import that runs out of room half-way, in %s", (name) => {
  let session: Session;
  const { count, angles } = FILE[name];

  beforeAll(async () => {
    session = await launch(name, { withoutPermissions: ["unlimitedStorage"] });
  });
  afterAll(async () => {
    await session?.close();
  });

  test("is removed again whole: storage exactly as before, the notice true, and the same on a second try", async () => {
    const page = await openReview(session);
    await installKit(page);
    // The reader's library: one highlight with a note.
    const kept = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:uuid:3f2c1d0e-1111-4aaa-8bbb-123456789abc",
      type: "Annotation",
      motivation: "highlighting",
      created: "2024-03-03T09:00:00.000Z",
      body: [{ type: "TextualBody", value: "meine Notiz", purpose: "commenting" }],
      target: {
        source: "https://news.example/gipfel",
        selector: [{ type: "TextQuoteSelector", exact: "Schon gespeichert" }],
      },
    };
    await page.evaluate(async (a) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ [`highlight:${a.id.slice(9)}`]: a });
    }, kept);
    await waitFor(
      () => page.$$eval(".item", (items) => items.length),
      (n) => n === 1,
      "the stored highlight in the list",
    );
    const room = await chromiumRoom(page, count, angles);
    expect(room.estimate).toBeLessThan(room.free);
    expect(room.first).toBeLessThan(room.free);
    expect(room.whole).toBeGreaterThan(room.free);
    const kit = () => page.evaluate(() => (window as unknown as { kit: Kit }).kit.digest());
    const before = await kit();
    expect(before.keys).toContain("highlight:3f2c1d0e-1111-4aaa-8bbb-123456789abc");

    const total = count.toLocaleString("en");
    for (let attempt = 1; attempt <= 2; attempt++) {
      const seen = (await notices(page)).length;
      await chooseFile(page, count, angles);
      const text = await lastNotice(page, /^Import refused|imported|could not be removed/, 240_000);
      const shown = (await notices(page)).slice(seen).map(([, t]) => t);
      // Part-way: the first chunk was written before the second failed.
      expect(shown).toContain(`Importing… ${CHUNK.toLocaleString("en")} of ${total} highlights written.`);
      expect(text).toMatch(/^Import refused, nothing was changed: .*quota/i);
      expect(await kit()).toEqual(before);
      expect(await page.$$eval(".item", (items) => items.length)).toBe(1);
    }
    await page.close();
  }, 600_000);
});
