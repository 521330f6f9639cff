// The scanner (docs/scanner.md) finds exactly what the word-by-word matcher before it found
// (tests/reference/match): the real fact base and the fixture terms, on the identity corpus's fixed texts
// from three offsets and on fuzzed mixes. bench/identity.ts runs the full 80,186 texts.
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher, type Term } from "../../src/core/match";
import { fixedTexts, identityCorpus } from "../reference/corpus";
import { buildMatcher as referenceMatcher } from "../reference/match/index";
import { FIXTURE_TERMS } from "./match.fixture";

const FUZZED = 3_000;
const factbaseTerms = matchTerms(buildFactbaseFromDisk());
const texts = fixedTexts(factbaseTerms);

test.each([
  ["the real fact base", factbaseTerms],
  ["the fixture terms", FIXTURE_TERMS],
] as Array<[string, Term[]]>)("%s: the same mentions as the reference matcher", (_, terms) => {
  const scanner = buildMatcher(terms);
  const reference = referenceMatcher(terms);
  const differences: string[] = [];
  let mentions = 0;
  let checked = 0;
  for (const [text, from] of identityCorpus(terms, texts, FUZZED)) {
    checked++;
    const expected = reference.find(text, from);
    mentions += expected.length;
    const found = scanner.find(text, from);
    if (JSON.stringify(found) !== JSON.stringify(expected) && differences.length < 5)
      differences.push(`${JSON.stringify(text.slice(0, 120))} from ${from}`);
  }
  expect(differences).toEqual([]);
  expect(checked).toBe(texts.length * 3 + FUZZED);
  // The corpus is not trivially empty of names.
  expect(mentions).toBeGreaterThan(10_000);
});

// One-unit aliases next to longer ones with the same first unit: the automaton's node for "q" stops, and
// its children ("qa", "qat") must stop as well; with the row at offset 0 ("inside a word") they would
// overwrite it, and find() would never return on "Im Qatarim Becken" (docs/scanner.md).
const SHORT_TERMS: Term[] = [
  { text: "Q", entity: "q", caseSensitive: true, genitive: false },
  { text: "Qatar", entity: "qatar", caseSensitive: false, genitive: true },
  { text: "Qatar Airways", entity: "qatar-airways", caseSensitive: false, genitive: false },
  { text: "Tarim", entity: "tarim", caseSensitive: false, genitive: true },
  { text: "E", entity: "e", caseSensitive: true, genitive: false },
  { text: "EU", entity: "eu", caseSensitive: true, genitive: false },
  { text: "Eurasien", entity: "eurasien", caseSensitive: false, genitive: true },
  { text: "Ostsee", entity: "ostsee", caseSensitive: false, genitive: true },
];

test("one-unit aliases beside longer ones: the same mentions as the reference matcher", () => {
  const scanner = buildMatcher(SHORT_TERMS);
  const reference = referenceMatcher(SHORT_TERMS);
  expect(scanner.find("Im Qatarim Becken, Q und Tarim")).toEqual(
    reference.find("Im Qatarim Becken, Q und Tarim"),
  );
  const differences: string[] = [];
  let mentions = 0;
  for (const [text, from] of identityCorpus(SHORT_TERMS, texts, FUZZED)) {
    const expected = reference.find(text, from);
    mentions += expected.length;
    if (JSON.stringify(scanner.find(text, from)) !== JSON.stringify(expected) && differences.length < 5)
      differences.push(`${JSON.stringify(text.slice(0, 120))} from ${from}`);
  }
  expect(differences).toEqual([]);
  expect(mentions).toBeGreaterThan(1_000);
});
