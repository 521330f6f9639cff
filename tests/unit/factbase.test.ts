// The real fact base must compile into the factbase.json contract and cover the seed story.
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { readFactbaseSources } from "../../scripts/factbase-files";
import { compileFactbase } from "../../src/core/factbase/compile";
import { ENTITY_TYPES, FactbaseJsonSchema, QID, SLUG } from "../../src/core/factbase/schema";

const SEED = readFileSync("assets/factbase/seed.txt", "utf8");

describe("the real fact base", () => {
  const files = readFactbaseSources("assets/factbase");
  const fb = compileFactbase(files, SEED);

  test("has one source file per entity type", () => {
    expect(files.map((f) => f.file.replace(/^.*[\\/]/, "")).sort()).toEqual(
      ENTITY_TYPES.map((t) => `${t}.json`).sort(),
    );
  });

  test("compiles into the factbase.json contract with at least 30 entities", () => {
    expect(v.is(FactbaseJsonSchema, fb)).toBe(true);
    expect(fb.entities.length).toBeGreaterThanOrEqual(30);
    expect(fb.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("entities are sorted by id, ids are unique slugs, QIDs well formed", () => {
    const ids = fb.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of fb.entities) {
      expect(e.id).toMatch(SLUG);
      if (e.wikidata !== null) expect(e.wikidata).toMatch(QID);
    }
  });

  test("every fact has a source and an as-of date, and seed quotes occur verbatim in seed.txt", () => {
    for (const e of fb.entities) {
      expect(e.facts.length).toBeGreaterThanOrEqual(1);
      expect(e.facts.length).toBeLessThanOrEqual(5);
      for (const f of e.facts) {
        expect(f.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(f.asOf <= fb.asOf).toBe(true);
        expect(f.source).toBeDefined();
        if (f.source.kind === "seed") {
          expect(SEED.includes(f.source.quote)).toBe(true);
          expect(f.source.attribution).toEqual({
            publisher: "Reuters",
            date: "2022-11-27",
            dateKind: "published",
          });
        } else if (f.source.kind === "package") {
          expect(f.source.upstream.startsWith("https://")).toBe(true);
          expect(f.source.licence).toBeTruthy();
          expect(f.source.attribution.date).toBe(f.source.released);
        } else {
          expect(f.source.url.startsWith("https://")).toBe(true);
          expect(f.source.attribution.publisher).toBe(f.source.publisher);
        }
      }
    }
  });

  test("seed facts come before web facts", () => {
    for (const e of fb.entities) {
      const kinds = e.facts.map((f) => f.source.kind).join(",");
      expect(kinds).not.toMatch(/web,seed/);
    }
  });

  test("all relations resolve", () => {
    const ids = new Set(fb.entities.map((e) => e.id));
    for (const e of fb.entities) for (const r of e.relations) expect(ids.has(r.target)).toBe(true);
  });

  test("aliases include the labels and mirror names in order", () => {
    for (const e of fb.entities) {
      expect(e.aliases).toEqual(e.names.map((n) => n.text));
      expect(e.aliases).toContain(e.label.de);
      expect(e.aliases).toContain(e.label.en);
    }
  });

  test("covers the entities of the seed story with the required aliases", () => {
    const byId = new Map(fb.entities.map((e) => [e.id, e]));
    const required: Record<string, string[]> = {
      ovks: ["OVKS", "CSTO", "ОДКБ", "ODKB", "Organisation des Vertrags über kollektive Sicherheit"],
      bergkarabach: ["Bergkarabach", "Berg-Karabach", "Karabach", "Nagorno-Karabakh", "Arzach", "Artsakh"],
      kirgistan: ["Kirgistan", "Kirgisistan", "Kyrgyzstan"],
      eriwan: ["Eriwan", "Jerewan", "Yerevan"],
      paschinjan: ["Paschinjan", "Pashinyan", "Pashinian"],
      tokajew: ["Tokajew", "Tokayev", "Toqajew"],
      belarus: ["Belarus", "Weißrussland"],
      sowjetunion: ["Sowjetunion", "Soviet Union", "UdSSR", "USSR"],
      putin: ["Putin", "Wladimir Putin", "Vladimir Putin"],
      peskow: ["Peskow", "Peskov", "Dmitri Peskow", "Dmitry Peskov"],
      alijew: ["Alijew", "Aliyev", "Ilham Aliyev"],
      kreml: ["Kreml", "Kremlin"],
      reuters: ["Reuters"],
    };
    for (const [id, aliases] of Object.entries(required)) {
      expect(byId.get(id)?.aliases).toEqual(expect.arrayContaining(aliases));
    }
    for (const id of [
      "russland",
      "armenien",
      "aserbaidschan",
      "kasachstan",
      "tadschikistan",
      "ukraine",
      "nato",
      "eu",
    ]) {
      expect(byId.has(id)).toBe(true);
    }
    expect(fb.entities.filter((e) => e.type === "event").length).toBeGreaterThanOrEqual(6);
    // The matcher maps "Ukraine-Krieg" to Ukraine through its hyphen rule; an alias would fight it.
    expect(fb.entities.flatMap((e) => e.aliases)).not.toContain("Ukraine-Krieg");
  });

  test("an explicit asOf older than the newest fact is refused", () => {
    expect(() => compileFactbase(files, SEED, "2022-11-27")).toThrow(/asOf: .*no older than the newest fact/);
    expect(compileFactbase(files, SEED, "2030-01-01").asOf).toBe("2030-01-01");
  });
});
