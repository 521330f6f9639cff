// Name discovery, one test per error class on real news sentences (docs/discovery.md). The quality figures
// come from bench/discover.ts; these pin each class so that a later change cannot bring it back.
import { WORD_LISTS } from "../../bench/discover";
import { type Candidate, mergeNames } from "../../src/core/discover";
import { findName, withoutLabel } from "../../src/core/discover/around";
import { discoverNames, type FoundName } from "../../src/discover/engine";

const none = (_name: string): boolean => false;

const find = (blocks: string[], lang: string, covered = none): Promise<FoundName[]> =>
  discoverNames({ blocks, lang, covered }, WORD_LISTS);

describe("a place with a direction word (Central Asia)", () => {
  const page = [
    "The CSTO is a military alliance of six post-Soviet states in Central Asia and Eastern Europe.",
    "Moscow has long regarded Central Asia as its sphere of influence.",
    "Eastern Europe & Central Asia",
    "Protests spread across Central Asia.",
  ];

  test("is one name, never split into a bare Asia beside Central Asia", async () => {
    const names = await find(page, "en");
    const texts = names.map((n) => n.text);
    expect(texts).toContain("Central Asia");
    expect(texts).not.toContain("Asia");
    expect(names.find((n) => n.text === "Central Asia")?.count).toBe(4);
  });

  test("jump to lands on a standalone occurrence, not inside a longer name", () => {
    const block = "Eastern Europe & Central Asia: the region. Asia is large, and so is Central Asia.";
    expect(findName(block, "Asia")).toBe(block.indexOf("Asia is"));
    expect(findName(block, "Central Asia")).toBe(block.lastIndexOf("Central Asia"));
    // Only inside a longer name: that occurrence is still found, rather than none.
    expect(findName("Eastern Europe & Central Asia", "Asia")).toBe(25);
    // Never inside a word.
    expect(findName("Asian markets", "Asia")).toBe(-1);
    // A name that starts a sentence stands on its own.
    const s = "It rained in Russia. Moscow said so.";
    expect(findName(s, "Moscow")).toBe(s.indexOf("Moscow"));
  });
});

const kinds = (names: FoundName[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n.text, n.kind]));

describe("missed names", () => {
  test("German: a country, also without a preposition and in the genitive", async () => {
    const k = kinds(
      await find(
        [
          "Frankreichs Außenminister Fabius wird seinerseits in Kürze nach Berlin kommen.",
          "Although Britain and France backed the US demand: Estlands Außenminister sprach mit Serbien und Iran.",
        ],
        "de",
      ),
    );
    expect(k).toMatchObject({ Frankreich: "place", Estland: "place", Serbien: "place", Iran: "place" });
  });

  test("news agencies are organisations, in credits too", async () => {
    const de = kinds(
      await find(
        [
          "Paris (dpa) - Bundesaußenminister Sigmar Gabriel ist in Paris eingetroffen.",
          "(Foto von Kalizhan Ospanov/Xinhua)",
        ],
        "de",
      ),
    );
    expect(de).toMatchObject({ dpa: "organisation", Xinhua: "organisation" });
    const en = kinds(await find(["The agency TASS reported it, and Reuters confirmed it on Friday."], "en"));
    expect(en).toMatchObject({ TASS: "organisation", Reuters: "organisation" });
  });

  test("ministries and federal bodies: Auswärtiges Amt, Bundestag", async () => {
    const k = kinds(
      await find(
        [
          "Gabriel war gestern vom Wirtschaftsministerium ins Auswärtige Amt gewechselt.",
          "Der Bundestag stimmte am Donnerstag zu.",
        ],
        "de",
      ),
    );
    expect(k["Auswärtige Amt"]).toBe("organisation");
    expect(k.Bundestag).toBe("organisation");
  });

  test("a court or university with its seat is one organisation", async () => {
    const k = kinds(await find(["Vor dem Landgericht Ingolstadt wurde das Urteil gesprochen."], "de"));
    expect(k["Landgericht Ingolstadt"]).toBe("organisation");
  });

  test("German: a given name starts a person, and an abstract noun after it ends the name", async () => {
    const k = kinds(
      await find(["Er kritisierte Donald Trumps Wirtschaftsnationalismus und lobte Boris Pistorius."], "de"),
    );
    expect(k["Boris Pistorius"]).toBe("person");
    expect(Object.keys(k).some((n) => n.includes("Wirtschaftsnationalismus"))).toBe(false);
  });

  test("English: a country compromise does not tag (Britain), and councils inside longer names", async () => {
    const k = kinds(
      await find(
        [
          "Although Britain and France backed the US demand for tougher sanctions, China objected.",
          "North Korea detonated its sixth test, prompting the UN Security Council to implement new sanctions.",
        ],
        "en",
      ),
    );
    expect(k).toMatchObject({ Britain: "place", "UN Security Council": "organisation" });
  });
});

describe("wrong kind", () => {
  test("… Force and … Council are organisations, never people", async () => {
    const k = kinds(
      await find(
        [
          "Moscow contributes to a combined Collective Rapid Reaction Force to tackle drug trafficking.",
          "The conference in Brussels was also attended by Charles Michel, President of the European Council.",
        ],
        "en",
      ),
    );
    expect(k["Collective Rapid Reaction Force"]).toBe("organisation");
    expect(k["European Council"]).toBe("organisation");
  });

  test("a country's short form is a place, not an organisation", async () => {
    const k = kinds(
      await find(["Er trifft dort am Donnerstag US-Präsident Donald Trump im Weißen Haus."], "de"),
    );
    expect(k.US).toBe("place");
  });
});

describe("listed, but not names", () => {
  test("an infobox line loses its label; a sentence with a later colon keeps everything", () => {
    expect(withoutLabel("Region served: Eurasia")).toBe("Eurasia");
    expect(withoutLabel("Secretary-General: Nurlan Yermekbayev")).toBe("Nurlan Yermekbayev");
    expect(withoutLabel("Name: Collective Security Treaty Organization")).toBe(
      "Collective Security Treaty Organization",
    );
    const sentence = "Kremlin spokesman Dmitry Peskov told reporters on Monday: the troops will stay.";
    expect(withoutLabel(sentence)).toBe(sentence);
  });

  test("a given name alone of a person named in full is that person, not a name of its own", () => {
    const at = (text: string): Candidate => ({ text, kind: "person", surface: text });
    const names = mergeNames([at("Nikol Pashinyan"), at("Nikol"), at("Pashinyan")], () => false);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatchObject({ text: "Nikol Pashinyan", count: 3 });
    expect(names[0]!.forms).toEqual(expect.arrayContaining(["Nikol Pashinyan", "Nikol", "Pashinyan"]));
  });

  test("German sentence starts and capitalised common nouns are no names", async () => {
    const names = await find(
      [
        "Derzeit Waffenruhe. Beide Staaten werfen sich gegenseitig vor, die Waffenruhe gebrochen zu haben.",
        "Die Organisation schickte Truppen in die Grenznähe.",
      ],
      "de",
    );
    expect(names.map((n) => n.text)).toEqual([]);
  });
});

describe("discovery follows the packs that are on", () => {
  test("the engine drops nothing by itself: a name is dropped only by the caller's active matcher", async () => {
    const blocks = ["Armenian Prime Minister Nikol Pashinyan met Russia's leaders in Moscow."];
    const all = await find(blocks, "en");
    expect(all.map((n) => n.text)).toEqual(expect.arrayContaining(["Nikol Pashinyan", "Moscow"]));
    // With a pack that knows Moscow switched on, only Moscow goes; with it off, Moscow is listed again.
    const moscow = (name: string): boolean => name === "Moscow";
    const shown = all.filter((n) => ![n.text, ...n.forms].some(moscow));
    expect(shown.map((n) => n.text)).toContain("Nikol Pashinyan");
    expect(shown.map((n) => n.text)).not.toContain("Moscow");
  });
});
