// The same article at another address, and a unique sentence through a reorder (docs/page-identity.md,
// docs/anchoring.md), in both browsers: highlights are saved through the extension and looked up with the
// `randnotiz:highlights` message on the other address (docs/interfaces.md).
import type { Page } from "puppeteer";
import { askTab, type BrowserName, bodyText, launch, type Session } from "./harness";

const DIR = "tests/fixtures/pages/identity";

interface Anchored {
  id: string;
  state: "exact" | "fuzzy" | "orphan";
  start: number | null;
  end: number | null;
  exact: string;
}

describe.each<BrowserName>(["chromium", "firefox"])("page identity in %s", (name) => {
  let session: Session;
  const url = (file: string, rest = "") => `${session.server.origin}/${DIR}/${file}${rest}`;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.clear();
    }, null);
  });

  /** Opens `address` and resolves after the first annotation pass (and the first anchoring, if any). */
  async function open(address: string, anchored: boolean): Promise<Page> {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(
      (event) => {
        (window as unknown as { __ready: Promise<void> }).__ready = new Promise((resolve) =>
          document.addEventListener(event, () => resolve(), { once: true }),
        );
      },
      anchored ? "randnotiz:anchored" : "randnotiz:annotated",
    );
    await page.goto(address);
    await page.evaluate(() => (window as unknown as { __ready: Promise<void> }).__ready);
    return page;
  }

  async function save(page: Page, id: string, text: string): Promise<string> {
    await page.evaluate(
      (id, text) => {
        const node = document.getElementById(id)!.firstChild as Text;
        const at = node.data.indexOf(text);
        if (at < 0) throw new Error(`"${text}" is not in #${id}`);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      },
      id,
      text,
    );
    const result = await askTab<{ ok: boolean; id?: string }>(session, page, {
      type: "randnotiz:save-selection",
    });
    expect(result).toMatchObject({ ok: true });
    return result.id!;
  }

  const highlightsOf = (page: Page) =>
    askTab<{ url: string; highlights: Anchored[] }>(session, page, { type: "randnotiz:highlights" });

  async function expectExact(page: Page, id: string, quote: string) {
    const text = await bodyText(page);
    const { highlights } = await highlightsOf(page);
    expect(highlights).toEqual([
      {
        id,
        state: "exact",
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
        exact: quote,
      },
    ]);
  }

  test("a highlight saved at ?utm_source=x shows on the canonical URL, and records the canonical URL", async () => {
    const quote = "a sharp rise in fuel prices";
    const tracked = await open(url("article.html", "?utm_source=x&fbclid=abc"), false);
    const id = await save(tracked, "p2", quote);
    await tracked.close();
    const stored = (await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith("highlight:"))
        .map(([, v]) => v);
    }, null)) as Array<{ target: { source: string; canonical?: string } }>;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.target.source).toBe(url("article.html", "?utm_source=x&fbclid=abc"));
    expect(stored[0]!.target.canonical).toBe(url("article.html"));

    const canonical = await open(url("article.html"), true);
    await expectExact(canonical, id, quote);
    await canonical.close();
  });

  test("a highlight saved on the AMP page shows on the article its canonical link names", async () => {
    const quote = "Kazakhstan's president said order had largely been restored";
    const amp = await open(url("amp.html"), false);
    const id = await save(amp, "p4", quote);
    await amp.close();
    const article = await open(url("article.html"), true);
    await expectExact(article, id, quote);
    await article.close();
  });

  test("a canonical link to another site is not trusted", async () => {
    const page = await open(url("elsewhere.html"), false);
    await save(page, "p1", "Thousands of troops");
    await page.close();
    const stored = (await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith("highlight:"))
        .map(([, v]) => v);
    }, null)) as Array<{ target: { canonical?: string } }>;
    expect(stored[0]!.target.canonical).toBeUndefined();
  });

  test("a unique sentence survives a paragraph reorder and word edits next to it", async () => {
    const quote = "the deployment was the first time the alliance had acted on a member's request for help.";
    const before = await open(url("article.html"), false);
    const id = await save(before, "p3", quote);
    await before.close();
    const after = await open(url("article.html", "#reordered"), true);
    const text = await bodyText(after);
    // The page really changed: the paragraph is last now, with other words on both sides of the quote.
    expect(text.indexOf(quote)).toBeGreaterThan(text.indexOf("largest city, Almaty"));
    expect(text).toContain("Several analysts noted that the deployment");
    await expectExact(after, id, quote);
    await after.close();
  });

  test("a one-word highlight that opens its paragraph survives when the paragraph before it moves away", async () => {
    // The word's own sentence is intact; what stood before it (the moved paragraph's last sentence) is not.
    const quote = "Kazakhstan's";
    const before = await open(url("article.html"), false);
    const id = await save(before, "p4", quote);
    await before.close();
    const after = await open(url("article.html", "#reordered"), true);
    const text = await bodyText(after);
    expect(text.indexOf("spread across the country.")).toBeLessThan(text.indexOf(quote));
    expect(text.indexOf("would stay.")).toBeGreaterThan(text.indexOf(quote));
    await expectExact(after, id, quote);
    await after.close();
  });
});
