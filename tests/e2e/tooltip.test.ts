// The tooltip in the built extension, both browsers: hover, leave, Esc, keyboard steps, reveal, hostile
// CSS, switching off. The shadow root is closed, so what it shows is read through the
// randnotiz:tooltip-state message, and its host box from the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer";
import type { FactbaseJson } from "../../src/core/factbase/schema";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { TooltipState } from "../../src/platform/messages";
import { formatDate } from "../../src/ui/i18n";
import {
  annotationsOf,
  askTab,
  type BrowserName,
  launch,
  nextPass,
  openAnnotated,
  ROOT,
  type Session,
  setSettings,
  tabIdOf,
  waitFor,
} from "./harness";

const factbase: FactbaseJson = JSON.parse(readFileSync(join(ROOT, "build/chrome/factbase.json"), "utf8"));
const entity = (id: string) => factbase.entities.find((e) => e.id === id)!;

// German UI regardless of the browser's language, so the expected strings are fixed.
const SETTINGS = { ...DEFAULT_SETTINGS, language: "de", tooltipDelay: 100 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The middle of line `line` (or the last) of the first `word` in body text, scrolled into view. */
function pointOn(page: Page, word: string, line = 0) {
  return page.evaluate(
    (word, line) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(word);
        if (i < 0) continue;
        n.parentElement!.scrollIntoView({ block: "center", behavior: "instant" });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + word.length);
        // A space at a line break may get an empty box of its own.
        const boxes = [...range.getClientRects()].filter((r) => r.width > 1);
        const { left, top, bottom, width, height } = boxes[Math.min(line, boxes.length - 1)]!;
        return { x: left + width / 2, y: top + height / 2, top, bottom, lines: boxes.length };
      }
      throw new Error(`"${word}" is not on the page`);
    },
    word,
    line,
  );
}

const hostBox = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector("randnotiz-tooltip");
    if (!host) return null;
    const { x, y, width, height } = host.getBoundingClientRect();
    const { position, visibility } = getComputedStyle(host);
    const parentIsRoot = host.parentElement === document.documentElement;
    // A closed shadow root is invisible to the page.
    const shadowHidden = (host as HTMLElement).shadowRoot === null;
    return { x, y, width, height, position, visibility, parentIsRoot, shadowHidden };
  });

describe.each<BrowserName>(["chromium", "firefox"])("tooltip in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await setSettings(session, SETTINGS);
  });

  const state = (page: Page) => askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });
  const waitState = (page: Page, ok: (s: TooltipState) => boolean, what: string) =>
    waitFor(() => state(page), ok, what);
  const waitOpen = (page: Page, id: string) => waitState(page, (s) => s.open && s.entity === id, id);
  const waitClosed = (page: Page) => waitState(page, (s) => !s.open, "the tooltip to close");
  const marked = (page: Page, ok: (count: number) => boolean) =>
    waitFor(
      () => annotationsOf(session, page),
      (a) => ok(a.annotations.length),
      "annotation to follow settings",
    );
  const shownBox = async (page: Page) =>
    (await waitFor(
      () => hostBox(page),
      (b) => b?.visibility === "visible",
      "the host to show",
    ))!;

  /** A keyboard step as the browser shortcut would send it. */
  async function step(page: Page, command: "next-entity" | "previous-entity"): Promise<void> {
    if (name === "chromium") {
      await tabIdOf(session, page); // runCommand acts on the active tab
      await session.inExtension(
        // biome-ignore lint/suspicious/noExplicitAny: the service worker's test hook has no types here.
        (c) => (globalThis as any).randnotiz.runCommand(c),
        command,
      );
    } else {
      // Firefox's extension context here is a page, not the background: send what runCommand sends.
      const direction = command === "next-entity" ? 1 : -1;
      expect(await askTab(session, page, { type: "randnotiz:step", direction })).toBe(true);
    }
  }

  test("hovering a mark opens its tooltip with description and dated, sourced facts; leaving closes it", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const before = await annotationsOf(session, page);
    expect(await state(page)).toEqual({ open: false, entity: null, text: "" });
    expect(await hostBox(page)).toBeNull(); // nothing is added before it is needed

    const ovks = await pointOn(page, "OVKS");
    await page.mouse.move(ovks.x, ovks.y);
    const shown = await waitOpen(page, "ovks");
    const { description } = entity("ovks");
    for (const part of ["OVKS", "Organisation", description.de, "Reuters, 27.11.2022 · Story-Paket"])
      expect(shown.text).toContain(part);
    // The story's date is the fact's date: it is said once, not again as "Stand: 27.11.2022".
    expect(shown.text).not.toContain("Stand: 27.11.2022");
    // Inverse relations: the members point at the OVKS, not the other way round.
    expect(shown.text).toMatch(/Mitglieder.*Armenien.*Mehr bei Wikipedia/);

    const box = await shownBox(page);
    expect(box).toMatchObject({ position: "fixed", parentIsRoot: true, shadowHidden: true });
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeGreaterThan(60);
    // The host sits outside body: the annotation offsets are unchanged.
    expect(await annotationsOf(session, page)).toEqual(before);

    // Into the tooltip (to click its links): it stays open.
    await page.mouse.move(ovks.x, box.y + 8, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await pause(600);
    expect((await state(page)).open).toBe(true);

    // Away from both: it closes after a short grace period.
    await page.mouse.move(2, 2, { steps: 2 });
    await waitClosed(page);

    // A fact read on the web says when it was read.
    const armenia = await pointOn(page, "Armenien");
    await page.mouse.move(armenia.x, armenia.y);
    const accessed = entity("armenien").facts.find((f) => f.source.attribution.dateKind === "accessed")!;
    const { publisher, date } = accessed.source.attribution;
    expect((await waitOpen(page, "armenien")).text).toContain(
      `${publisher}, abgerufen ${formatDate(date, "de")}`,
    );
    await page.close();
  });

  test("a point beside the text, where the caret snaps to a mark, opens nothing", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    // Far right of the first OVKS's line, past the end of the text but level with it.
    const ovks = await pointOn(page, "OVKS");
    const x = (await page.evaluate(() => innerWidth)) - 4;
    await page.mouse.move(x, ovks.y);
    await pause(500);
    expect((await state(page)).open).toBe(false);
    await page.close();
  });

  test("a name that wraps opens from either line, beside the hovered line; Esc closes it", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const name = "Organisation des Vertrags über kollektive Sicherheit";
    let second = await pointOn(page, name, 1);
    for (let width = 780; second.lines < 2 && width >= 300; width -= 20) {
      await page.setViewport({ width, height: 600 });
      second = await pointOn(page, name, 1);
    }
    expect(second.lines).toBe(2);
    await page.mouse.move(second.x, second.y);
    await waitOpen(page, "ovks");
    await page.keyboard.press("Escape");
    await waitClosed(page);
    expect((await hostBox(page))?.visibility).toBe("hidden");
    const first = await pointOn(page, name, 0);
    await page.mouse.move(first.x, first.y);
    await waitOpen(page, "ovks");
    const box = await shownBox(page);
    // inline(): just below or above the hovered first line, not the box around both lines.
    const gap = box.y >= first.bottom ? box.y - first.bottom : first.top - (box.y + box.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(12);
    await page.close();
  });

  test("keyboard steps go through the marks in document order, scroll to them and mark the current one", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    expect(annotations.length).toBeGreaterThan(10);
    const [first, second] = annotations;
    await step(page, "next-entity");
    await waitOpen(page, first!.entity);
    expect(await page.evaluate(() => CSS.highlights.has("randnotiz-current"))).toBe(true);
    await step(page, "next-entity");
    await waitOpen(page, second!.entity);
    if (name === "chromium") {
      // Chromium's accessibility tree reaches into the closed shadow root: the step was announced.
      const tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
      expect(tree).toContain(`, 2 von ${annotations.length}"`);
    }
    await step(page, "previous-entity");
    await waitOpen(page, first!.entity);

    // Backwards from the first wraps to the last, far down the page: it is scrolled into view.
    await step(page, "previous-entity");
    const last = annotations[annotations.length - 1]!;
    await waitOpen(page, last.entity);
    const view = await page.evaluate(() => {
      const range = [...(CSS.highlights.get("randnotiz-current") as Highlight)][0] as Range;
      const { top, bottom } = range.getBoundingClientRect();
      return { top, bottom, height: innerHeight, scrollY, text: range.toString() };
    });
    expect(view.text).toBe(last.exact);
    expect(view.scrollY).toBeGreaterThan(0);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.height);

    // Scrolling the mark out of view closes its tooltip.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    await waitClosed(page);
    await page.close();
  });

  test("after the reader scrolls, the next step starts from what is on screen", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    const offsetsOf = () =>
      page.evaluate(
        (spans: Array<[number, number]>) => {
          const nodes: Text[] = [];
          const starts: number[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let total = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            nodes.push(n as Text);
            starts.push(total);
            total += (n as Text).data.length;
          }
          const at = (offset: number): [Text, number] => {
            let i = starts.length - 1;
            while (starts[i]! > offset) i--;
            return [nodes[i]!, offset - starts[i]!];
          };
          return spans.map(([start, end]) => {
            const range = document.createRange();
            range.setStart(...at(start));
            range.setEnd(...at(end - 1));
            range.setEnd(range.endContainer, range.endOffset + 1);
            return range.getBoundingClientRect().bottom;
          });
        },
        annotations.map((a) => [a.start, a.end] as [number, number]),
      );
    await page.evaluate(() => window.scrollTo({ top: 1400, behavior: "instant" }));
    const bottoms = await offsetsOf();
    const expected = annotations[bottoms.findIndex((b) => b > 0)]!;
    expect(annotations.indexOf(expected)).toBeGreaterThan(3);
    await step(page, "next-entity");
    await waitOpen(page, expected.entity);
    const current = await page.evaluate(() => {
      const range = [...(CSS.highlights.get("randnotiz-current") as Highlight)][0] as Range;
      return range.toString();
    });
    expect(current).toBe(expected.exact);
    await page.close();
  });

  test("reveal scrolls to an entity's first mention and explains it", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    const target = annotations[annotations.length - 1]!.entity;
    expect(await askTab(session, page, { type: "randnotiz:reveal", entity: target })).toBe(true);
    await waitOpen(page, target);
    expect(await askTab(session, page, { type: "randnotiz:reveal", entity: "no-such-entity" })).toBe(false);
    await page.close();
  });

  test("on a page with hostile CSS the tooltip is laid out, on top and readable", async () => {
    const page = await openAnnotated(session, "assets/demo/hostile.html");
    await step(page, "next-entity");
    const shown = await waitState(page, (s) => s.open, "the tooltip");
    expect(shown.text.length).toBeGreaterThan(40);
    const box = await shownBox(page);
    expect(box).toMatchObject({ position: "fixed", parentIsRoot: true });
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeGreaterThan(60);
    // On top of the page's full-screen overlay: the topmost element at its centre is the host.
    const topmost = await page.evaluate(
      (x, y) => document.elementFromPoint(x, y)?.localName,
      box.x + box.width / 2,
      box.y + box.height / 2,
    );
    expect(topmost).toBe("randnotiz-tooltip");
    // It paints something: the same clip differs with and without it.
    const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
    const withTooltip = await page.screenshot({ clip, encoding: "base64" });
    await page.keyboard.press("Escape");
    await waitClosed(page);
    const without = await page.screenshot({ clip, encoding: "base64" });
    expect(withTooltip).not.toEqual(without);
    await page.close();
  });

  test("a name inside a page's modal dialog gets its tooltip above the dialog (top layer)", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    await nextPass(page, () =>
      page.evaluate(() => {
        const dialog = document.createElement("dialog");
        dialog.style.cssText = "width: 90vw; height: 80vh; max-width: none; max-height: none;";
        const p = document.createElement("p");
        p.textContent = "Im Dialog: Tokajew trifft Paschinjan.";
        dialog.append(p);
        document.body.append(dialog);
        dialog.showModal();
      }),
    );
    const at = await page.evaluate(() => {
      const text = document.querySelector("dialog p")!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf("Tokajew"));
      range.setEnd(text, text.data.indexOf("Tokajew") + 7);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await waitOpen(page, "tokajew");
    const box = await shownBox(page);
    // The rest of the page is inert under a modal, so hit-testing cannot tell; the pixels can: below the
    // dialog the tooltip would leave its area unchanged.
    const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
    const withTooltip = await page.screenshot({ clip, encoding: "base64" });
    await page.mouse.move(2, 2, { steps: 2 }); // leave the mark: the tooltip closes, the dialog stays
    await waitClosed(page);
    expect(await page.evaluate(() => document.querySelector("dialog")!.open)).toBe(true);
    expect(await page.screenshot({ clip, encoding: "base64" })).not.toEqual(withTooltip);
    await page.close();
  });

  test("switching annotation off removes the tooltip's host and leaves the DOM as it was", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const original = await page.evaluate(() => document.documentElement.outerHTML);
    const at = await pointOn(page, "OVKS");
    await page.mouse.move(at.x, at.y);
    await waitOpen(page, "ovks");
    expect(await hostBox(page)).not.toBeNull();

    await setSettings(session, { ...SETTINGS, enabled: false });
    await marked(page, (n) => n === 0);
    expect(await state(page)).toEqual({ open: false, entity: null, text: "" });
    expect(await hostBox(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    await setSettings(session, SETTINGS);
    await marked(page, (n) => n > 0);
    await page.mouse.move(2, 2);
    await page.mouse.move(at.x, at.y);
    await waitOpen(page, "ovks");
    await page.close();
  });
});
