// Big pages and busy pages, both browsers (issue 13): a 10 MB page, a page of 200,000 elements, and a
// mutation storm of 1,000 changes a second for 10 s. The page stays responsive: no slice of ours reaches
// 50 ms and (Chromium, which reports long tasks) no long task holds one of our measures.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer";
import { newsPage } from "../../scripts/newsgen";
import { annotationsOf, type BrowserName, launch, ROOT, type Session, waitFor } from "./harness";
import { firstPass, openWatched, recordLongTasks, safeTiming } from "./hostile-kit";

const BIG = "build/hostile/news-10mb.html";
const MANY = "build/hostile/elements-200k.html";
const STORM = "build/hostile/storm.html";

/** 40,000 rows of five elements each, names in some of them. */
function manyElements(rows: number): string {
  const names = ["OVKS", "Kasachstan", "Paschinjan", "Moskau", "Tokajew"];
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(
      `<div class="row"><span>${i}</span> <b>${i % 7 === 0 ? names[i % 5] : "Meldung"}</b> vom Tag, <i>kurz</i> <a href="#r${i}">mehr</a></div>`,
    );
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Viele Elemente</title></head><body>${out.join("\n")}</body></html>`;
}

const STORM_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Sturm</title></head><body>
<main><h1>Liveticker</h1><p id="fixed">Die OVKS tagte in Kasachstan.</p><ol id="ticker"></ol></main></body></html>`;

beforeAll(() => {
  mkdirSync(join(ROOT, "build/hostile"), { recursive: true });
  writeFileSync(join(ROOT, BIG), newsPage({ textBytes: 10_000_000 }).html);
  writeFileSync(join(ROOT, MANY), manyElements(40_000));
  writeFileSync(join(ROOT, STORM), STORM_PAGE);
});

/** A cheap fingerprint of body's markup, so a 10 MB page need not cross the wire twice. */
const fingerprint = (page: Page) =>
  page.evaluate(() => {
    const html = document.body.outerHTML;
    let h = 0x811c9dc5;
    for (let i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 0x01000193);
    return `${html.length}:${h >>> 0}`;
  });

describe.each<BrowserName>(["chromium", "firefox"])("big and busy pages in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  const open = (path: string) =>
    openWatched(session, `${session.server.origin}/${path}`, async (p) => {
      await recordLongTasks(p);
    });

  /** Our slices on this page; logs the long ones. The caller asserts (see slicesOf). */
  async function sliceTiming(page: Page, what: string) {
    const timing = await safeTiming(page);
    const long = await page.evaluate(() => {
      const all = performance.getEntriesByName("randnotiz:annotate");
      let out = "";
      for (let i = 0; i < all.length; i++)
        if (all[i]!.duration > 20) out += ` #${i}/${all.length}:${all[i]!.duration.toFixed(0)}ms`;
      return out;
    });
    if (long) console.log(`${name}, ${what}: slices over 20 ms:${long}`);
    console.log(
      `${name}, ${what}: ${timing.count} slices, max ${timing.max.toFixed(1)} ms, our long tasks [${timing.ourLongTasks}]`,
    );
    return timing;
  }

  async function checkResponsive(page: Page, what: string): Promise<void> {
    const timing = await sliceTiming(page, what);
    expect(timing.count).toBeGreaterThan(0);
    expect(timing.max).toBeLessThan(50);
    expect(timing.ourLongTasks).toEqual([]);
  }

  test.each([
    ["a 10 MB page", BIG, 50_000],
    ["a page of 200,000 elements", MANY, 5_000],
  ])(
    "%s is marked in short slices, its DOM untouched",
    async (what, path, least) => {
      const load = async () => {
        const { page, errors } = await open(path);
        const before = await fingerprint(page);
        const t0 = Date.now();
        await firstPass(page);
        const wall = Date.now() - t0;
        if (path === MANY)
          expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeGreaterThan(
            200_000,
          );
        const { annotations } = await annotationsOf(session, page);
        console.log(`${name}, ${what}: ${annotations.length} mentions, first pass ${wall} ms after load`);
        expect(annotations.length).toBeGreaterThan(least);
        expect(await fingerprint(page)).toBe(before);
        const timing = await sliceTiming(page, what);
        expect(timing.count).toBeGreaterThan(0);
        expect(errors).toEqual([]);
        await page.close();
        return timing;
      };
      // Our slices on these pages are 15–30 ms; on a shared 2-core machine another process can stretch one
      // past 50 ms. Such a spike does not repeat, while a slice of ours that is too long does: one more load
      // decides.
      let timing = await load();
      if (timing.max >= 50 || timing.ourLongTasks.length > 0) timing = await load();
      expect(timing.max).toBeLessThan(50);
      expect(timing.ourLongTasks).toEqual([]);
    },
    90_000,
  );

  test("a mutation storm (1,000 changes a second for 10 s) leaves the page responsive and the marks right", async () => {
    const { page, errors } = await open(STORM);
    await firstPass(page);
    const lag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const ticker = document.getElementById("ticker")!;
          const fixed = document.getElementById("fixed")!.firstChild as Text;
          const lines = [
            "Paschinjan reist nach Moskau.",
            "Tokajew spricht.",
            "Keine Namen hier.",
            "Alijew antwortet.",
          ];
          let n = 0;
          let worst = 0;
          let last = performance.now();
          // 10 changes every 10 ms: add a line, edit text, drop the oldest line beyond 50.
          const timer = setInterval(() => {
            const now = performance.now();
            worst = Math.max(worst, now - last);
            last = now;
            for (let i = 0; i < 10; i++, n++) {
              if (i % 3 === 0) fixed.data = `Die OVKS tagte in Kasachstan (${n}).`;
              else {
                const li = document.createElement("li");
                li.textContent = lines[n % lines.length]!;
                ticker.prepend(li);
                if (ticker.childElementCount > 50) ticker.lastElementChild!.remove();
              }
            }
            if (n >= 10_000) {
              clearInterval(timer);
              resolve(worst);
            }
          }, 10);
        }),
    );
    console.log(`${name}, storm: worst gap between 10 ms ticks ${lag.toFixed(0)} ms`);
    // After the storm the marks catch up with what the page now says.
    const expected = await page.evaluate(() => {
      let ovks = 0;
      let alijew = 0;
      for (const li of document.querySelectorAll("#ticker li"))
        if (li.textContent?.includes("Alijew")) alijew++;
      if (document.getElementById("fixed")!.textContent!.includes("OVKS")) ovks++;
      return { ovks, alijew };
    });
    const answer = await waitFor(
      () => annotationsOf(session, page),
      (a) =>
        a.annotations.filter((m) => m.entity === "alijew").length === expected.alijew &&
        a.annotations.filter((m) => m.entity === "ovks").length === expected.ovks,
      "the marks to follow the storm",
    );
    expect(expected.alijew).toBeGreaterThan(5);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    for (const a of answer.annotations) expect(text.slice(a.start, a.end)).toBe(a.exact);
    await checkResponsive(page, "storm");
    expect(errors).toEqual([]);
    await page.close();
  }, 40_000);
});
