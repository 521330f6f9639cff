// Lone names (docs/discovery.md, "Lone names"): a capitalised word that is no English word and that
// compromise took for a proper noun without giving it a kind. Real sentences of the seen sets (fresh,
// frozen, sealed, sealed2, dev); each case names what must be listed, with its kind, and what must not.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const listed = async (text: string): Promise<string[]> =>
  (await discoverNames({ blocks: [text], lang: "en", covered: () => false }, WORD_LISTS)).map(
    (n) => `${n.kind}: ${n.text}`,
  );

jest.setTimeout(60_000);

describe.each<[string, string, string[], string[]]>([
  [
    "a company alone, in a list of companies",
    "Pei co-founded OnePlus in 2013. Singh said it will compete with phones from Samsung, Xiaomi, Oppo and Vivo.",
    ["organisation: OnePlus", "organisation: Oppo", "organisation: Vivo"],
    [],
  ],
  [
    "a company as the subject of a sentence",
    "The deal gave Airgas, an industrial gas supplier, an enterprise value of $13.4 billion.",
    ["organisation: Airgas"],
    [],
  ],
  [
    "a town after a preposition",
    "The West Indies won a series 1-0 over Zimbabwe in Bulawayo, after 2-1 defeats to England.",
    ["place: Bulawayo"],
    ["organisation: Bulawayo"],
  ],
  [
    "towns in a list that a place noun introduces, or before 'counties'",
    "Protests spread to other cities, including Atyrau, Aktobe and Uralsk. The utility expects most outages in Whatcom, Skagit, Island and Kitsap counties to be fixed by Friday.",
    ["place: Atyrau", "place: Aktobe", "place: Uralsk", "place: Whatcom", "place: Skagit", "place: Kitsap"],
    ["organisation: Atyrau", "organisation: Kitsap"],
  ],
  [
    "a town before its state, and 'a Covington woman'",
    "Ellen Keiter, who has been director of exhibitions at Katonah (N.Y.) Museum of Art, was named. Deputies have arrested a suspect wanted for the murder of a Covington woman.",
    ["place: Katonah", "place: Covington"],
    ["organisation: Katonah", "organisation: Covington"],
  ],
  [
    "no demonym, no part of a hyphenated name, no product with its number, no disease",
    "The Azerbaijani side shelled Nagorno-Karabakh. Arantxa Sanchez-Vicario was the only other Spanish player. Schmidt spoke at an event for the Nexus 7 tablet. He was diagnosed with Alzheimer's disease.",
    [],
    [
      "organisation: Azerbaijani",
      "organisation: Nagorno",
      "organisation: Vicario",
      "organisation: Nexus",
      "organisation: Alzheimer",
    ],
  ],
  [
    "a surname alone is the person named in full on the page, not a company",
    "Former Los Angeles County Sheriff Lee Baca was sentenced on Friday. The judge noted Baca's diagnosis.",
    ["person: Lee Baca"],
    ["organisation: Baca", "organisation: Lee Baca"],
  ],
])("%s", (_what, text, want, not) => {
  test("lists the names, of the right kind, and no others", async () => {
    const names = await listed(text);
    for (const name of want) expect(names).toContain(name);
    for (const name of not) expect(names).not.toContain(name);
  });
});

test("without the rule the lone names are missed (the test can fail)", async () => {
  // compromise alone lists none of them: the words are proper nouns of no kind.
  const { englishWords: _, ...withoutCommon } = WORD_LISTS;
  const names = (
    await discoverNames(
      {
        blocks: ["Singh said it will compete with phones from Samsung, Xiaomi, Oppo and Vivo."],
        lang: "en",
        covered: () => false,
      },
      withoutCommon as typeof WORD_LISTS,
    )
  ).map((n) => n.text);
  expect(names).not.toContain("Oppo");
});
