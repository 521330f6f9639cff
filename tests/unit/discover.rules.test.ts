// Name discovery's rules for organisations, titles and nouns (docs/discovery.md, "Organisations by their
// words" and the German noun rules), one case each, on sentences of the dev set's kind. Each expectation
// names what must be listed and what must not, so a rule that stops working fails here.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const none = (_name: string): boolean => false;
const listed = async (text: string, lang: string): Promise<string[]> =>
  (await discoverNames({ blocks: [text], lang, covered: none }, WORD_LISTS)).map(
    (n) => `${n.kind}: ${n.text}`,
  );

jest.setTimeout(60_000);

describe.each<[string, string, string[], string[]]>([
  // German nouns after a preposition are phrases, not places.
  [
    "de",
    "Im Norden Israels sind nach Militärangaben zwei Soldaten verletzt worden. Nach Polizeiangaben floh der Täter.",
    [],
    ["place: Militärangaben", "place: Polizeiangaben"],
  ],
  ["de", "Nach Telefonaten mit Washington rief er zur Ruhe auf.", [], ["place: Telefonaten"]],
  ["de", "Nach ersten Erkenntnissen flüchteten die Täter.", [], ["place: Erkenntnissen"]],
  // A title or role before a given name and surname is not part of the name.
  [
    "de",
    "Studienleiterin Wiebke Hansen betonte, es sei ein weiter Weg. Sein Verteidiger Jan Kruse schwieg.",
    ["person: Wiebke Hansen", "person: Jan Kruse"],
    ["person: Studienleiterin Wiebke Hansen", "person: Verteidiger Jan Kruse"],
  ],
  // Clubs by their club letters or club word.
  [
    "de",
    "Der VfB Stuttgart verlor beim FC Bayern München, der Hallescher FC gewann, Borussia Dortmund spielte remis.",
    [
      "organisation: VfB Stuttgart",
      "organisation: FC Bayern München",
      "organisation: Hallescher FC",
      "organisation: Borussia Dortmund",
    ],
    ["place: Stuttgart", "person: Bayern München"],
  ],
  // A body and its seat; an adjective and an institution word; "für" in an institute's name.
  [
    "de",
    "Die Staatsanwaltschaft Oldenburg ermittelt, ein Sprecher des Polizeipräsidiums Nordhessen bestätigte es.",
    ["organisation: Staatsanwaltschaft Oldenburg", "organisation: Polizeipräsidiums Nordhessen"],
    [],
  ],
  [
    "de",
    "Beteiligt waren das Deutsche Krebsforschungszentrum, die Deutsche Bahn und der Regensburger Stadtrat.",
    [
      "organisation: Deutsche Krebsforschungszentrum",
      "organisation: Deutsche Bahn",
      "organisation: Regensburger Stadtrat",
    ],
    [],
  ],
  [
    "de",
    "Forschende am Max-Planck-Institut für Biochemie in Martinsried fanden den Stoff.",
    ["organisation: Max-Planck-Institut für Biochemie", "place: Martinsried"],
    [],
  ],
  // A trade word makes a company; a company the lexicon knows counts alone.
  [
    "de",
    "Siemens Energy meldet Gewinn. Die Täter flohen mit einem Audi.",
    ["organisation: Siemens Energy", "organisation: Audi"],
    ["person: Siemens Energy"],
  ],
  // A publication's title is no person; the kind of place says the next word is a place.
  [
    "de",
    "Die Studie erschien im Fachjournal Nature Medicine.",
    [],
    ["person: Fachjournal Nature Medicine", "person: Nature Medicine"],
  ],
  ["de", "Der Freistaat Bayern zahlt den Großteil.", ["place: Bayern"], []],
  // English: a title's words before a role word, joined names of bodies, trade words.
  [
    "en",
    "U.S. District Judge Lee Rosenthal also ordered restitution.",
    ["person: Lee Rosenthal"],
    ["place: District Judge", "person: Lee"],
  ],
  [
    "en",
    "The case was investigated by the FBI and the Securities and Exchange Commission.",
    ["organisation: Securities and Exchange Commission"],
    ["organisation: Exchange Commission"],
  ],
  [
    "en",
    "Shares of Paramount Global rose after it agreed to merge with Skydance Media.",
    ["organisation: Paramount Global", "organisation: Skydance Media"],
    [],
  ],
  // A joined name stops at its body's word: the country after "and" is not part of it.
  [
    "en",
    "The Organization for Security and Co-operation in Europe sent observers.",
    [],
    ["organisation: Organization for Security and Co"],
  ],
])("%s: %s", (lang, text, must, mustNot) => {
  test("lists what it names and nothing it does not", async () => {
    const names = await listed(text, lang);
    for (const m of must) expect(names).toContain(m);
    for (const m of mustNot) expect(names).not.toContain(m);
  });
});

test("a role word with a country's letters before a given name still gives the country (US-Präsident Donald Trump)", async () => {
  const names = await listed("Er trifft dort US-Präsident Donald Trump.", "de");
  expect(names).toContain("place: US");
  expect(names).toContain("person: Donald Trump");
});
