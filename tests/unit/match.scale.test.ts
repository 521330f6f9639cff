// The stored form at scale (docs/scanner.md): a list the size of the world pack (250 countries and their
// capitals, 40 organisations, in German and English) plus 20,000 of the reader's own aliases. The page's
// automaton stays small whatever the number of aliases (its rows are the keys' two-unit starts), the
// stored matcher is compact, and after a JSON round trip it finds exactly what the reference matcher finds.
import { madeUpNames } from "../../scripts/newsgen";
import type { Term } from "../../src/core/match";
import { compile } from "../../src/core/match/compile";
import { applyPlan, loadPrefix, planPrefix } from "../../src/core/match/prefix";
import { fromSerial, matcherFromSerial, type SerialMatcher, toSerial } from "../../src/core/match/serial";
import { buildMatcher as referenceMatcher } from "../reference/match/index";

const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "ne",
  "lu",
  "ta",
  "sch",
  "ber",
  "wald",
  "stein",
  "ov",
  "ski",
  "ä",
  "é",
  "an",
  "ia",
];

/** 250 country names with a capital each, in two languages, and 40 organisations with an acronym. */
function worldSized(): Term[] {
  const terms: Term[] = [];
  const names = madeUpNames(540, 7, SYLLABLES);
  for (let i = 0; i < 250; i++) {
    const [country, capital] = names[i]!;
    const [de, en] = names[250 + i]!;
    terms.push({ text: country, entity: `c${i}`, caseSensitive: false, genitive: true, lang: "de" });
    terms.push({ text: `${de}ia`, entity: `c${i}`, caseSensitive: false, genitive: false, lang: "en" });
    terms.push({ text: capital, entity: `k${i}`, caseSensitive: false, genitive: true, lang: "de" });
    terms.push({ text: `${en}o`, entity: `k${i}`, caseSensitive: false, genitive: false, lang: "en" });
  }
  for (let i = 0; i < 40; i++) {
    const [a, b] = names[500 + i]!;
    terms.push({ text: `${a} ${b}`, entity: `o${i}`, caseSensitive: false, genitive: true });
    terms.push({
      text: `${a[0]}${b[0]}${"XYZ"[i % 3]}`,
      entity: `o${i}`,
      caseSensitive: true,
      genitive: false,
    });
  }
  return terms;
}

function ownAliases(count: number): Term[] {
  const out: Term[] = [];
  for (const [i, [a, b]] of madeUpNames(count / 2, 2026, SYLLABLES).entries()) {
    out.push({ text: `${a} ${b}`, entity: `my-${i}`, caseSensitive: false, genitive: true });
    out.push({ text: b, entity: `my-${i}`, caseSensitive: false, genitive: true, surname: true });
  }
  return out;
}

const world = worldSized();
const own = ownAliases(20_000);
const all = [...world, ...own];

test("the world-sized list plus 20,000 own aliases: stored compactly, with a small page automaton", () => {
  const compiled = compile(all);
  const serial = JSON.parse(JSON.stringify(toSerial(compiled, { prefix: true }))) as SerialMatcher;
  const bytes = JSON.stringify(serial).length;
  // About 40 bytes per alias: its key, its text, its columns; far below the 2.7 MB of the first format. The
  // automaton's plan adds a size that does not grow with the aliases (a few per node, not per key).
  expect(serial.prefix!.length).toBeLessThan(80_000);
  expect(bytes).toBeLessThan(all.length * 60);
  const loaded = fromSerial(serial);
  const prefix = loadPrefix(loaded.automaton.keys, loaded.automaton.start, loaded.canStart);
  const rows = prefix.delta.length / prefix.boundary;
  // Rows are the word start, "inside a word", and the key starts shorter than the automaton's depth.
  expect(rows).toBeLessThan(2_000);
  expect(rows).toBeGreaterThan(10);
  // The stored plan lays out exactly the table the keys give.
  const stored = applyPlan(loaded.prefix!, loaded.canStart, loaded.automaton.start.length - 1);
  expect(stored.delta).toEqual(prefix.delta);
  expect(Array.from(stored.lo)).toEqual(Array.from(prefix.lo));
  expect(Array.from(stored.hi)).toEqual(Array.from(prefix.hi));
  expect(planPrefix(loaded.automaton.keys, loaded.automaton.start).ops.length).toBe(
    loaded.prefix!.ops.length,
  );
});

test("the world-sized list plus 20,000 own aliases: the same mentions as the reference matcher", () => {
  const stored = matcherFromSerial(
    JSON.parse(JSON.stringify(toSerial(compile(all), { prefix: true }))) as SerialMatcher,
  );
  const reference = referenceMatcher(all);
  const words = [
    ...all.filter((_, i) => i % 37 === 0).map((t) => t.text),
    ...all.filter((_, i) => i % 53 === 0).map((t) => `${t.text.toUpperCase()}s`),
    "und",
    "der",
    "Kanzler",
    "Wladimir",
    "the",
    "’s",
    "-Krieg",
    "\n",
    ",",
  ];
  let seed = 5;
  const pick = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed % n;
  };
  let mentions = 0;
  for (let t = 0; t < 200; t++) {
    const parts: string[] = [];
    for (let w = 0; w < 60; w++) parts.push(words[pick(words.length)]!);
    const text = parts.join(pick(2) ? " " : "  ");
    const expected = reference.find(text);
    mentions += expected.length;
    expect(stored.find(text)).toEqual(expected);
  }
  expect(mentions).toBeGreaterThan(1_000);
});
