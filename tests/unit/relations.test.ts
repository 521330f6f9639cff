// Each relation reads the right way round from both of its ends, in German and English: a row title says
// what the listed names are to the entity whose tooltip it is (docs/tooltip.md). Every relation type is
// shown from both ends on a tiny fact base, then the real one is read where readers tripped.
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { type Entity, RELATION_TYPES, type RelationType } from "../../src/core/factbase/schema";
import { RelationIndex, tooltipView } from "../../src/ui/entity-view";
import { type Lang, translator } from "../../src/ui/i18n";

function entity(id: string, type: Entity["type"], relations: Entity["relations"] = []): Entity {
  return {
    id,
    type,
    label: { de: `${id}-de`, en: `${id}-en` },
    description: { de: "", en: "" },
    wikidata: null,
    wikipedia: {},
    genitiveS: false,
    aliases: [{ text: id, lang: "any", caseSensitive: true }],
    relations,
    facts: [],
  } as unknown as Entity;
}

/** For each relation type: a typical source and target type, and the row titles on [source, target]. */
const CASES: Record<RelationType, { from: Entity["type"]; to: Entity["type"]; de: string[]; en: string[] }> =
  {
    memberOf: {
      from: "country",
      to: "organisation",
      de: ["Mitglied von", "Mitglieder"],
      en: ["Member of", "Members"],
    },
    headOfStateOf: {
      from: "person",
      to: "country",
      de: ["Staatsoberhaupt von", "Staatsoberhaupt"],
      en: ["Head of state of", "Head of state"],
    },
    headOfGovernmentOf: {
      from: "person",
      to: "country",
      de: ["Regierungschef von", "Regierungschef"],
      en: ["Head of government of", "Head of government"],
    },
    spokespersonOf: {
      from: "person",
      to: "organisation",
      de: ["Sprecher von", "Sprecher"],
      en: ["Spokesperson for", "Spokesperson"],
    },
    partyTo: {
      from: "country",
      to: "event",
      de: ["Beteiligt an", "Beteiligte"],
      en: ["Party to", "Parties"],
    },
    locatedIn: {
      from: "place",
      to: "country",
      de: ["Liegt in", "Orte hier"],
      en: ["Located in", "Places here"],
    },
    capitalOf: {
      from: "place",
      to: "country",
      de: ["Hauptstadt von", "Hauptstadt"],
      en: ["Capital of", "Capital"],
    },
    partOf: { from: "event", to: "event", de: ["Teil von", "Umfasst"], en: ["Part of", "Includes"] },
    borders: {
      from: "country",
      to: "country",
      de: ["Nachbarstaaten", "Nachbarstaaten"],
      en: ["Neighbours", "Neighbours"],
    },
  };

describe.each<Lang>(["de", "en"])("relation rows in %s", (lang) => {
  const t = translator(lang);
  test.each([...RELATION_TYPES])("%s reads the right way round from both ends", (type) => {
    const { from, to } = CASES[type];
    const a = entity("a", from, [{ type, target: "b" }]);
    const b = entity("b", to);
    const byId = new Map([a, b].map((e) => [e.id, e]));
    const index = new RelationIndex([a, b]);
    const rows = (e: Entity) => tooltipView(e, (id) => byId.get(id), index, lang, t).relations;
    expect(rows(a)).toEqual([{ label: CASES[type][lang][0], names: [`b-${lang}`] }]);
    expect(rows(b)).toEqual([{ label: CASES[type][lang][1], names: [`a-${lang}`] }]);
  });

  test("what lies in a place is named by its kind, and where a thing lies by what it is", () => {
    const place = entity("p", "place");
    const org = entity("o", "organisation", [{ type: "locatedIn", target: "p" }]);
    const event = entity("e", "event", [{ type: "locatedIn", target: "p" }]);
    const country = entity("c", "country", [{ type: "locatedIn", target: "p" }]);
    const all = [place, org, event, country];
    const byId = new Map(all.map((e) => [e.id, e]));
    const index = new RelationIndex(all);
    const rows = (e: Entity) =>
      Object.fromEntries(
        tooltipView(e, (id) => byId.get(id), index, lang, t).relations.map((r) => [r.label, r.names]),
      );
    const expected = {
      de: {
        org: "Sitz in",
        event: "Schauplatz",
        based: "Hier ansässig",
        events: "Ereignisse hier",
        lands: "Länder hier",
      },
      en: {
        org: "Based in",
        event: "Took place in",
        based: "Based here",
        events: "Events here",
        lands: "Countries here",
      },
    }[lang];
    expect(rows(org)).toEqual({ [expected.org]: [`p-${lang}`] });
    expect(rows(event)).toEqual({ [expected.event]: [`p-${lang}`] });
    expect(rows(place)).toEqual({
      [expected.based]: [`o-${lang}`],
      [expected.events]: [`e-${lang}`],
      [expected.lands]: [`c-${lang}`],
    });
  });
});

describe("the real fact base, where readers tripped", () => {
  const fb = buildFactbaseFromDisk();
  const byId = new Map(fb.entities.map((e) => [e.id, e]));
  const index = new RelationIndex(fb.entities);
  const rows = (id: string, lang: Lang) =>
    tooltipView(byId.get(id)!, (x) => byId.get(x), index, lang, translator(lang)).relations;
  const label = (id: string, lang: Lang) => byId.get(id)!.label[lang];

  test.each<Lang>(["de", "en"])("no row says that a place lies within what lies within it (%s)", (lang) => {
    for (const id of ["moskau", "kasachstan"]) {
      for (const row of rows(id, lang)) expect(row.label).not.toMatch(/^(Within|Darin)$/);
    }
    const moscow = rows("moskau", lang);
    const here = moscow.filter(
      (r) => r.label.endsWith(lang === "de" ? "hier" : "here") || /ansässig/.test(r.label),
    );
    expect(here.flatMap((r) => r.names)).toEqual(
      expect.arrayContaining([label("kreml", lang), label("ovks", lang)]),
    );
  });

  test.each<Lang>(["de", "en"])(
    "a name is listed under one row only, the entity's own relation first (%s)",
    (lang) => {
      for (const e of fb.entities) {
        // "and 3 more" ends each long row (a country's neighbours and its states) and is no name.
        const names = rows(e.id, lang)
          .flatMap((r) => r.names)
          .filter((n) => !/^(und \d+ weitere|and \d+ more)$/.test(n));
        expect({ id: e.id, names }).toEqual({ id: e.id, names: [...new Set(names)] });
      }
      const war = label("krieg-gegen-die-ukraine", lang);
      const ukraine = rows("ukraine", lang).filter((r) => r.names.includes(war));
      expect(ukraine.map((r) => r.label)).toEqual([lang === "de" ? "Beteiligt an" : "Party to"]);
    },
  );
});
