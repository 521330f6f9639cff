// What the tooltip says, from the real fact base: dated, sourced facts, relations in both directions in
// the reader's language, and an honest Wikipedia link.
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import type { Entity } from "../../src/core/factbase/schema";
import { RelationIndex, tooltipView } from "../../src/ui/entity-view";
import { type Lang, translator } from "../../src/ui/i18n";

const fb = buildFactbaseFromDisk();
const byId = new Map(fb.entities.map((e) => [e.id, e]));
const relations = new RelationIndex(fb.entities);
const view = (id: string, lang: Lang) =>
  tooltipView(byId.get(id)!, (x) => byId.get(x), relations, lang, translator(lang));

test("a fact's line names each date once: the source with its date, then the pack", () => {
  const de = view("ovks", "de");
  expect(de.label).toBe("OVKS");
  expect(de.type).toBe("Organisation");
  expect(de.facts.length).toBeGreaterThanOrEqual(2);
  // Up to three of the seed pack, and the first of the world pack, which joins the CSTO.
  expect(de.facts.length).toBeLessThanOrEqual(4);
  // A story fact is true as of the story's day, which the source line already says.
  expect(de.facts[0]).toMatchObject({
    asOf: null,
    source: "Reuters, 27.11.2022",
    pack: "Story-Paket",
    url: null,
  });
  expect(de.facts[0]!.quote).toBeTruthy();
  const en = view("ovks", "en");
  expect(en.label).toBe("CSTO");
  expect(en.facts[0]).toMatchObject({
    asOf: null,
    source: "Reuters, 27\u00a0Nov\u00a02022",
    pack: "Story pack",
  });
  // The organisation's own page: named by its host, not by the name the header already shows.
  const world = en.facts.find((f) => f.pack === "World pack")!;
  expect(world).toMatchObject({ asOf: null, source: "en.odkb-csto.org, accessed 7\u00a0Dec\u00a02026" });
  expect(view("ovks", "de").facts.find((f) => f.pack === "Welt-Paket")!.source).toBe(
    "en.odkb-csto.org, abgerufen 07.12.2026",
  );
});

test("no date is shown twice in any tooltip; the as-of date leads only where it differs", () => {
  for (const e of fb.entities)
    for (const lang of ["de", "en"] as const)
      for (const fact of view(e.id, lang).facts) {
        const dates =
          `${fact.asOf ?? ""} ${fact.source}`.match(/\d{1,2}[. \u00a0]\w{2,3}[. \u00a0]\d{4}/g) ?? [];
        expect(new Set(dates).size).toBe(dates.length);
        expect(fact.source).not.toContain(fact.pack);
      }
  // Aliyev's fact is true as of the 2024 election, read on Wikipedia later: both dates, each once.
  const aliyev = view("alijew", "en").facts.find((f) => f.asOf !== null)!;
  expect(aliyev.asOf).toBe("As of 7\u00a0Feb\u00a02024");
  expect(aliyev.source).toBe("Wikipedia, accessed 27\u00a0Nov\u00a02026");
  // A news site is named as its publisher, though the tooltip's own entity differs.
  expect(view("peskow", "de").facts.map((f) => f.source)).toContain("Ukrainska Pravda, 17.04.2024");
});

test("a joined entity shows facts of both packs, each naming its pack; a switched-off pack's are hidden", () => {
  const both = view("russland", "de");
  expect(both.facts.some((f) => f.pack === "Story-Paket" && f.source.startsWith("Reuters"))).toBe(true);
  const world = both.facts.filter(
    (f) => f.pack === "Welt-Paket" && f.source.startsWith("world-countries 5.1.0 (ODbL-1.0)"),
  );
  expect(world.length).toBeGreaterThanOrEqual(1);
  expect(world[0]!.url).toBe("https://github.com/mledoze/countries");
  const seedOnly = tooltipView(
    byId.get("russland")!,
    (x) => byId.get(x),
    relations,
    "de",
    translator("de"),
    new Set(["seed"]),
  );
  expect(seedOnly.facts.every((f) => f.pack === "Story-Paket")).toBe(true);
  const france = view("frankreich", "en");
  expect(france.facts.map((f) => f.text)).toContain("Capital: Paris.");
  expect(france.relations.find((r) => r.label === "Neighbours")!.names).toContain("Germany");
  expect(view("frankreich", "de").relations.find((r) => r.label === "Nachbarstaaten")!.names).toContain(
    "Deutschland",
  );
});

test("a web source says when it was accessed, and links to the page", () => {
  const web = (e: Entity) => e.facts.findIndex((f) => f.source.attribution.dateKind === "accessed");
  const entity = fb.entities.find((e) => e.packs.join() === "seed" && web(e) >= 0 && web(e) < 3)!;
  const fact = entity.facts[web(entity)]!;
  const shown = view(entity.id, "de").facts[web(entity)]!;
  expect(shown.source).toMatch(/^.+, abgerufen \d\d\.\d\d\.\d{4}$/);
  expect(shown.url).toBe(fact.source.kind === "web" ? fact.source.url : "");
  expect(view(entity.id, "en").facts[web(entity)]!.source).toMatch(
    /, accessed \d{1,2}\u00a0\w{3}\u00a0\d{4}$/,
  );
});

test("relations are listed from both ends, by label in the reader's language", () => {
  const ovks = view("ovks", "de");
  const members = ovks.relations.find((r) => r.label === "Mitglieder")!;
  expect(members.names).toEqual(expect.arrayContaining(["Armenien", "Russland", "Kasachstan"]));
  const armenia = view("armenien", "en");
  expect(armenia.relations.find((r) => r.label === "Member of")!.names).toContain("CSTO");
  // Putin is stored as head of state of Russia; Russia's tooltip names him.
  expect(view("russland", "de").relations.find((r) => r.label === "Staatsoberhaupt")!.names).toContain(
    byId.get("putin")!.label.de,
  );
});

test("Wikipedia links go to the reader's language, or say which other language they use", () => {
  expect(view("ovks", "de").wikipedia).toMatchObject({ lang: "de", text: "Mehr bei Wikipedia" });
  const enOnly = fb.entities.find((e) => !e.wikipedia.de && e.wikipedia.en)!;
  expect(view(enOnly.id, "de").wikipedia).toMatchObject({
    lang: "en",
    url: enOnly.wikipedia.en,
    text: "Mehr bei Wikipedia (englisch)",
  });
  const none = fb.entities.find((e) => !e.wikipedia.de && !e.wikipedia.en);
  if (none) expect(view(none.id, "en").wikipedia).toBeNull();
});

test("a relation row never hides a single name behind 'and 1 more'", () => {
  const memberCount = fb.entities.filter((e) =>
    e.relations.some((r) => r.type === "memberOf" && r.target === "ovks"),
  ).length;
  expect(memberCount).toBe(6);
  const members = view("ovks", "en").relations.find((r) => r.label === "Members")!;
  expect(members.names).toHaveLength(6);
  expect(members.names.join(" ")).not.toMatch(/more/);
});

test("a date in a source line never breaks over two lines, and every description reads as a sentence", () => {
  for (const e of fb.entities) {
    const shown = view(e.id, "en");
    for (const fact of shown.facts) expect(`${fact.asOf ?? ""} ${fact.source}`).not.toMatch(/\d \w{3} \d{4}/);
    if (shown.description) expect(shown.description).toMatch(/[.!?]$/);
  }
  // The world pack's generated descriptions have no full stop of their own.
  expect(byId.get("abuja")!.description.en).toBe("Capital of Nigeria");
  expect(view("abuja", "en").description).toBe("Capital of Nigeria.");
  expect(view("abuja", "de").description).toMatch(/^Hauptstadt .*\.$/);
});
