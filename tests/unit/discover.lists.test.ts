// Name discovery on the error classes of the latest dev pages (docs/discovery.md, "Initials, lists and
// minutes"): initials and abbreviated saints inside names, counsel as a role, a dateline with a slashed date,
// bodies named "Center for …", "School of …", lone companies in a list, attendance lists of council minutes.
// One real sentence of the dev set each (files *-dev2-*); each case names what must be listed and what must not.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const listed = async (text: string, lang: string): Promise<string[]> =>
  (await discoverNames({ blocks: [text], lang, covered: () => false }, WORD_LISTS)).map(
    (n) => `${n.kind}: ${n.text}`,
  );

jest.setTimeout(60_000);

describe.each<[string, string, string[], string[]]>([
  // An initial or "St." keeps its full stop inside the name; "Counselor" is a role.
  [
    "en",
    "against Richard Hetlage, George E. Bohrer and Russell Grantham, who make up the St. Louis County Council. William E. Gallagher, St. Louis County Counselor, appeared.",
    [
      "person: George E. Bohrer",
      "person: William E. Gallagher",
      "organisation: St. Louis County Council",
      "place: St. Louis County",
    ],
    [
      "person: George E",
      "person: Bohrer",
      "place: St",
      "place: Louis County",
      "place: St. Louis County Counselor",
    ],
  ],
  // A dateline with a slashed date names the place, not the month.
  [
    "en",
    "DENVER/Jan. 9, 2024 – A new scientific publication will guide wildlife rescue after Australian bushfires.",
    ["place: DENVER"],
    ["place: Jan"],
  ],
  // "Center for …" and "School of …" open a body's name.
  [
    "en",
    "It was based on work done by the Center for Celiac Research and Treatment. Natasha Speight, a Senior Lecturer at the School of Animal and Veterinary Sciences, led the study.",
    [
      "organisation: Center for Celiac Research and Treatment",
      "organisation: School of Animal and Veterinary Sciences",
    ],
    [],
  ],
  // Lone companies listed with a known one are companies; a person's surname in a list stays a person.
  [
    "de",
    "Wenig transparent sind danach Deutsche Bank, Commerzbank, Daimler, Merck, HeidelbergCement und Lufthansa. Das sagten DSW-Präsident Ulrich Hocker und Klaus Rainer Kirchhoff. Als Gegenbeispiel nennen DSW und Kirchhoff den Konzern Fresenius.",
    [
      "organisation: Commerzbank",
      "organisation: Merck",
      "organisation: HeidelbergCement",
      "organisation: Lufthansa",
      "person: Klaus Rainer Kirchhoff",
    ],
    ["organisation: Kirchhoff", "person: Commerzbank", "person: Lufthansa"],
  ],
  // A sentence's first word before a comma is no list item.
  [
    "de",
    "Die Verhandlung wird vertagt.\nSzenenwechsel, Amtsgericht Coburg. Eine Frau wartet.",
    ["organisation: Amtsgericht Coburg"],
    ["organisation: Szenenwechsel"],
  ],
  // Council minutes: role words before names, "Nr." and "St." are no names, a Verband with its seat is a body.
  [
    "de",
    "Gemeindevertreterin Heike Unterberg\nArchitekt Haeseler zu den Tagesordnungspunkten 5 bis 8\nDie CDU-Fraktion beantragte den Punkt „Bebauungsplan Nr. 17“. Die Katholische Kirchengemeinde St. Cassian will bauen. Der Flächennutzungsplan des Gemeindeverwaltungsverbandes Gullen wurde erläutert.",
    ["person: Heike Unterberg", "organisation: Gemeindeverwaltungsverbandes Gullen"],
    [
      "person: Gemeindevertreterin Heike Unterberg",
      "person: Architekt Haeseler",
      "person: Bebauungsplan Nr",
      "place: St",
    ],
  ],
])("%s: %s", (lang, text, want, not) => {
  test("lists the names, of the right kind, and no others", async () => {
    const names = await listed(text, lang);
    for (const name of want) expect(names).toContain(name);
    for (const name of not) expect(names).not.toContain(name);
  });
});
