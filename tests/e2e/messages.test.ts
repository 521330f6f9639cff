// The message contract, checked on receipt in the real extension: one malformed message of each type
// gets an `{ error }` answer from the content script or the background, and the public messages still
// answer as docs/interfaces.md says afterwards.
import {
  annotationsOf,
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
} from "./harness";

// Every type the content script answers that has fields, each in a form that breaks the contract, plus
// an unknown type and messages that are no request at all.
const MALFORMED_FOR_PAGE: unknown[] = [
  { type: "randnotiz:reveal", entity: 42 },
  { type: "randnotiz:step", direction: "down" },
  { type: "randnotiz:reveal-highlight" },
  { type: "randnotiz:reveal-text", text: ["Putin"] },
  { type: "randnotiz:no-such-message" },
  { kind: "randnotiz:annotations" },
  "randnotiz:annotations",
];

// Every type the background answers that has fields, each broken (the others have nothing to break:
// extra fields are ignored).
const MALFORMED_FOR_BACKGROUND: unknown[] = [
  { type: "randnotiz:page-summary", distinct: "many", active: true },
  { type: "randnotiz:open-highlight", source: 3, id: "urn:uuid:x" },
  { type: "randnotiz:anchor-report", states: { "urn:uuid:x": "lost" } },
  { type: "randnotiz:entity-views", entities: "putin", lang: "de" },
  { type: "randnotiz:discover-run", blocks: [1, 2], lang: "en" },
  { type: "randnotiz:about-name", entity: 7 },
  { type: "randnotiz:passage-link", source: "https://example.org/a", quote: { exact: "a" } },
  { type: "randnotiz:open-timeline", entity: null },
  { type: "randnotiz:describe-quote", text: "Ein Satz.", start: "0", end: 3 },
];

describe.each<BrowserName>(["chromium", "firefox"])("message contract in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the content script answers each malformed message with an error, and keeps working", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const before = await annotationsOf(session, page);
    expect(before.annotations.length).toBeGreaterThan(0);
    for (const message of MALFORMED_FOR_PAGE) {
      const answer = await askTab<{ error?: unknown }>(session, page, message as Record<string, unknown>);
      expect(answer).toEqual({ error: expect.stringMatching(/^Randnotiz: malformed /) });
    }
    // Still alive, and the public answers are unchanged.
    expect(await annotationsOf(session, page)).toEqual(before);
    const highlights = await askTab<{ url: string; highlights: unknown[] }>(session, page, {
      type: "randnotiz:highlights",
    });
    expect(highlights).toEqual({ url: page.url(), highlights: [] });
    await page.close();
  });

  test("the background answers each malformed message of its own with an error", async () => {
    const page = await openExtensionPage(session, "review.html");
    const answers = await page.evaluate(async (messages) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const out: unknown[] = [];
      for (const message of messages) out.push(await api.runtime.sendMessage(message));
      return out;
    }, MALFORMED_FOR_BACKGROUND);
    expect(answers).toHaveLength(MALFORMED_FOR_BACKGROUND.length);
    for (const [i, answer] of answers.entries()) {
      const type = (MALFORMED_FOR_BACKGROUND[i] as { type: string }).type;
      expect(answer).toEqual({ error: expect.stringContaining(`Randnotiz: malformed ${type}: `) });
    }
    await page.close();
  });
});
