// Renders assets/icons/icon.svg to the PNG sizes the manifest names. Run by hand after editing the SVG
// (npx tsx scripts/icons.ts); the PNGs are checked in so that a build needs no browser.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "./browser-path";

const dir = join(import.meta.dirname, "../assets/icons");
const executablePath = chromePath();
if (!executablePath) throw new Error(CHROME_MISSING);
const svg = readFileSync(join(dir, "icon.svg"), "utf8");
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(dir, `${size}.png`) as `${string}.png`, omitBackground: true });
}
await browser.close();
