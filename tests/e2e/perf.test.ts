// A 10,000-paragraph page stays responsive: every slice of our work is short, and no long task contains one.
// Budgets here are generous structural limits; speed ratios live in `npm run bench`, not in tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer";
import { giantParagraphPage, newsPage } from "../../scripts/newsgen";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  annotationsOf,
  type BrowserName,
  launch,
  openAnnotated,
  ROOT,
  readTiming,
  recordTiming,
  type Session,
  setSettings,
  waitFor,
} from "./harness";

const FIXTURE = "build/fixtures/paragraphs-10k.html";
const GIANT = "build/fixtures/one-paragraph-2mb.html";

beforeAll(() => {
  mkdirSync(join(ROOT, "build/fixtures"), { recursive: true });
  writeFileSync(join(ROOT, FIXTURE), newsPage({ paragraphs: 10_000 }).html);
  writeFileSync(join(ROOT, GIANT), giantParagraphPage(2_000_000));
});

describe.each<BrowserName>(["chromium", "firefox"])("a 10,000-paragraph page in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("is annotated in slices, none of them a long task", async () => {
    const annotated = await openAnnotated(session, FIXTURE, session.server.origin, recordTiming);
    const timing = await readTiming(annotated);
    console.log(
      await annotated.evaluate(() =>
        performance
          .getEntriesByName("randnotiz:annotate")
          .map((m) => Math.round(m.duration))
          .join(","),
      ),
    );
    const { annotations } = await annotationsOf(session, annotated);
    console.log(
      `${name}: ${annotations.length} mentions, ${timing.count} slices, sum ${timing.sum.toFixed(0)} ms, ` +
        `max ${timing.max.toFixed(1)} ms, wall ${timing.wall.toFixed(0)} ms, our long tasks: [${timing.ourLongTasks.join(", ")}]`,
    );
    expect(annotations.length).toBeGreaterThan(10_000);
    expect(timing.count).toBeGreaterThan(1);
    expect(timing.max).toBeLessThan(50);
    expect(timing.ourLongTasks).toEqual([]);
    await annotated.close();
  });

  test("only marks near the screen are painted; scrolling paints the new ones without a long frame", async () => {
    const page = await openAnnotated(session, FIXTURE);
    const total = (await annotationsOf(session, page)).annotations.length;
    const painted = () =>
      page.evaluate(() => {
        let ranges = 0;
        let onScreen = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (!/^randnotiz-(person|organisation|country|place|event|media)-/.test(name)) continue;
          for (const range of highlight as Highlight) {
            ranges++;
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            const box = live.getBoundingClientRect();
            if (box.bottom > 0 && box.top < innerHeight) onScreen++;
          }
        }
        return { ranges, onScreen };
      });
    const first = await painted();
    expect(first.onScreen).toBeGreaterThan(0);
    expect(first.ranges).toBeLessThan(total / 10);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[] };
      w.__frames = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__frames.push(e.duration);
        }).observe({ type: "long-animation-frame" });
      } catch {
        // Firefox has no long-animation-frame entries; the painting itself is still checked.
      }
      window.scrollTo(0, document.documentElement.scrollHeight * 0.7);
    });
    const after = await waitFor(painted, (p) => p.onScreen > 0, "marks on the screen after scrolling");
    expect(after.ranges).toBeLessThan(total / 10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
    console.log(
      `${name}: ${total} marks, ${first.ranges} painted at the top, ${after.ranges} after scrolling; long frames: [${frames.map((d) => d.toFixed(0)).join(", ")}]`,
    );
    expect(frames.filter((d) => d > 50)).toEqual([]);
    await page.close();
  });

  test("the page's own DOM edits stay as fast as without the extension (marks are static ranges)", async () => {
    const edit = (page: Page) =>
      page.evaluate(() => {
        const box = document.createElement("p");
        document.body.prepend(box);
        const text = document.createTextNode("x");
        box.append(text);
        const t0 = performance.now();
        for (let i = 0; i < 2000; i++) {
          const n = document.createTextNode(`y${i}`);
          box.append(n);
          n.remove();
          text.data = `x${i}`;
        }
        const spent = performance.now() - t0;
        box.remove();
        return spent;
      });
    // The baseline comes from a page the extension never marked, so no leftover ranges can slow it.
    await setSettings(session, { ...DEFAULT_SETTINGS, enabled: false });
    const plain = await session.browser.newPage();
    await plain.goto(`${session.server.origin}/${FIXTURE}`);
    const without = await edit(plain);
    await plain.close();
    await setSettings(session, DEFAULT_SETTINGS);
    const page = await openAnnotated(session, FIXTURE);
    expect((await annotationsOf(session, page)).annotations.length).toBeGreaterThan(10_000);
    const withMarks = await edit(page);
    console.log(
      `${name}: 2,000 page edits: ${withMarks.toFixed(1)} ms with 59k marks, ${without.toFixed(1)} ms without`,
    );
    // Live Ranges made this about 3,000 times slower; static ones leave it within noise.
    expect(withMarks).toBeLessThan(without * 5 + 50);
    await page.close();
  });

  test("one giant paragraph of 2 MB is matched in windows, still in short slices", async () => {
    const page = await openAnnotated(session, GIANT, session.server.origin, recordTiming);
    const timing = await readTiming(page);
    const { annotations } = await annotationsOf(session, page);
    console.log(
      `${name}: giant paragraph: ${annotations.length} mentions, max slice ${timing.max.toFixed(1)} ms`,
    );
    expect(annotations.length).toBeGreaterThan(5_000);
    expect(timing.max).toBeLessThan(50);
    expect(timing.ourLongTasks).toEqual([]);
    await page.close();
  });

  test("a page that mutates constantly gets only a small share of the main thread", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const share = await page.evaluate(async () => {
      const ticker = document.createElement("p");
      document.querySelector("article")!.append(ticker);
      const before = performance.now();
      let i = 0;
      const timer = setInterval(() => {
        ticker.textContent = `Ticker ${i++}: Putin trifft Tokajew in Moskau.`;
      }, 5);
      await new Promise((r) => setTimeout(r, 3000));
      clearInterval(timer);
      const after = performance.now();
      const ours = performance
        .getEntriesByName("randnotiz:annotate")
        .filter((m) => m.startTime >= before && m.startTime < after)
        .reduce((sum, m) => sum + m.duration, 0);
      return ours / (after - before);
    });
    console.log(`${name}: share of the main thread under constant mutation: ${(share * 100).toFixed(1)} %`);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.15);
    // Once the page calms down, the ticker's last text is marked.
    const [tickerStart, tickerEnd] = await page.evaluate(() => {
      const ticker = document.querySelector("article")!.lastElementChild!.firstChild;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n && n !== ticker; n = walker.nextNode())
        offset += (n as Text).data.length;
      return [offset, offset + (ticker as Text).data.length] as const;
    });
    const inTicker = await waitFor(
      async () =>
        (await annotationsOf(session, page)).annotations
          .filter((a) => a.start >= tickerStart && a.end <= tickerEnd)
          .map((a) => a.exact),
      (found) => found.length >= 3,
      "the ticker's last text to be marked",
    );
    expect(inTicker).toEqual(["Putin", "Tokajew", "Moskau"]);
    await page.close();
  });
});
