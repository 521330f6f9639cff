// Saving, noting and deleting from a name's tooltip as a hurried reader does it, in both browsers: a double
// click on Save stores one highlight and never lands on Delete; a delete can be undone in the tooltip; a
// kept note is confirmed and the tooltip then closes like any other (docs/tooltip.md).
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TooltipState } from "../../src/platform/messages";
import {
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  type Session,
  setSettings,
  waitFor,
} from "./harness";

const PATH = "tests/fixtures/pages/changing.html";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each<BrowserName>(["chromium", "firefox"])("tooltip actions in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setSettings(session, { ...DEFAULT_SETTINGS, language: "en", tooltipDelay: 50 });
    await session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.clear();
    }, null);
  });

  const state = (page: Page) => askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
  const waitState = (page: Page, ok: (s: TooltipState) => boolean, what: string) =>
    waitFor(() => state(page), ok, what);

  const stored = (): Promise<Array<{ id: string; body?: unknown[] }>> =>
    session.inExtension(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome in Chromium, browser in Firefox.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const all = await api.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith("highlight:"))
        .map(([, v]) => v);
    }, null) as Promise<Array<{ id: string; body?: unknown[] }>>;

  /** Hovers Peskow in #p2 until its tooltip is open and drawn; returns where Save is drawn. */
  async function hoverPeskow(page: Page): Promise<[number, number]> {
    const at = await page.evaluate(() => {
      const node = document.getElementById("p2")!.firstChild as Text;
      const i = node.data.indexOf("Peskow");
      const range = document.createRange();
      range.setStart(node, i + 1);
      range.setEnd(node, i + 3);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await waitState(page, (s) => s.open && s.entity === "peskow", "the tooltip of Peskow");
    await page.waitForFunction(() => document.querySelector("randnotiz-tooltip")?.checkVisibility());
    const box = await page.evaluate(() => {
      const r = document.querySelector("randnotiz-tooltip")!.getBoundingClientRect();
      return { right: r.right, top: r.top };
    });
    // Save sits at the top right of the panel, inside a closed shadow root: click where it is drawn.
    return [box.right - 30, box.top + 22];
  }

  test("a double click on Save stores one highlight; a later click there deletes nothing; Delete offers Undo", async () => {
    const page = await openAnnotated(session, PATH);
    const save = await hoverPeskow(page);
    // A fast double click, then (after the tooltip has changed under the pointer) a slower third click.
    await page.mouse.click(...save, { count: 2, delay: 20 });
    await waitState(page, (s) => s.text.includes("Delete highlight"), "the saved part of the tooltip");
    await pause(600);
    await page.mouse.click(...save);
    await pause(600);
    const once = await stored();
    expect(once).toHaveLength(1);
    expect(JSON.stringify(once[0])).toContain('"exact":"Dmitri Peskow"');

    // Delete from the keyboard: after the date line come the colour, the tag field, the note field and
    // (Keep note being disabled while the note is unchanged) Delete.
    await page.keyboard.press("Escape");
    await hoverPeskow(page);
    const shown = await state(page);
    expect(shown.text).toContain("Delete highlight");
    await page.mouse.click(...save); // on the saved part's date line: harmless
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await waitFor(stored, (all) => all.length === 0, "the highlight to be deleted");
    const notice = await waitState(page, (s) => s.text.includes("Highlight deleted."), "the undo notice");
    expect(notice.open).toBe(true);
    expect(notice.text).toContain("Undo");
    expect(notice.text).not.toContain("Delete highlight");

    // Undo sits where Save was: a click there brings the very same highlight back.
    await page.mouse.click(...save);
    const back = await waitFor(stored, (all) => all.length === 1, "the highlight to come back");
    expect(back[0]!.id).toBe(once[0]!.id);
    await waitState(page, (s) => s.text.includes("Delete highlight"), "the saved part again");
    expect(await page.evaluate(() => CSS.highlights.get("randnotiz-yellow")?.size)).toBe(1);
    await page.close();
  });

  test("Enter keeps a note, says so, and the tooltip then closes when the pointer is away", async () => {
    const page = await openAnnotated(session, PATH);
    const save = await hoverPeskow(page);
    await page.mouse.click(...save);
    await waitState(page, (s) => s.text.includes("Delete highlight"), "the saved part of the tooltip");
    await pause(100);
    await page.keyboard.type("Check the Kremlin's wording");
    await page.keyboard.press("Enter");
    const confirmed = await waitState(page, (s) => s.text.includes("Note saved"), "the note confirmation");
    expect(confirmed.open).toBe(true);
    await waitFor(
      stored,
      (all) => JSON.stringify(all[0]?.body ?? []).includes("Kremlin's wording"),
      "the note in storage",
    );
    // The pointer leaves, as it would leave any tooltip: it closes.
    await page.mouse.move(5, 5, { steps: 3 });
    await waitState(page, (s) => !s.open, "the tooltip to close after the note was kept");
    await page.close();
  });

  test("a note kept just before the next save does not close the next highlight's note field", async () => {
    const page = await openAnnotated(session, PATH);
    const saveSelection = async (id: string, text: string) => {
      await page.evaluate(
        (id, text) => {
          const node = document.getElementById(id)!.firstChild as Text;
          const range = document.createRange();
          range.setStart(node, node.data.indexOf(text));
          range.setEnd(node, node.data.indexOf(text) + text.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        },
        id,
        text,
      );
      const result = await askTab<{ ok: boolean }>(session, page, { type: "randnotiz:save-selection" });
      expect(result.ok).toBe(true);
      await page.waitForFunction(() => document.querySelector("randnotiz-tooltip")?.checkVisibility());
      await pause(200);
    };
    await page.mouse.move(5, 5);
    await saveSelection("p1", "Zweifeln seines Verbündeten");
    await page.keyboard.type("first");
    await page.keyboard.press("Enter");
    await waitState(page, (s) => s.text.includes("Note saved"), "the first note confirmed");
    await saveSelection("p4", "als Gegenstück zur Nato");
    // Longer than the first tooltip's confirmation: the second one is still open, its field focused.
    await pause(2000);
    expect((await state(page)).open).toBe(true);
    await page.keyboard.type("second");
    await page.keyboard.press("Enter");
    await waitFor(
      stored,
      (all) => all.some((a) => JSON.stringify(a.body ?? []).includes("second")),
      "the second note in storage",
    );
    await page.close();
  });
});
