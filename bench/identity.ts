// The identity check (docs/scanner.md): the shipped matcher against the word-by-word matcher it replaced
// (tests/reference/match), loaded from its stored form with the stored automaton, on 80,186 texts: real excerpts, demo pages, the seed, generated news and 40,000
// fuzzed mixes per term set (tests/reference/corpus.ts). Exits 1 on any difference. Part of npm run bench.
// Run: npx tsx bench/identity.ts [fuzzed per term set]
import { buildFactbaseFromDisk } from "../scripts/factbase-files";
import { matchTerms } from "../src/core/factbase/terms";
import { compile } from "../src/core/match/compile";
import { matcherFromSerial, type SerialMatcher, toSerial } from "../src/core/match/serial";
import { fixedTexts, identityCorpus } from "../tests/reference/corpus";
import { buildMatcher as referenceMatcher } from "../tests/reference/match/index";
import { FIXTURE_TERMS } from "../tests/unit/match.fixture";

export function runIdentity(fuzzed = 40_000): boolean {
  const factbase = matchTerms(buildFactbaseFromDisk());
  const texts = fixedTexts(factbase);
  let checked = 0;
  let differences = 0;
  let mentions = 0;
  for (const terms of [factbase, FIXTURE_TERMS]) {
    // As a page gets it: stored by the background with its automaton, through JSON (docs/scanner.md).
    const stored = JSON.parse(JSON.stringify(toSerial(compile(terms), { prefix: true }))) as SerialMatcher;
    const scanner = matcherFromSerial(stored);
    const reference = referenceMatcher(terms);
    for (const [text, from] of identityCorpus(terms, texts, fuzzed)) {
      checked++;
      const expected = reference.find(text, from);
      mentions += expected.length;
      if (JSON.stringify(scanner.find(text, from)) !== JSON.stringify(expected)) {
        if (++differences <= 10) console.log(`DIFF from ${from}: ${JSON.stringify(text.slice(0, 200))}`);
      }
    }
  }
  console.log(
    `\n## Identity: scanner vs reference matcher\n\n${checked} texts, ${mentions} mentions, ${differences} differences`,
  );
  return differences === 0;
}

if (process.argv[1] && /bench[\\/]identity\.ts$/.test(process.argv[1])) {
  if (!runIdentity(Number(process.argv[2] ?? 40_000))) process.exitCode = 1;
}
