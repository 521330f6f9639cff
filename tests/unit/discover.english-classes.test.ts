// English error classes of the seen sets (docs/discovery.md, "English classes of the seen sets"): police
// and museum ranks, legal forms and road names cut off, a headline in title case, a body's name that runs
// on, a lone acronym, a brand written with a capital inside, a photo credit, a name with an apostrophe.
// Real sentences of the sealed2, sealed, fresh and frozen sets (all seen); each case names what must be
// listed, with its kind, and what must not.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const listed = async (blocks: string[]): Promise<string[]> =>
  (await discoverNames({ blocks, lang: "en", covered: () => false }, WORD_LISTS)).map(
    (n) => `${n.kind}: ${n.text}`,
  );

jest.setTimeout(60_000);

describe.each<[string, string[], string[], string[]]>([
  [
    "a police or museum rank is a title, not a name",
    [
      'Senior Sergeant Brett Young said a B-double semi-trailer was one of the vehicles. "It was an accident," Snr Sgt Young said.',
      "Curated by Virginia Eichhorn, Director and Chief Curator",
    ],
    ["person: Brett Young"],
    ["person: Sergeant Brett", "person: Snr Sgt", "person: Curator"],
  ],
  [
    "a legal form or a road's short form cut off is no name",
    [
      "Lowe's Companies, Inc. and RONA inc. announced an agreement.",
      "Goldman Sachs & Co. LLC is acting as financial advisor.",
      "Crashes on the Bruce Hwy near Gympie.",
    ],
    [],
    ["organisation: Inc", "organisation: LLC", "place: Hwy"],
  ],
  [
    "a headline in title case is no body's name; a body's name runs to its end",
    [
      "Budget Cuts Spark Heated Debate Among School Board Members",
      "Co-author of the research was Diego Román, assistant professor in the Annette Caldwell Simmons School of Education and Human Development.",
    ],
    ["organisation: Annette Caldwell Simmons School of Education and Human Development"],
    [
      "organisation: Budget Cuts Spark Heated Debate Among School",
      "organisation: Budget Cuts Spark Heated Debate Among School Board Members",
      "organisation: Annette Caldwell Simmons School of Education and Human",
    ],
  ],
  [
    "a lone acronym of three or more letters is an organisation",
    ["Separately, a KPMG analysis found that clinical trials add about £2.7 billion to the economy."],
    ["organisation: KPMG"],
    [],
  ],
  [
    "a brand with a capital inside is one word, a name",
    [
      "A LifeFlight helicopter airlifted a woman in her 50s.",
      "Revenue was below the consensus of analysts surveyed by StreetAccount.",
      "WATERLOO, Ont. — BlackBerry CEO John Chen defended his plan to grow the software business.",
    ],
    ["organisation: LifeFlight", "organisation: StreetAccount", "organisation: BlackBerry"],
    ["organisation: Flight", "organisation: Account", "organisation: Berry"],
  ],
  [
    "a photo credit's opening word is no part of the name",
    ["Photo Sunshine Coast News", "Twelve people were injured in the accident."],
    ["organisation: Sunshine Coast News"],
    ["organisation: Photo Sunshine Coast News"],
  ],
  [
    "a road is no name, also with an apostrophe in it",
    ["Four others have been rushed to hospital after a crash on the D'Aguilar Highway on Sunday."],
    [],
    ["person: D'Aguilar", "place: D'Aguilar Highway"],
  ],
  [
    "a plural noun's possessive or a company's before its trade word is inside the name; an owner's is not",
    [
      "Two children were taken to the Queensland Children's Hospital in a stable condition.",
      "Lowe's Companies, Inc. and RONA inc. announced a definitive agreement.",
      "The planet was confirmed by NASA's Ames Research Center in California.",
    ],
    ["organisation: Queensland Children's Hospital", "organisation: Lowe's Companies"],
    ["organisation: Queensland Children", "person: Lowe", "organisation: NASA's Ames Research Center"],
  ],
  [
    "a museum or another venue is no name, with its 'of' and the words after it",
    [
      "Ellen Keiter has been named chief curator of The Eric Carle Museum of Picture Book Art, according to a museum spokesperson.",
    ],
    ["person: Ellen Keiter"],
    ["person: Eric Carle", "place: Museum of Picture", "organisation: Eric Carle Museum"],
  ],
  [
    "a body's word with only a generic qualifier names no one body",
    ["The case was heard in the District Court. Budget cuts spark a debate among School Board members."],
    [],
    ["organisation: District Court", "organisation: School Board"],
  ],
  [
    "a state's short form keeps its stop",
    ["WATERLOO, Ont. — BlackBerry CEO John Chen defended his plan."],
    [],
    ["place: Ont"],
  ],
])("%s", (_what, blocks, want, not) => {
  test("lists the names, of the right kind, and no others", async () => {
    const names = await listed(blocks);
    for (const name of want) expect(names).toContain(name);
    for (const name of not) expect(names).not.toContain(name);
  });
});
