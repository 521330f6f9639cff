// The review page as the integrity tests drive it: opened until ready, with every text its notice shows
// recorded (progress is seen even when it is brief), and a file chosen in its import input.
import type { Page } from "puppeteer";
import { openExtensionPage, type Session, waitFor } from "./harness";

export async function openReview(session: Session): Promise<Page> {
  const page = await openExtensionPage(session, "review.html");
  await waitFor(
    () => page.evaluate(() => performance.getEntriesByName("randnotiz:review-ready").length),
    (n) => n > 0,
    "randnotiz:review-ready",
  );
  await page.evaluate(() => {
    const seen: Array<[number, string]> = [];
    (window as unknown as { notices: typeof seen }).notices = seen;
    new MutationObserver(() => {
      const text = document.querySelector(".notice")?.textContent ?? "";
      if (text && seen.at(-1)?.[1] !== text) seen.push([performance.now(), text]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return page;
}

/** Every text the notice showed since the page was opened, with the time it appeared. */
export const notices = (page: Page): Promise<Array<[number, string]>> =>
  page.evaluate(() => (window as unknown as { notices: Array<[number, string]> }).notices);

/** The notice's text once it matches `pattern` (waiting up to `ms`). */
export const lastNotice = async (page: Page, pattern: RegExp, ms?: number): Promise<string> =>
  (
    await waitFor(
      () => notices(page),
      (list) => pattern.test(list.at(-1)?.[1] ?? ""),
      `a notice matching ${pattern}`,
      ms,
    )
  ).at(-1)![1];
