// What the reader's page goes through, in both browsers: the demo pages' full mention lists, inline markup
// inside a name, live updates, and switching off without a trace.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  annotationsOf,
  type BrowserName,
  bodyText,
  launch,
  nextPass,
  openAnnotated,
  ROOT,
  type Session,
  setSettings,
} from "./harness";

const expected = (lang: string): Array<[string, string]> =>
  JSON.parse(readFileSync(join(ROOT, `tests/fixtures/demo-${lang}.expected.json`), "utf8"));

describe.each<BrowserName>(["chromium", "firefox"])("page side in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(["de", "en"])("the %s demo page yields its full expected mention list", async (lang) => {
    const page = await openAnnotated(session, `assets/demo/${lang}.html`);
    const { annotations } = await annotationsOf(session, page);
    expect(annotations.map((a) => [a.entity, a.exact])).toEqual(expected(lang));
    const text = await bodyText(page);
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.exact);
    await page.close();
  });

  test("a name split by inline markup is one mention", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const { annotations } = await annotationsOf(session, page);
    const text = await bodyText(page);
    const headingStart = await page.evaluate(() => {
      const em = [...document.querySelectorAll("em")].find((e) => e.textContent === "karabach")!;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n === em.firstChild) return offset - "Berg".length;
        offset += (n as Text).data.length;
      }
      return -1;
    });
    expect(text.slice(headingStart, headingStart + 12)).toBe("Bergkarabach");
    expect(annotations).toContainEqual({
      entity: "bergkarabach",
      exact: "Bergkarabach",
      start: headingStart,
      end: headingStart + 12,
    });
    await page.close();
  });

  test("a paragraph added after load is marked, and a removed one loses its marks", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const before = (await annotationsOf(session, page)).annotations.length;
    const latency = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          setTimeout(() => {
            const p = document.createElement("p");
            p.id = "late";
            p.textContent = "Eilmeldung: Paschinjan und Alijew treffen sich in Brüssel.";
            const added = performance.now();
            document.addEventListener("randnotiz:annotated", () => resolve(performance.now() - added), {
              once: true,
            });
            document.querySelector("article")!.append(p);
          }, 2000);
        }),
    );
    console.log(`${name}: new paragraph marked ${latency.toFixed(0)} ms after insertion`);
    expect(latency).toBeLessThan(1000);
    const added = (await annotationsOf(session, page)).annotations;
    // Brüssel is a capital of the world pack.
    expect(added.length).toBe(before + 3);
    expect(added.map((a) => a.exact)).toEqual(expect.arrayContaining(["Paschinjan", "Alijew", "Brüssel"]));

    await nextPass(page, () => page.evaluate(() => document.getElementById("late")!.remove()));
    const after = (await annotationsOf(session, page)).annotations;
    expect(after.length).toBe(before);
    expect(after.map((a) => a.exact)).not.toContain("Alijew");
    await page.close();
  });

  test("a single-page app that replaces <body> gets its new text marked", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    await nextPass(page, () =>
      page.evaluate(() => {
        const body = document.createElement("body");
        const p = document.createElement("p");
        p.textContent = "Neue Seite: Paschinjan spricht mit Alijew.";
        body.append(p);
        document.body.replaceWith(body);
        history.pushState(null, "", "#neu");
      }),
    );
    const answer = await annotationsOf(session, page);
    expect(answer.url).toMatch(/#neu$/);
    expect(answer.annotations.map((a) => [a.entity, a.exact])).toEqual([
      ["paschinjan", "Paschinjan"],
      ["alijew", "Alijew"],
    ]);
    await page.close();
  });

  test("marks never move layout; switched off, the DOM is the page's own; switched on, the marks are back", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const marked = (await annotationsOf(session, page)).annotations;
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    // Every text line's box: marks must not move a single line (both mark styles are checked).
    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("article p, article h1, aside h4")].map((el) =>
          [...el.getClientRects()].map((r) => `${r.x},${r.y},${r.width},${r.height}`).join(";"),
        ),
      );
    const underlined = await layout();
    await nextPass(page, () => setSettings(session, { ...DEFAULT_SETTINGS, style: "both" }));
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].every((k) => !k.endsWith("-underline"))),
    ).toBe(true);
    const both = await layout();

    await setSettings(session, { ...DEFAULT_SETTINGS, enabled: false });
    await page.waitForFunction(() => CSS.highlights.size === 0);
    expect((await annotationsOf(session, page)).annotations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    expect(await layout()).toEqual(underlined);
    expect(both).toEqual(underlined);

    await nextPass(page, () => setSettings(session, { ...DEFAULT_SETTINGS, enabled: true }));
    expect((await annotationsOf(session, page)).annotations).toEqual(marked);
    await page.close();
  });
});
