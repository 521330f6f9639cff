// Name discovery on the error classes of real news pages (docs/discovery.md: datelines, titles, forms of one
// name, affiliations, clubs, company nouns, compass regions), one real sentence of the dev set each. Each
// case names what must be listed and what must not, so a rule that stops working fails here.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const none = (_name: string): boolean => false;
const found = (text: string, lang: string) =>
  discoverNames({ blocks: [text], lang, covered: none }, WORD_LISTS);
const listed = async (text: string, lang: string): Promise<string[]> =>
  (await found(text, lang)).map((n) => `${n.kind}: ${n.text}`);

jest.setTimeout(60_000);

describe.each<[string, string, string[], string[]]>([
  // Datelines: the place in capitals (with its state) and the source in brackets.
  [
    "en",
    "LOS ANGELES (AP) - Former Los Angeles County Sheriff Lee Baca has been ordered to turn himself in.",
    ["place: Los Angeles", "organisation: AP", "person: Lee Baca"],
    ["place: ANGELES", "organisation: ANGELES"],
  ],
  [
    "en",
    "AUSTIN, Texas (AP) -- A judge ordered former U.S. House Majority Leader Tom DeLay to serve three years.",
    ["place: Austin", "place: Texas", "organisation: AP"],
    [],
  ],
  [
    "de",
    "Altentreptow (ots). Der 75 Jahre alte Fahrer kam von der A 20 in Fahrtrichtung Lübeck ab.",
    ["place: Altentreptow", "place: Lübeck"],
    ["person: Altentreptow"],
  ],
  // Everything up to the last role word is the title; a role word ends no place.
  [
    "en",
    "Chief Financial Officer Terri Willoughby said the process took 28 hours. County Manager Patrick Cates agreed.",
    ["person: Terri Willoughby", "person: Patrick Cates"],
    ["person: Financial", "person: Financial Officer Terri Willoughby", "place: County Manager"],
  ],
  [
    "en",
    "The decision was tabled, as the Sheriff's Office Chief Deputy Tim Ryle asked them to talk with Sheriff Robert Chody.",
    ["person: Tim Ryle", "person: Robert Chody"],
    ["person: Deputy Tim Ryle", "organisation: Sheriff"],
  ],
  // A person of a body is an affiliation; the body starts after "of".
  [
    "en",
    "A group led by fish physiologist Timothy Clark of Deakin University in Geelong, Australia, published a paper.",
    ["person: Timothy Clark", "organisation: Deakin University", "place: Geelong", "place: Australia"],
    ["organisation: Timothy Clark of Deakin University"],
  ],
  // Clubs: a place and a club word.
  [
    "en",
    "After a League Cup exit at the hands of MK Dons, they drew. The Burbank City Council met in Kansas City.",
    ["organisation: MK Dons", "organisation: Burbank City Council"],
    ["organisation: Burbank City", "organisation: Kansas City"],
  ],
  // A known place with "of" in it, a credit, a degree, a legislature.
  [
    "en",
    "Foreign minister Shah Mehmood Qureshi met Donald Trump, president of the United States of America.",
    ["place: United States of America"],
    ["place: America"],
  ],
  [
    "en",
    "Google Executive Chairman Eric Schmidt speaks in Seoul. REUTERS/Kim Hong-Ji",
    ["person: Kim Hong-Ji"],
    ["person: REUTERS/Kim Hong-Ji"],
  ],
  [
    "en",
    "Danielle Dixson earned her Ph.D. under Munday's supervision. DeLay served in the Texas State Legislature.",
    ["organisation: Texas State Legislature"],
    ["person: Ph.D", "place: Texas State Legislature"],
  ],
  // German: after a role word, a given name or two name words are a person.
  [
    "de",
    "Nach gut einer Stunde spricht Amtsrichter Franz Hölzle das erste Urteil. Ratsvorsitzender Bartsch eröffnete.",
    ["person: Franz Hölzle", "person: Bartsch"],
    [],
  ],
  // The noun says the name is a company; a newspaper by its city and its newspaper word; photo agencies.
  [
    "de",
    "Eon verteuerte sich nach einer Kaufempfehlung der britischen Investmentbank Barclays, sagte Zeitz den Kieler Nachrichten. (Foto: picture alliance / dpa)",
    ["organisation: Barclays", "organisation: Kieler Nachrichten", "organisation: picture alliance"],
    ["person: Investmentbank Barclays"],
  ],
  // Handball's club letters; championships are events; a compass word and a country; numerals.
  [
    "de",
    "Am Donnerstag hatte Kiel bei der HSG Wetzlar verloren; zur EM-Pause fehlt Gislason. Die Waffenruhe in der Ostukraine hält nicht, es geht um 1,85 Billionen Euro.",
    ["organisation: HSG Wetzlar", "place: Ostukraine"],
    ["organisation: HSG", "organisation: EM", "person: Billionen Euro"],
  ],
  // The seed article's region: kinds of place, coordination with a known place, agencies, institutes.
  [
    "de",
    "Die Lage in der kirgisischen Grenzregion Batken stabilisiere sich, berichtete die Nachrichtenagentur RIA Nowosti. Der Leiter des Staatskomitees für nationale Sicherheit sprach.",
    ["place: Batken", "organisation: RIA Nowosti", "organisation: Staatskomitees für nationale Sicherheit"],
    ["person: Grenzregion Batken", "organisation: RIA"],
  ],
  [
    "de",
    "Die Seiten sprachen über einen Mechanismus für Gespräche zwischen Stepanakert und Baku. Paschinjan und Aserbaidschan stritten.",
    ["place: Stepanakert"],
    ["place: Paschinjan"],
  ],
  [
    "de",
    "Am Rande des Treffens der Schanghaier Organisation für Zusammenarbeit (SCO) sprachen die Präsidenten. Die SCO tagte.",
    ["organisation: Schanghaier Organisation für Zusammenarbeit"],
    ["organisation: Schanghaier Organisation", "organisation: SCO"],
  ],
  [
    "de",
    "Die Füchse Berlin gewannen in Hannover. Es kam nach Angaben der Behörden zu Unruhen.",
    ["organisation: Füchse Berlin", "place: Hannover"],
    ["person: Füchse Berlin", "place: Angaben"],
  ],
  // English: particles, a former city name after "in", kinds of place and of body, "Ministry of …".
  [
    "en",
    "Brussels 06.01.2022 Anna van Densky The Council approved it. The first plane landed in Alma-Ata. The clashes took place in the former capital, Alma-Ata.",
    ["person: Anna van Densky", "place: Alma-Ata"],
    ["person: Anna", "person: Alma-Ata"],
  ],
  [
    "en",
    "Crowds took to the streets in the cities of Zhanaozen and Aktau. Belarus' Ministry of Foreign Affairs confirmed it. Internet watchdog Netblocks reported a block.",
    [
      "place: Zhanaozen",
      "place: Aktau",
      "organisation: Ministry of Foreign Affairs",
      "organisation: Netblocks",
    ],
    [],
  ],
  // Ranks are titles: an infobox's "Secretary General" is no person called General.
  [
    "en",
    "Secretary General\nImangali Tasmagambetov",
    ["person: Imangali Tasmagambetov"],
    ["person: General"],
  ],
])("%s: %s", (lang, text, must, mustNot) => {
  test("lists what it names and nothing it does not", async () => {
    const names = await listed(text, lang);
    for (const m of must) expect(names).toContain(m);
    for (const m of mustNot) expect(names).not.toContain(m);
  });
});

describe("forms of one name", () => {
  test("an acronym in brackets after its long form is that name (James Cook University (JCU))", async () => {
    const names = await found(
      "Munday, a marine ecologist at James Cook University (JCU) in Townsville, has co-authored 250 papers. JCU said so.",
      "en",
    );
    const jcu = names.find((n) => n.text === "James Cook University");
    expect(jcu?.forms).toEqual(expect.arrayContaining(["James Cook University", "JCU"]));
    expect(names.filter((n) => n.forms.includes("JCU"))).toHaveLength(1);
  });

  test("a company's legal form and a surname with its particle are the same name", async () => {
    const names = await found(
      "Internet search heavyweight Google Inc slowed. Google said so. Louis van Gaal fielded Angel di Maria, but Van Gaal's men failed.",
      "en",
    );
    const texts = names.map((n) => n.text);
    expect(texts).toContain("Google Inc");
    expect(texts).not.toContain("Google");
    expect(texts).toContain("Louis van Gaal");
    expect(texts).not.toContain("Van Gaal");
  });

  test("a place stays a place beside a body named after it (Texas, Texas State Legislature)", async () => {
    const names = await listed(
      "AUSTIN, Texas (AP) -- DeLay funnelled money to candidates in the Texas State Legislature.",
      "en",
    );
    expect(names).toContain("place: Texas");
    expect(names).toContain("organisation: Texas State Legislature");
  });
});
