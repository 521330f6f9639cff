// The store screenshots, 1280×800 at scale 1, in store/screenshots/: {de,en}-1-tooltip.png, -2-popup.png
// (the popup drawn over the demo page), -3-review.png, each set shot in a browser whose UI speaks that
// language. Run by scripts/screenshots.ts.
import { join } from "node:path";
import {
  activeTabId,
  type Lang,
  openDemo,
  openReview,
  ROOT,
  type Session,
  save,
  tooltipShot,
  wrote,
} from "./shots-kit";

export const STORE = join(ROOT, "store/screenshots");
const STORE_SIZE = { width: 1280, height: 800, deviceScaleFactor: 1 };

/** The store set for one language; `saves` are made first (the English ones already exist from savedShots). */
export async function storeShots(
  session: Session,
  origin: string,
  lang: Lang,
  saves: Array<[string, string]>,
) {
  const { browser, worker, id } = session;
  const url = `${origin}/${lang}.html`;
  await tooltipShot(browser, worker, url, join(STORE, `${lang}-1-tooltip.png`), STORE_SIZE);

  const demo = await openDemo(browser, url, STORE_SIZE);
  const backdrop = await demo.screenshot({ encoding: "base64" });
  const tabId = await activeTabId(worker);
  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 720, deviceScaleFactor: 1 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-state="list"]');
  const panel = await (await popup.$("main"))!.screenshot({ encoding: "base64" });
  await popup.close();
  // The popup as the toolbar would drop it: top right, over the page it describes.
  const canvas = await browser.newPage();
  await canvas.setViewport(STORE_SIZE);
  await canvas.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;overflow:hidden;
    background:url(data:image/png;base64,${backdrop}) no-repeat"><img src="data:image/png;base64,${panel}"
    style="position:absolute;top:8px;right:24px;max-height:776px;object-fit:cover;object-position:top;
    border-radius:8px;box-shadow:0 8px 32px rgb(0 0 0/.35),0 0 0 1px rgb(0 0 0/.12)"></body>`);
  await canvas.screenshot({ path: wrote(join(STORE, `${lang}-2-popup.png`)) });
  await canvas.close();

  await demo.bringToFront();
  await save(demo, worker, saves);
  await demo.close();
  const review = await openReview(browser, id, STORE_SIZE);
  await review.screenshot({ path: wrote(join(STORE, `${lang}-3-review.png`)) });
  await review.close();
}
