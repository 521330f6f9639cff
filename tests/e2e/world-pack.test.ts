// The world pack in the built extension, both browsers (docs/world-pack.md): a world-pack name on the demo
// page, its tooltip with sourced, dated facts that name their pack, and the pack switch in the popup,
// which unmarks the pack's names on the open page at once and brings them back.
import type { Page } from "puppeteer";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  annotationsOf,
  type BrowserName,
  hoverUntil,
  launch,
  openAnnotated,
  openExtensionPage,
  pointOn,
  type Session,
  setSettings,
  tabIdOf,
  waitFor,
} from "./harness";

const SETTINGS = { ...DEFAULT_SETTINGS, language: "de", tooltipDelay: 100 };

describe.each<BrowserName>(["chromium", "firefox"])("world pack in %s", (name) => {
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

  const entities = async (page: Page) =>
    new Set((await annotationsOf(session, page)).annotations.map((a) => a.entity));

  test("a capital of the world pack is marked, and its tooltip names the pack, the package and the date", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const marked = await entities(page);
    expect(marked.has("tiflis")).toBe(true);
    expect(marked.has("eu-kommission")).toBe(true);
    expect(marked.has("ovks")).toBe(true);

    const shown = await hoverUntil(
      session,
      page,
      () => pointOn(page, "Tiflis"),
      (s) => s.open && s.entity === "tiflis" && s.text.includes("Welt-Paket"),
      "the tooltip of Tiflis with its facts",
    );
    for (const part of ["Tiflis", "Ort", "Hauptstadt; Staat: Georgien."]) expect(shown.text).toContain(part);
    expect(shown.text).toContain("world-countries 5.1.0 (ODbL-1.0), 03.06.2025 · Welt-Paket");
    expect(shown.text).not.toContain("Stand: 03.06.2025");
    await page.close();
  });

  test("the popup's World switch unmarks the pack's names on the open page at once, and brings them back", async () => {
    const page = await openAnnotated(session, "assets/demo/de.html");
    const tabId = await tabIdOf(session, page);
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    const world = 'input[name="pack"][value="world"]';
    expect(await popup.$eval(world, (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await popup.$eval(world, (e) => e.closest("label")!.textContent)).toContain("Welt");

    // Reachable by keyboard: Tab from the pack group's first switch lands on it.
    await popup.focus('input[name="pack"][value="seed"]');
    await popup.keyboard.press("Tab");
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      "world",
    );
    await popup.click(world);
    await page.bringToFront();
    // The page marks again with the seed pack's matcher: until that pass has marked, the page may hold no
    // marks at all, so the state waited for is the seed's names back without the world pack's.
    const off = await waitFor(
      () => entities(page),
      (s) => !s.has("tiflis") && !s.has("eu-kommission") && s.has("ovks"),
      "the world pack's names to be unmarked and the seed pack's to stay",
    );
    expect(off.has("kasachstan")).toBe(true);

    await popup.bringToFront();
    await popup.click(world);
    await page.bringToFront();
    await waitFor(
      () => entities(page),
      (s) => s.has("tiflis") && s.has("eu-kommission"),
      "the world pack's names to be marked again",
    );
    await Promise.all([popup.close(), page.close()]);
  }, 90_000);
});
