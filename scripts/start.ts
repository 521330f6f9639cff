// npm start: serve the demo pages and open Chromium with build/chrome loaded. Without a display (or with
// --headless) it prints what was marked, writes build/demo.png and exits.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import { CHROME_ARGS, CHROME_MISSING, chromePath } from "./browser-path";
import { serve } from "./serve";

const ROOT = join(import.meta.dirname, "..");
const page = process.argv.find((a) => a.endsWith(".html")) ?? "de.html";
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;

async function printMarks(browser: Browser, url: string): Promise<void> {
  const target = await browser.waitForTarget((t) => t.type() === "service_worker", { timeout: 15000 });
  const worker = await target.worker();
  if (!worker) throw new Error("The extension's service worker did not start.");
  const answer = (await worker.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension's chrome.* API, untyped here.
    const api = (globalThis as any).chrome;
    // Without the tabs permission URLs are hidden; the demo tab is the active one.
    const [tab] = await api.tabs.query({ active: true });
    return api.tabs.sendMessage(tab.id, { type: "randnotiz:annotations" });
  })) as { annotations: Array<{ entity: string }> };
  const counts = new Map<string, number>();
  for (const a of answer.annotations) counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(
    `\nRandnotiz marked ${answer.annotations.length} mentions of ${rows.length} entities on ${url}\n`,
  );
  console.log(`${"entity".padEnd(28)}count`);
  for (const [entity, count] of rows) console.log(`${entity.padEnd(28)}${String(count).padStart(5)}`);
}

async function main(): Promise<void> {
  const executablePath = chromePath();
  if (!executablePath) {
    console.error(CHROME_MISSING);
    process.exit(1);
  }
  // A fixed port gives a URL to remember; if something else has it, any free port will do.
  const demo = join(ROOT, "assets/demo");
  const server = headless ? await serve(demo) : await serve(demo, 8080).catch(() => serve(demo));
  const url = `${server.origin}/${page}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    enableExtensions: [join(ROOT, "build/chrome")],
    userDataDir: mkdtempSync(join(tmpdir(), "randnotiz-demo-")),
    args: CHROME_ARGS,
  });
  const tab = (await browser.pages())[0] ?? (await browser.newPage());
  const annotated = tab.evaluateOnNewDocument(() => {
    (window as unknown as { __done: Promise<void> }).__done = new Promise((r) =>
      document.addEventListener("randnotiz:annotated", () => r(), { once: true }),
    );
  });
  await annotated;
  await tab.goto(url);
  if (!headless) {
    console.log(`Demo running at ${url}. Close the browser window to stop.`);
    browser.on("disconnected", () => server.close().then(() => process.exit(0)));
    return;
  }
  await tab.evaluate(() => (window as unknown as { __done: Promise<void> }).__done);
  await printMarks(browser, url);
  await tab.screenshot({ path: join(ROOT, "build/demo.png") });
  console.log("\nScreenshot: build/demo.png");
  await browser.close();
  await server.close();
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
