// German case forms generated from the nominative names (scripts/german-forms.ts, docs/world-pack.md),
// and the forms in running German text with both packs on.
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { germanCaseForms, withGermanForms } from "../../scripts/german-forms";
import type { SourceEntity } from "../../src/core/factbase/schema";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher, resolveEvidence } from "../../src/core/match";

test.each<[string, boolean, string[]]>([
  // Feminine and plural after the article: the adjectives take -en.
  ["Europäische Union", false, ["Europäischen Union"]],
  ["Vereinte Nationen", true, ["Vereinten Nationen"]],
  ["Asiatisch-Pazifische Wirtschaftsgemeinschaft", false, ["Asiatisch-Pazifischen Wirtschaftsgemeinschaft"]],
  ["Demokratische Republik Kongo", false, ["Demokratischen Republik Kongo"]],
  // A plural head in -e takes the dative -n.
  [
    "Vereinigte Arabische Emirate",
    true,
    ["Vereinigten Arabischen Emirate", "Vereinigten Arabischen Emiraten"],
  ],
  ["Niederlande", true, ["Niederlanden"]],
  // Masculine and neuter: -e after the article, the head's genitive -s/-es.
  [
    "Internationaler Strafgerichtshof",
    false,
    [
      "Internationalen Strafgerichtshof",
      "Internationale Strafgerichtshof",
      "Internationalen Strafgerichtshofs",
      "Internationalen Strafgerichtshofes",
    ],
  ],
  [
    "Internationales Komitee vom Roten Kreuz",
    false,
    [
      "Internationalen Komitee vom Roten Kreuz",
      "Internationale Komitee vom Roten Kreuz",
      "Internationalen Komitees vom Roten Kreuz",
    ],
  ],
])("%s declines", (name, plural, forms) => {
  expect(germanCaseForms(name, plural)).toEqual(forms);
});

test.each([
  "Moskauer Kreml", // a place's adjective in -er does not decline
  "Gemeinschaft Unabhängiger Staaten", // a noun first: nothing before the head
  "Gruppe der Sieben", // the next word is no name word
  "Niederlande", // not declared plural: no dative
  "Côte d'Ivoire",
  "Ukraine",
])("%s has no generated form", (name) => {
  expect(germanCaseForms(name)).toEqual([]);
});

test("forms are added to German names only, with the source alias's rules, never twice, never for people", () => {
  const entity: SourceEntity = {
    id: "x",
    type: "organisation",
    label: { de: "Europäische Union", en: "European Union" },
    description: { de: "d", en: "d" },
    wikidata: null,
    wikipedia: { de: null, en: null },
    genitiveS: false,
    aliases: [
      { text: "Europäische Union", lang: "de", caseSensitive: false, notBefore: ["Zeitung"] },
      { text: "Europäischen Union", lang: "de", caseSensitive: false },
      { text: "Vereinigte Staaten", lang: "en", caseSensitive: false },
    ],
    relations: [],
    facts: [],
  };
  expect(withGermanForms(entity, new Set()).aliases.map((a) => a.text)).toEqual([
    "Europäische Union",
    "Europäischen Union",
    "Vereinigte Staaten",
  ]);
  const fresh = { ...entity, aliases: [entity.aliases[0]!] };
  expect(withGermanForms(fresh, new Set()).aliases[1]).toEqual({
    text: "Europäischen Union",
    lang: "de",
    caseSensitive: false,
    notBefore: ["Zeitung"],
  });
  const person: SourceEntity = { ...fresh, type: "person" };
  expect(withGermanForms(person, new Set())).toBe(person);
});

describe("in running text, both packs on", () => {
  const fb = buildFactbaseFromDisk();
  const matcher = buildMatcher(matchTerms(fb));
  const marks = (text: string): string[] =>
    resolveEvidence(matcher.find(text), [text]).map((m) => `${m.entity}: ${text.slice(m.start, m.end)}`);

  test.each<[string, string[]]>([
    ["Die Außenminister der Europäischen Union trafen sich.", ["eu: Europäischen Union"]],
    ["In den Niederlanden wird gewählt.", ["niederlande: Niederlanden"]],
    ["Ein Gesandter des Heiligen Stuhls reiste an.", ["vatikanstadt: Heiligen Stuhls"]],
    ["Aus dem Vereinigten Königreich kam Geld.", ["vereinigtes-koenigreich: Vereinigten Königreich"]],
    [
      "Mit den Vereinigten Arabischen Emiraten gibt es Streit.",
      ["vereinigte-arabische-emirate: Vereinigten Arabischen Emiraten"],
    ],
    ["Die Regierung der Dominikanischen Republik", ["dominikanische-republik: Dominikanischen Republik"]],
    ["Der U.K. envoy and the U.S. envoy met.", ["vereinigtes-koenigreich: U.K.", "vereinigte-staaten: U.S."]],
    // Lower case is never a name, in any form.
    ["die europäischen union", []],
  ])("%s", (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
