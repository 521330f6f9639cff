// German nouns beside a name (docs/discovery.md, "Nouns beside a name"): the dictionary's nouns
// (made at build time by scripts/discover-nouns.ts) tell an apposition and a trailing noun from the name, on real sentences
// from the seen evaluation sets. Each test fails without the noun list (WORD_LISTS.germanNouns).
import { WORD_LISTS } from "../../bench/discover";
import { decodeNouns, nounTest } from "../../src/core/discover";
import { discoverNames, type FoundName } from "../../src/discover/engine";

const find = (blocks: string[], opts = WORD_LISTS): Promise<FoundName[]> =>
  discoverNames({ blocks, lang: "de", covered: () => false }, opts);

const kinds = (names: FoundName[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n.text, n.kind]));

describe("the noun list", () => {
  const nouns = decodeNouns(WORD_LISTS.germanNouns);
  const isNoun = nounTest(nouns, (w) => w === "München");

  test("decodes the front-coded forms, with case and number", () => {
    expect(nouns.size).toBeGreaterThan(60_000);
    for (const w of ["Rivale", "Rivalen", "Keeper", "Hand", "Kripo", "Fall", "Sender"])
      expect(nouns.has(w)).toBe(true);
    // Compounds are left to the head test: "Gewerkschaft" is "Schaft" at the end.
    expect(nouns.has("Gewerkschaft")).toBe(false);
    // Names are not in it, and neither are acronyms.
    for (const w of ["Verdi", "Lübeck", "Einhaus", "Sellner", "SPD", "BASF"])
      expect(nouns.has(w)).toBe(false);
  });

  test("a compound is a noun by its head, a hyphenated word by its last part", () => {
    for (const w of [
      "Gewerkschaft",
      "Flughafenbetreiber",
      "Rechtsextremist",
      "Vorstände",
      "Landkreises",
      "TV-Sender",
      "SAP-Rivale",
    ])
      expect(isNoun(w)).toBe(true);
    // A head that ends place names makes no noun, nor does a known place.
    for (const w of ["Friedrichshafen", "Hoffenheim", "Ingolstadt", "München", "Verdi", "SPD"])
      expect(isNoun(w)).toBe(false);
    // Whole words only: after "in", "Hannober" is a place although "Ober" is a noun.
    expect(isNoun("Hannober")).toBe(true);
    expect(isNoun("Hannober", true)).toBe(false);
    expect(isNoun("Hand", true)).toBe(true);
  });
});

describe("a noun before a name is an apposition that gives the kind", () => {
  const sentences = [
    "Im Tarifstreit des öffentlichen Dienstes der Länder hat die Gewerkschaft Verdi Warnstreiks in Niedersachsen und Bremen angekündigt.",
    '"Wenn man es jetzt sieht, war das ein klarer Elfmeter", sagte Volland im TV-Sender Sky.',
    "Der SAP-Rivale Salesforce kam im dritten Quartal auf Erlöse von 4,51 Milliarden Dollar.",
    "Auch SAP und der Frankfurter Flughafenbetreiber Fraport waren mit jeweils 23 Prozent überdurchschnittlich erfolgreich.",
    "Die beste Chance der Hallenser hatte Kunze, der aus kurzer Distanz an Keeper Becker scheiterte.",
    "Landrat Einhaus gab dem Kreistag einen Überblick über die Finanzlage des Landkreises Peine.",
    "Rechtsextremist Sellner an Schweizer Grenze gestoppt",
    "Neue Spur im Vermisstenfall Luchterhandt",
    "Beamte der Kripo Kiel befragten am Freitag Anwohner und suchten nach Zeugen.",
  ];

  test("the name alone, of the noun's kind", async () => {
    const k = kinds(await find(sentences));
    expect(k).toMatchObject({
      Verdi: "organisation",
      Sky: "organisation",
      Salesforce: "organisation",
      Fraport: "organisation",
      Becker: "person",
      Einhaus: "person",
      Sellner: "person",
      Luchterhandt: "person",
    });
    for (const wrong of [
      "Gewerkschaft Verdi",
      "Gewerkschaft Verdi Warnstreiks",
      "TV-Sender Sky",
      "SAP-Rivale Salesforce",
      "Frankfurter Flughafenbetreiber Fraport",
      "Keeper Becker",
      "Landrat Einhaus",
      "Landkreises Peine",
      "Rechtsextremist Sellner",
      "Vermisstenfall Luchterhandt",
      "Kripo Kiel",
    ])
      expect(k[wrong]).toBeUndefined();
  });

  test("without the noun list the nouns are read as parts of persons' names (the test can fail)", async () => {
    const { germanNouns: _, ...withoutNouns } = WORD_LISTS;
    const k = kinds(await find(sentences, withoutNouns as typeof WORD_LISTS));
    expect(k["Rechtsextremist Sellner"]).toBe("person");
  });

  test("a given name or a role word keeps a surname that is a noun too", async () => {
    const k = kinds(
      await find([
        "Im Aufsichtsrat der Commerzbank stimmen die Arbeitnehmervertreter gegen die umstrittene Abberufung der Vorstände Jochen Klösges und Ulrich Sieber. Aufsichtsratschef Klaus-Peter Müller, der den Vorstand verkleinern will, könnte die Absetzung nun durchsetzen.",
      ]),
    );
    expect(k).toMatchObject({ "Jochen Klösges": "person", "Klaus-Peter Müller": "person" });
    expect(k["Vorstände Jochen Klösges"]).toBeUndefined();
  });
});

describe("a noun after in/nach/aus is no place", () => {
  test("idioms and fields of study", async () => {
    const names = await find([
      "Kiel (ots) – Bundes- und Landespolizei haben Hand in Hand gearbeitet.",
      "Die Forscher werteten dafür Daten aus drei großen Projekten aus, in denen die Verlässlichkeit von Studien aus Psychologie, Wirtschaft und Naturwissenschaften geprüft worden war.",
    ]);
    const texts = names.map((n) => n.text);
    expect(texts).not.toContain("Hand");
    expect(texts).not.toContain("Psychologie");
    expect(kinds(names).Kiel).toBe("place");
  });
});

describe("a sentence's first word that is a common word is no given name", () => {
  test('"Nur Leverkusens Trainer Roger Schmidt"', async () => {
    const k = kinds(
      await find([
        'Der Schiedsrichter-Experte sah ein "ganz klares absichtliches Handspiel, Elfmeter und Rot". Nur Leverkusens Trainer Roger Schmidt wollte nicht zürnen.',
      ]),
    );
    expect(k["Nur Leverkusens"]).toBeUndefined();
    expect(k["Roger Schmidt"]).toBe("person");
  });
});

describe("after a role word, a given name keeps its surname", () => {
  test("even where the word lists know the surname as a word; a vehicle class is no body", async () => {
    const names = await find([
      "Bürgermeister Manuel Just warnte dennoch vor allzu großer Freude.",
      "Trainer Julian Nagelsmann wird hoffen, dass das für seine gesamte Mannschaft gilt.",
      "Als die Einsatzkräfte ankamen, lag der SUV auf dem Dach.",
    ]);
    const k = kinds(names);
    expect(k).toMatchObject({ "Manuel Just": "person", "Julian Nagelsmann": "person" });
    for (const wrong of ["Manuel", "Julian", "SUV"]) expect(k[wrong]).toBeUndefined();
  });
});
