// English error classes of the seen evaluation sets (docs/discovery.md, "Offices, events and lone words"),
// each on a real sentence from those sets. Each test fails on the code before these rules.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames, type FoundName } from "../../src/discover/engine";

const find = (blocks: string[]): Promise<FoundName[]> =>
  discoverNames({ blocks, lang: "en", covered: () => false }, WORD_LISTS);

const kinds = (names: FoundName[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n.text, n.kind]));

describe("an office holder's possessive inside a body's name", () => {
  test("a county sheriff's office and a governor's office of … are one organisation each", async () => {
    const k = kinds(
      await find([
        "RALEIGH, N.C. — After a weeklong search, authorities have made an arrest in the shooting death of a Wake County Sheriff's Office deputy.",
        "“DON’T WAIT, EVACUATE,” the California Governor’s Office of Emergency Services said in a tweet.",
      ]),
    );
    expect(k["Wake County Sheriff's Office"]).toBe("organisation");
    expect(k["California Governor’s Office of Emergency Services"]).toBe("organisation");
    for (const piece of ["Wake", "Emergency Services"]) expect(k[piece]).toBeUndefined();
  });
});

describe("a double name after a hyphen", () => {
  test("is one person; a hyphenated modifier is not part of a name", async () => {
    const k = kinds(
      await find([
        "Authorities have charged Arturo Marin-Sotelo, 29, of Apex, with murder in connection with his death.",
        "He allegedly shot Goforth as the uniformed deputy filled the tank of his patrol car at a Houston-area Chevron station.",
      ]),
    );
    expect(k["Arturo Marin-Sotelo"]).toBe("person");
    expect(k["Arturo Marin"]).toBeUndefined();
    expect(Object.keys(k).some((t) => t.endsWith("-area"))).toBe(false);
  });
});

describe("events, competitions and instruments are no names, nor are their pieces", () => {
  test("trophies, finals, storms, satellites", async () => {
    const names = await find([
      "Serena Williams poses with the Billie Jean King Trophy after defeating Simona Halep in the WTA Finals in Singapore on Sunday.",
      "Several towns saw heavy flooding on Saturday as Tropical Storm Ophelia moved inland.",
      "The planet was found in 2017, according to data from the Transiting Exoplanet Survey Satellite (TESS).",
    ]);
    const texts = names.map((n) => n.text);
    expect(kinds(names)).toMatchObject({ "Serena Williams": "person", "Simona Halep": "person" });
    for (const piece of ["Trophy", "Billie Jean King", "Storm Ophelia", "Ophelia", "Transiting Exoplanet"])
      expect(texts).not.toContain(piece);
  });
});

describe("a single common English word is no name of its own", () => {
  test('"City" and "Monday" are not listed; a known place and a town before its state are', async () => {
    const names = await find([
      "SPARTANBURG, S.C. — Spartanburg City Council voted 5-0 on Monday to approve a $39.1 million budget. City management called it a status quo budget.",
      "Several people were injured, including a 17-year-old, in a shooting in downtown Charleston, South Carolina, on Monday, police said.",
    ]);
    const texts = names.map((n) => n.text);
    for (const word of ["City", "Monday"]) expect(texts).not.toContain(word);
    expect(kinds(names).Charleston).toBe("place");
  });
});

describe("bodies by their words", () => {
  test("an agency in two words, a division of …, and two bodies joined by and", async () => {
    const k = kinds(
      await find([
        "Earnings were just above the US$1.66 expected by a Thomson Reuters consensus estimate.",
        "Brian Haines, a spokesperson for the North Carolina Division of Emergency Management, said trees had fallen.",
        "Goldman Sachs and Bank of America are acting as financial advisors to Airgas.",
      ]),
    );
    expect(k).toMatchObject({
      "Thomson Reuters": "organisation",
      "North Carolina Division of Emergency Management": "organisation",
      "Bank of America": "organisation",
    });
    for (const wrong of [
      "Thomson",
      "Emergency Management",
      "Goldman Sachs and Bank",
      "Goldman Sachs and Bank of America",
    ])
      expect(k[wrong]).toBeUndefined();
  });
});

describe("a noun of nationality before a name", () => {
  test('"Dutchman Tallon Griekspoor" is the person Tallon Griekspoor', async () => {
    const k = kinds(
      await find([
        "30th-ranked Evans dispatched 37th-ranked Dutchman Tallon Griekspoor 7-5, 6-3 at the hardcourt event, a US Open tuneup.",
      ]),
    );
    expect(k["Tallon Griekspoor"]).toBe("person");
    expect(k["Dutchman Tallon Griekspoor"]).toBeUndefined();
  });
});
