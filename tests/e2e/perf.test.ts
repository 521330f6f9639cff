// A 10,000-paragraph page stays responsive: every slice of our work is short, and no long task contains one.
// Budgets here are generous structural limits; speed ratios live in `npm run bench`, not in tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newsPage } from "../../scripts/newsgen";
import {
  annotationsOf,
  type BrowserName,
  launch,
  openAnnotated,
  ROOT,
  readTiming,
  recordTiming,
  type Session,
} from "./harness";

const FIXTURE = "build/fixtures/paragraphs-10k.html";

beforeAll(() => {
  mkdirSync(join(ROOT, "build/fixtures"), { recursive: true });
  writeFileSync(join(ROOT, FIXTURE), newsPage({ paragraphs: 10_000 }).html);
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
});
