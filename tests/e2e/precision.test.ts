// Precision on the page, in both browsers. Nested names: "Ukraine" inside "Kriegs in der Ukraine" is marked
// as well as the war; hovering the inner word explains the country and names the war, and keyboard steps
// visit the outer name first, then the inner one. Evidence: an ambiguous name counts only where the page
// supports it.
import type { Page } from "puppeteer";
import {
  annotationsOf,
  askTab,
  type BrowserName,
  launch,
  openAnnotated,
  type Session,
  waitFor,
} from "./harness";

interface TooltipState {
  open: boolean;
  entity: string | null;
  text: string;
}

const OUTER = "Kriegs in der Ukraine";

describe.each<BrowserName>(["chromium", "firefox"])("precision on the page in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  const state = (page: Page) => askTab<TooltipState>(session, page, { type: "randnotiz:tooltip-state" });

  test("both names are in the annotations, outer first, the inner one inside it", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    const outer = annotations.findIndex((a) => a.exact === OUTER);
    expect(outer).toBeGreaterThanOrEqual(0);
    const inner = annotations[outer + 1]!;
    expect(inner).toMatchObject({ entity: "ukraine", exact: "Ukraine" });
    expect(inner.start).toBeGreaterThan(annotations[outer]!.start);
    expect(inner.end).toBe(annotations[outer]!.end);
    await page.close();
  });

  test("hovering the inner word explains it and names the outer one; keyboard steps go outer, then inner", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const at = await page.evaluate((outer) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(outer);
        if (i < 0) continue;
        const range = document.createRange();
        const word = i + outer.length - "Ukraine".length;
        range.setStart(n, word + 2);
        range.setEnd(n, word + 4);
        (n.parentElement as HTMLElement).scrollIntoView({ block: "center" });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error("no nested name on the page");
    }, OUTER);
    // Marks are painted near the screen only: let the window follow the scroll before pointing.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    await page.mouse.move(at.x, at.y);
    const shown = await waitFor(
      () => state(page),
      (s) => s.open,
      "the tooltip",
    );
    expect(shown.entity).toBe("ukraine");
    expect(shown.text).toMatch(/Part of:\s*\S/);

    await page.mouse.move(2, 2);
    await waitFor(
      () => state(page),
      (s) => !s.open,
      "the tooltip to close",
    );
    const visited: string[] = [];
    for (let i = 0; i < 80 && !visited.includes("ukraine"); i++) {
      expect(await askTab(session, page, { type: "randnotiz:step", direction: 1 })).toBe(true);
      visited.push((await state(page)).entity ?? "?");
    }
    const inner = visited.lastIndexOf("ukraine");
    expect(inner).toBeGreaterThan(0);
    expect(visited[inner - 1]).not.toBe("ukraine");
    expect(visited[inner - 1]).toMatch(/krieg|war|invasion/);
    await page.close();
  });

  test("an ambiguous name is marked only where the page supports it", async () => {
    const us = await openAnnotated(session, "tests/fixtures/pages/georgia-us.html");
    const usMarks = (await annotationsOf(session, us)).annotations;
    expect(usMarks.filter((a) => a.exact === "Georgia")).toEqual([]);
    const caucasus = await openAnnotated(session, "tests/fixtures/pages/georgia-caucasus.html");
    const marks = (await annotationsOf(session, caucasus)).annotations.map((a) => [a.entity, a.exact]);
    expect(marks).toContainEqual(["georgien", "Georgia"]);
    expect(marks).toContainEqual(["armenien", "Armenia"]);
    await us.close();
    await caucasus.close();
  });
});
