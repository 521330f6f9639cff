// Layout details a picky reader notices, in both browsers: the popup's scrolling name lists end between two
// rows of chips, never through one; the tooltip's one-line pieces (the type, the "My entry" badge, the
// saved date in its header) never wrap, in English and in German.
import { randomUUID } from "node:crypto";
import type { Page } from "puppeteer";
import { keyOf } from "../../src/core/highlights/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TooltipState } from "../../src/platform/messages";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  openExtensionPage,
  type Session,
  setSettings,
  tabIdOf,
  waitFor,
} from "./harness";

const PAGE = "tests/fixtures/pages/discover-en.html";

describe.each<BrowserName>(["chromium", "firefox"])("layout details in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  const store = (items: Record<string, unknown>) =>
    session.inExtension(async (i) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(i);
    }, items);

  /** Each chip of the list in `section` against the list's visible box: whole, hidden, or cut. */
  const chipsSeen = (popup: Page, section: string) =>
    popup.$eval(section, (groups) => {
      const box = groups.getBoundingClientRect();
      const inside = {
        top: box.top + groups.clientTop,
        bottom: box.top + groups.clientTop + groups.clientHeight,
      };
      const seen = { whole: 0, hidden: 0, cut: [] as string[] };
      for (const chip of groups.querySelectorAll("li")) {
        const r = chip.getBoundingClientRect();
        if (r.top >= inside.top - 0.5 && r.bottom <= inside.bottom + 0.5) seen.whole++;
        else if (r.bottom <= inside.top + 0.5 || r.top >= inside.bottom - 0.5) seen.hidden++;
        else seen.cut.push(chip.textContent ?? "");
      }
      return { ...seen, scrolls: groups.scrollHeight > groups.clientHeight };
    });

  test("the popup's name lists end between two rows of chips, above and after scrolling", async () => {
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "en" });
    const page = await openAnnotated(session, "assets/demo/en.html");
    const popup = await openExtensionPage(session, `popup.html?tab=${await tabIdOf(session, page)}`);
    const list = '.found [data-state="list"]';
    await popup.waitForSelector(`${list} .entity`);
    const first = await chipsSeen(popup, list);
    // The demo page names more than the box shows: otherwise there is nothing to cut.
    expect(first.scrolls).toBe(true);
    expect(first.hidden).toBeGreaterThan(0);
    expect(first.cut).toEqual([]);
    await popup.$eval(list, (groups) => groups.scrollTo({ top: groups.scrollHeight, behavior: "instant" }));
    // Scrolled to the end, the last row is whole: every name can be reached.
    const lastChip = await popup.$eval(list, (groups) => {
      const chips = groups.querySelectorAll("li");
      const r = chips[chips.length - 1]!.getBoundingClientRect();
      const box = groups.getBoundingClientRect();
      return { bottom: r.bottom, boxBottom: box.top + groups.clientTop + groups.clientHeight };
    });
    expect(lastChip.bottom).toBeLessThanOrEqual(lastChip.boxBottom + 0.5);
    await Promise.all([popup.close(), page.close()]);
  });

  /** The lowest row whose top is inside the list's visible box: a group heading, or a chip. */
  const lastVisibleRow = (popup: Page, list: string) =>
    popup.$eval(list, (groups) => {
      const bottom = groups.getBoundingClientRect().top + groups.clientTop + groups.clientHeight;
      let last = { tag: "", text: "", top: Number.NEGATIVE_INFINITY };
      for (const e of groups.querySelectorAll("h3, li")) {
        const r = e.getBoundingClientRect();
        if (r.top < bottom - 0.5 && r.top > last.top)
          last = { tag: e.tagName, text: e.textContent ?? "", top: r.top };
      }
      return { tag: last.tag, text: last.text };
    });

  test.each(["tests/fixtures/pages/popup-groups.html", "assets/demo/en.html"])(
    "the popup's name list never ends on a group heading without its chips (%s)",
    async (path) => {
      await setSettings(session, { ...DEFAULT_SETTINGS, language: "en" });
      const page = await openAnnotated(session, path);
      const popup = await openExtensionPage(session, `popup.html?tab=${await tabIdOf(session, page)}`);
      const list = '.found [data-state="list"]';
      await popup.waitForSelector(`${list} .entity`);
      const seen = await chipsSeen(popup, list);
      // One name of each kind, one chip row each: six groups are taller than the box, which has to cut.
      expect(seen.scrolls).toBe(true);
      expect(seen.cut).toEqual([]);
      expect(await lastVisibleRow(popup, list)).toMatchObject({ tag: "LI" });
      await Promise.all([popup.close(), page.close()]);
    },
  );

  test('a fact\'s pack name stays on one line after its source ("Welt-Paket", never "Welt-|Paket")', async () => {
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "de", tooltipDelay: 50 });
    const page = await openAnnotated(session, "assets/demo/de.html");
    // The CSTO's world-pack fact has the longest source line: its web page, when it was read, the pack.
    for (const width of [1000, 700, 360]) {
      await page.setViewport({ width, height: 800 });
      const state = await waitFor(
        async () => {
          await askTab(session, page, { type: "randnotiz:reveal", entity: "ovks" });
          return askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
        },
        (s) => s.open && s.text.includes("abgerufen 07.12.2026 · Welt-Paket"),
        "the CSTO's tooltip with its world-pack fact",
      );
      expect({ width, wrapped: state.wrapped }).toEqual({ width, wrapped: [] });
    }
    await page.close();
  });

  test.each([
    ["en", "My entry"],
    ["de", "Mein Eintrag"],
  ])(
    "in %s, the tooltip's type, its %s badge and the saved date stay on one line",
    async (language, badge) => {
      await setSettings(session, { ...DEFAULT_SETTINGS, language, tooltipDelay: 50 });
      await session.inExtension(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
        const local = ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local;
        const keys = Object.keys(await local.get(null));
        await local.remove(keys.filter((k) => k.startsWith("entry:") || k.startsWith("highlight:")));
      }, null);
      const id = randomUUID();
      // A long own name makes the header line full, where a badge that may wrap does.
      await store({
        [`entry:${id}`]: {
          v: 1,
          id,
          name: "Emmanuel Macron",
          aliases: [],
          type: "person",
          note: "Präsident der Französischen Republik seit 2017",
          link: "",
          created: "2024-01-01T00:00:00.000Z",
          modified: "2024-01-01T00:00:00.000Z",
        },
      });
      const page = await openAnnotated(session, PAGE);
      const saved = `urn:uuid:${randomUUID()}`;
      await store({
        [keyOf(saved)]: {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          id: saved,
          type: "Annotation",
          motivation: "highlighting",
          created: "2026-12-07T09:00:00.000Z",
          target: { source: page.url(), selector: [{ type: "TextQuoteSelector", exact: "Emmanuel Macron" }] },
        },
      });
      const shown = (message: Record<string, unknown>, ok: (s: TooltipState) => boolean, what: string) =>
        waitFor(
          async () => {
            await askTab(session, page, message);
            return askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
          },
          (s) => s.open && ok(s),
          what,
        );
      // The tooltip of the reader's own name: its type and badge.
      const own = await shown(
        { type: "randnotiz:reveal", entity: `my-${id}` },
        (s) => s.text.includes(badge),
        "the own entry's tooltip",
      );
      expect(own.wrapped).toEqual([]);
      // Also in a narrow window, where the panel is narrower than its header line.
      await page.setViewport({ width: 320, height: 640 });
      const narrow = await shown(
        { type: "randnotiz:reveal", entity: `my-${id}` },
        (s) => s.text.includes(badge),
        "the own entry's tooltip in a narrow window",
      );
      expect(narrow.wrapped).toEqual([]);
      // The saved highlight's tooltip: "Saved 7 Dec 2026" or "Gemerkt am 07.12.2026" in its header.
      const kept = await shown(
        { type: "randnotiz:reveal-highlight", id: saved },
        (s) => /Saved |Gemerkt am /.test(s.text),
        "the saved highlight's tooltip",
      );
      expect(kept.wrapped).toEqual([]);
      await page.close();
    },
  );
});
