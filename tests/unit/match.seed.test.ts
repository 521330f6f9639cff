// The seed article end to end, and independence from the fact base's size, on the test fixture.
import { readFileSync } from "node:fs";
import { buildMatcher, type Term } from "../../src/core/match";
import { FIXTURE_TERMS } from "./match.fixture";

const matcher = buildMatcher(FIXTURE_TERMS);

function found(text: string): Array<[string, string]> {
  return matcher.find(text).map((x) => [x.entity, text.slice(x.start, x.end)]);
}

describe("matcher on the seed article", () => {
  test("the seed article", () => {
    const seed = readFileSync("assets/factbase/seed.txt", "utf8");
    const O = ["csto", "OVKS"] as [string, string];
    expect(found(seed)).toEqual([
      ["moscow", "Moskau"],
      ["caucasus", "Kaukasus"],
      ["russia", "Russland"],
      ["armenia", "Armenien"],
      ["armenia", "Armenien"],
      ["azerbaijan", "Aserbaidschan"],
      ["russia", "Russland"],
      ["csto", "Organisation des Vertrags über kollektive Sicherheit"],
      O,
      ["peskov", "Dmitri Peskow"],
      O,
      ["kazakhstan", "Kasachstan"],
      O,
      O,
      ["peskov", "Peskow"],
      ["putin", "Wladimir Putin"],
      ["kazakhstan", "Kasachstan"],
      ["tokayev", "Kassym-Schomart Tokajew"],
      ["putin", "Putin"],
      ["tokayev", "Tokajew"],
      ["russia", "Russland"],
      ["tokayev", "Tokajew"],
      ["russia", "Russlands"],
      ["ukraine", "Ukraine"],
      ["eu", "EU"],
      ["kazakhstan", "Kasachstan"],
      ["armenia", "Armenien"],
      ["azerbaijan", "Aserbaidschan"],
      ["nagorno-karabakh", "Bergkarabach"],
      ["eu", "EU"],
      ["russia", "Russland"],
      ["pashinyan", "Nikol Paschinjan"],
      O,
      O,
      ["nato", "Nato"],
      ["azerbaijan", "Aserbaidschan"],
      ["russia", "Russland"],
      ["kazakhstan", "Kasachstan"],
      ["armenia", "Armenien"],
      ["belarus", "Belarus"],
      ["kyrgyzstan", "Kirgistan"],
      ["tajikistan", "Tadschikistan"],
      ["ukraine", "Ukraine"],
      ["russia", "Russland"],
      ["kyrgyzstan", "Kirgistan"],
      ["tajikistan", "Tadschikistan"],
      ["russia", "Russland"],
      ["kazakhstan", "Kasachstan"],
      ["reuters", "Reuters"],
    ]);
  });

  test("a fact base 1,000 times larger finds the same mentions", () => {
    const seed = readFileSync("assets/factbase/seed.txt", "utf8");
    let x = 12345;
    const rnd = (k: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % k;
    };
    const word = (): string => {
      let w = "QXZJ"[rnd(4)]!;
      for (let i = 4 + rnd(6); i > 0; i--) w += "aeioukrstnlmq"[rnd(13)];
      return w;
    };
    const extra: Term[] = Array.from({ length: 20000 }, (_, i) => ({
      text: i % 3 === 0 ? `${word()} ${word()}` : word(),
      entity: `gen-${i}`,
      caseSensitive: false,
      genitive: true,
    }));
    const big = buildMatcher([...FIXTURE_TERMS, ...extra]);
    expect(big.find(seed)).toEqual(matcher.find(seed));
  });
});
