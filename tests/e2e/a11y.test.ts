// Accessibility audit in both browsers: axe-core (WCAG 2.1 A/AA and best practice, every rule axe runs by
// default) finds no violation on the popup (before and after the discovery list), the review page and its
// "My entries" tab, each in the light and the dark colour scheme. See docs/accessibility.md.
import { randomUUID } from "node:crypto";
import axe from "axe-core";
import type { Page } from "puppeteer";
import { keyOf } from "../../src/core/highlights/model";
import {
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
  tabIdOf,
  waitFor,
} from "./harness";

/** axe-core's own source text (axe.source), evaluated in each audited page. */
const AXE_SOURCE = axe.source;
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

const highlight = (exact: string, extra: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: `urn:uuid:${randomUUID()}`,
  type: "Annotation",
  motivation: "highlighting",
  created: "2024-03-03T09:00:00.000Z",
  target: {
    source: "https://news.example/a",
    selector: [{ type: "TextQuoteSelector", exact, prefix: "Am Montag sagte ", suffix: " in Moskau." }],
  },
  ...extra,
});

const SEED = [
  highlight("Dmitri Peskow"),
  highlight("die Organisation des Vertrags über kollektive Sicherheit", {
    body: [
      { type: "TextualBody", purpose: "commenting", value: "Nachfragen" },
      { type: "TextualBody", purpose: "tagging", value: "OVKS" },
    ],
  }),
  highlight("Tokajew", {
    body: [{ type: "SpecificResource", purpose: "identifying", source: "tokajew" }],
    target: {
      source: "https://news.example/b",
      styleClass: "randnotiz-green",
      selector: [{ type: "TextQuoteSelector", exact: "Tokajew" }],
    },
  }),
];

const ENTRY = {
  v: 1,
  id: randomUUID(),
  name: "Olaf Scholz",
  aliases: ["Scholz"],
  type: "person",
  note: "Bundeskanzler 2021–2025",
  link: "https://de.wikipedia.org/wiki/Olaf_Scholz",
  created: "2024-01-01T00:00:00.000Z",
  modified: "2024-01-01T00:00:00.000Z",
};

/** Runs axe-core in `page` (its source is handed over by the test driver, as no page loads it). */
async function audit(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the evaluated source defines.
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v: Violation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary when the audit fails: rule, impact, how many nodes and where. */
const summary = (violations: Violation[]) =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`,
  );

const RUNS = (["chromium", "firefox"] as const).flatMap((name) =>
  SCHEMES.map((scheme): [BrowserName, Scheme] => [name, scheme]),
);

describe.each(RUNS)("accessibility in %s, %s colour scheme", (name, scheme) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name, { colorScheme: scheme });
    await session.inExtension(
      async (items) => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set(items);
      },
      {
        ...Object.fromEntries(SEED.map((a) => [keyOf(a.id), a])),
        [`entry:${ENTRY.id}`]: ENTRY,
      },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Opens an extension page, checking from inside that it sees the session's colour scheme. */
  async function openIn(path: string): Promise<Page> {
    const page = await openExtensionPage(session, path);
    const matches = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
    expect(matches).toBe(true);
    return page;
  }

  test("popup: the page's names, then the discovered names", async () => {
    const article = await openAnnotated(session, "tests/fixtures/pages/discover-en.html");
    const tab = await tabIdOf(session, article);
    const popup = await openIn(`popup.html?tab=${tab}`);
    await popup.waitForSelector('.found [data-state="list"] .entity');
    await popup.waitForSelector(".discover-start:not([disabled])");
    expect(summary(await audit(popup))).toEqual([]);

    await popup.click(".discover-start");
    await popup.waitForSelector('.discover [data-state="list"] .entity', { timeout: 30_000 });
    expect(summary(await audit(popup))).toEqual([]);
    await Promise.all([popup.close(), article.close()]);
  });

  test("review page with highlights, its entries tab and the entry form", async () => {
    const review = await openIn("review.html");
    await waitFor(
      () => review.$$eval(".item", (items) => items.length),
      (n) => n === SEED.length,
      "the seeded highlights listed",
    );
    expect(summary(await audit(review))).toEqual([]);
    await review.close();

    // Filtered by a tag (its chip pressed in the tag list, docs/keeping.md), and a name's timeline.
    const tagged = await openIn("review.html?tag=ovks");
    await tagged.waitForSelector('.tag-filter[aria-pressed="true"] .count');
    await waitFor(
      () => tagged.$$eval(".item", (items) => items.length),
      (n) => n === 1,
      "the tagged highlight alone",
    );
    expect(summary(await audit(tagged))).toEqual([]);
    await tagged.close();
    const timeline = await openIn("review.html?name=tokajew");
    await timeline.waitForSelector("[data-group='entity:tokajew'] .group-meta");
    await timeline.waitForSelector(".item");
    expect(summary(await audit(timeline))).toEqual([]);
    await timeline.close();

    const entries = await openIn("review.html?tab=entries");
    await entries.waitForSelector(".entry .entry-name");
    expect(summary(await audit(entries))).toEqual([]);
    await entries.close();

    // The add form open, with a refused link: its fields, hints and error messages.
    const form = await openIn("review.html?tab=entries&add=Emmanuel%20Macron&type=person");
    await form.waitForSelector("#entry-link");
    await form.type("#entry-link", "not a link");
    await form.click(".entry-submit");
    await form.waitForSelector('#entry-link[aria-invalid="true"]');
    expect(summary(await audit(form))).toEqual([]);
    await form.close();
  });
});
