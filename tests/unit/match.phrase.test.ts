// A `notAfter` entry may be a phrase ("Bank of"): the words before a name, read word by word
// (src/core/match/context.ts). The matcher and its stored form agree.

import type { Term } from "../../src/core/match";
import { buildMatcher } from "../../src/core/match";
import { compile } from "../../src/core/match/compile";
import { OF_PHRASES_KEY } from "../../src/core/match/names";
import { matcherFromSerial, type SerialMatcher, toSerial } from "../../src/core/match/serial";

const terms: Term[] = [
  {
    text: "England",
    entity: "england",
    caseSensitive: false,
    genitive: true,
    lang: "en",
    notAfter: ["New", "Bank of"],
  },
  {
    text: "Wales",
    entity: "wales",
    caseSensitive: false,
    genitive: true,
    lang: "any",
    notAfter: ["Prince of"],
  },
  {
    text: "Wien",
    entity: "wien",
    caseSensitive: false,
    genitive: true,
    lang: "de",
    notAfter: ["Universität zu", "Universität"],
  },
  {
    text: "Japan",
    entity: "japan",
    caseSensitive: false,
    genitive: true,
    lang: "any",
    notAfter: [OF_PHRASES_KEY],
  },
];
const matcher = buildMatcher(terms);
// As the page gets it: compiled in the background, stored as JSON, read back.
const stored = matcherFromSerial(JSON.parse(JSON.stringify(toSerial(compile(terms)))) as SerialMatcher);
const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

test.each<[string, string[]]>([
  ["The Bank of England raised rates.", []],
  ["The Bank  of England raised rates.", []],
  ["Bank of England", []],
  ["The Bank of\nEngland", ["England"]],
  ["Andybank of England", ["England"]],
  ["the bank of England's river", ["England"]],
  ["the banks of England", ["England"]],
  ["New England and England", ["England"]],
  ["The Prince of Wales visited Wales.", ["Wales"]],
  ["Die Universität Wien und die Universität zu Wien liegen in Wien.", ["Wien"]],
  ["Humboldt-Universität zu Wien", []],
  ["The Bank of Japan and the Sea of Japan; the King of Japan; Golf von Japan", ["Japan"]],
  ["<of> Japan", ["Japan"]],
])("%j", (text, expected) => {
  expect(found(text)).toEqual(expected);
  expect(stored.find(text)).toEqual(matcher.find(text));
});
