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
