// resolveEvidence looks cue words up in the folded text instead of compiling a matcher for them
// (src/core/match/evidence.ts). It must decide as a matcher of the cue words would: on the identity corpus's
// fixed texts and on sentences that put every cue word of the fact base in every case, with a genitive,
// a compound head, a longer word and a word in front.
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher, type Evidence, resolveEvidence, weighEvidence } from "../../src/core/match";
import { fixedTexts } from "../reference/corpus";

const terms = matchTerms(buildFactbaseFromDisk());
const evidences = [...new Set(terms.flatMap((t) => (t.evidence ? [t.evidence] : [])))].filter(
  (e) => e.words.length > 0,
);

/** What a matcher of the cue words finds: the rule as it was written first. */
function byMatcher(e: Evidence, text: string): boolean {
  const m = buildMatcher(
    e.words.map((w) => ({ text: w, entity: "cue", caseSensitive: false, genitive: true })),
  );
  return m.find(text).length > 0;
}

function byEvidence(e: Evidence, text: string): boolean {
  // An entity no firm mention names, so only the cue words can support it.
  return resolveEvidence([{ entity: "nobody", start: 0, end: 1, evidence: e }], [text]).length === 1;
}

function variants(word: string): string[] {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  return [
    `Heute ${word} sagte.`,
    `${cap}s Lage`,
    `DIE ${word.toUpperCase()} HEUTE`,
    `die ${word.toLowerCase()} heute`,
    `${word}sprecher sagte`,
    `${word}es Haus`,
    `${word}x und ${word}er`,
    `Neu${word.toLowerCase()} und ab${word}`,
    `(${word}) – ${word}'s`,
    `${word.normalize("NFD")} heute`,
  ];
}

test("the fact base has cue words to check", () => {
  expect(evidences.length).toBeGreaterThan(5);
});

test("cue words decide as a matcher of them would, on real and generated texts", () => {
  const texts = fixedTexts(terms);
  const differences: string[] = [];
  let found = 0;
  for (const e of evidences) {
    const sentences = [...texts, ...e.words.flatMap(variants), ...e.words.map((w) => w.slice(0, -1))];
    for (const text of sentences) {
      const expected = byMatcher(e, text);
      if (expected) found++;
      if (byEvidence(e, text) !== expected && differences.length < 5)
        differences.push(`${e.words[0]}: ${JSON.stringify(text.slice(0, 80))} expected ${expected}`);
    }
  }
  expect(differences).toEqual([]);
  // Both outcomes occur.
  expect(found).toBeGreaterThan(100);
});

test("read block by block (as the page does, across slices), the weigher keeps what a matcher of the cue words finds in any block", () => {
  const texts = fixedTexts(terms);
  // Some evidences' first cue word in a block of its own, the others only where the fixed texts have them.
  const blocks = [...texts.slice(0, 60), ...evidences.slice(0, 4).map((e) => `Heute ${e.words[0]} sagte.`)];
  const mentions = evidences.map((evidence, i) => ({ entity: `nobody-${i}`, start: 0, end: 1, evidence }));
  const weigher = weighEvidence(mentions);
  for (const block of blocks) {
    if (!weigher.open) break;
    weigher.read(block);
  }
  const expected = mentions.filter((m) => blocks.some((block) => byMatcher(m.evidence, block)));
  expect(weigher.kept()).toEqual(expected);
  expect(expected.length).toBeGreaterThanOrEqual(4);
  expect(expected.length).toBeLessThan(mentions.length);
  expect(resolveEvidence(mentions, blocks)).toEqual(expected);
  // A firm mention of the entity decides without any text: nothing is left open to read.
  const firm = weighEvidence([mentions[0]!, { entity: "nobody-0", start: 2, end: 3 }]);
  expect(firm.open).toBe(false);
  expect(firm.kept()).toHaveLength(2);
});
