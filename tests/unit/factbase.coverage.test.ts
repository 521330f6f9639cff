// Every proper name in the seed article resolves to a fact-base entity, through the real matcher.
import { readFileSync } from "node:fs";
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { matchTerms } from "../../src/core/factbase/terms";
import { buildMatcher } from "../../src/core/match";

const factbase = buildFactbaseFromDisk();
const matcher = buildMatcher(matchTerms(factbase));
const seed = readFileSync("assets/factbase/seed.txt", "utf8");

/**
 * Each proper name as written in the seed, with the entity it must resolve to. The photographer's name in
 * the photo credit ("kuanish Sarsenov") is left out: a credit line, not a subject of the story.
 */
const NAMES: Array<[string, string]> = [
  ["Moskau", "moskau"],
  ["Kaukasuskonflikts", "bergkarabach-konflikt"],
  ["Russland", "russland"],
  ["Russlands", "russland"],
  ["Armenien", "armenien"],
  ["Aserbaidschan", "aserbaidschan"],
  ["Organisation des Vertrags über kollektive Sicherheit", "ovks"],
  ["OVKS", "ovks"],
  ["Dmitri Peskow", "peskow"],
  ["Peskow", "peskow"],
  ["Kasachstan", "kasachstan"],
  ["Wladimir Putin", "putin"],
  ["Putin", "putin"],
  ["Kassym-Schomart Tokajew", "tokajew"],
  ["Tokajew", "tokajew"],
  ["Ukraine", "ukraine"],
  ["EU", "eu"],
  ["Bergkarabach", "bergkarabach"],
  ["Nikol Paschinjan", "paschinjan"],
  ["Nato", "nato"],
  ["Belarus", "belarus"],
  ["Kirgistan", "kirgistan"],
  ["Tadschikistan", "tadschikistan"],
  ["Sowjetrepubliken", "sowjetunion"],
  ["Kriegs in der Ukraine", "krieg-gegen-die-ukraine"],
  ["Reuters", "reuters"],
  ["Pixabay", "pixabay"],
];

describe("seed coverage", () => {
  const found = matcher.find(seed).map((m) => [seed.slice(m.start, m.end), m.entity] as [string, string]);

  test.each(NAMES)("%s resolves to %s", (name, entity) => {
    expect(factbase.entities.some((e) => e.id === entity)).toBe(true);
    expect(found).toContainEqual([name, entity]);
  });
});
