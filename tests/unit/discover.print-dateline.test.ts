// A German newspaper's dateline without a source (docs/discovery.md, "Datelines"): "Stade. Zunächst …",
// "Mainz · Im Jahr …", from the seen frozen set. Fails without the rule.
import { WORD_LISTS } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const find = (blocks: string[]) => discoverNames({ blocks, lang: "de", covered: () => false }, WORD_LISTS);

test("the place before '. ' or ' · ' at the start of a block is a place", async () => {
  const names = await find([
    "Stade. Zunächst ein Blick in die Statistik des vergangenen Jahres.",
    "Mainz · Im Jahr 2016 haben die Forscher eine Umfrage gestartet.",
  ]);
  expect(Object.fromEntries(names.map((n) => [n.text, n.kind]))).toMatchObject({
    Stade: "place",
    Mainz: "place",
  });
});

test("a common word, a noun or a given name there is no dateline", async () => {
  const names = await find([
    "Zunächst. Ein Blick in die Statistik des vergangenen Jahres folgt.",
    "Polizei · Im Jahr 2016 gab es mehr Einsätze als zuvor.",
    "Angela. So nannten sie ihre Tochter nach der Kanzlerin.",
  ]);
  const texts = names.map((n) => n.text);
  for (const w of ["Zunächst", "Polizei", "Angela"]) expect(texts).not.toContain(w);
});
