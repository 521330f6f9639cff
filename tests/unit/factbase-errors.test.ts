// Every rule compileFactbase enforces must refuse bad data with a message naming the file, the entity and
// the field. Each case mutates a fresh copy of a small valid fixture.
import { readFileSync } from "node:fs";
import { compileFactbase, FactbaseError, type FactbaseFile } from "../../src/core/factbase/compile";

const SEED = readFileSync("assets/factbase/seed.txt", "utf8");
const MINI = readFileSync("tests/fixtures/factbase/mini.json", "utf8");

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to build bad data.
type Json = Record<string, any>;

function fixture(mutate?: (p: Json, r: Json) => void) {
  const { putin: p, russland: r } = JSON.parse(MINI) as { putin: Json; russland: Json };
  mutate?.(p, r);
  return [
    { file: "assets/factbase/person.json", json: { entities: [p] } },
    { file: "assets/factbase/country.json", json: { entities: [r] } },
  ] satisfies Array<{ file: string; json: { entities: Json[] } }>;
}

function problemsOf(files: FactbaseFile[]): string[] {
  try {
    compileFactbase(files, SEED);
  } catch (err) {
    expect(err).toBeInstanceOf(FactbaseError);
    return [...(err as FactbaseError).problems];
  }
  throw new Error("expected compileFactbase to refuse the data");
}

describe("compileFactbase on the valid fixture", () => {
  test("compiles, adds attributions and takes asOf from the newest fact", () => {
    const fb = compileFactbase(fixture(), SEED);
    expect(fb.asOf).toBe("2024-03-17");
    expect(fb.entities.map((e) => e.id)).toEqual(["putin", "russland"]);
    const facts = fb.entities[0]!.facts;
    expect(facts[0]!.source.attribution).toEqual({
      publisher: "Reuters",
      date: "2022-11-27",
      dateKind: "published",
    });
    expect(facts[1]!.source.attribution).toEqual({
      publisher: "Wikipedia",
      date: "2026-11-27",
      dateKind: "accessed",
    });
    expect(fb.entities[0]!.names[2]).toEqual({
      text: "Putin",
      lang: "any",
      caseSensitive: false,
      ambiguous: false,
    });
  });

  test("accepts a seed file with CRLF line endings", () => {
    expect(() => compileFactbase(fixture(), SEED.replace(/\n/g, "\r\n"))).not.toThrow();
  });
});

describe("compileFactbase refuses bad data", () => {
  const P = 'assets/factbase/person.json: entity "putin"';
  const R = 'assets/factbase/country.json: entity "russland"';

  test("a missing as-of date", () => {
    expect(problemsOf(fixture((p) => delete p.facts[1].asOf))).toEqual([
      `${P}: facts[1].asOf: missing as-of date`,
    ]);
    expect(
      problemsOf(
        fixture((p) => {
          p.facts[0].asOf = "";
        }),
      ),
    ).toEqual([`${P}: facts[0].asOf: missing as-of date`]);
    expect(
      problemsOf(
        fixture((p) => {
          p.facts[0].asOf = "2022-02-30";
        }),
      )[0],
    ).toMatch(/facts\[0\]\.asOf: as-of date is not a calendar date/);
  });

  test("a seed quote that is not verbatim in the seed", () => {
    const problems = problemsOf(
      fixture((p) => {
        p.facts[0].source.quote = "erklärte der Sprecher von Präsident Putin";
      }),
    );
    expect(problems).toEqual([`${P}: facts[0].source.quote: seed quote not found verbatim in the seed text`]);
  });

  test("an alias claimed by two entities unless both mark it ambiguous", () => {
    const collide = (_p: Json, r: Json) => r.aliases.push({ text: "PUTIN", lang: "de", caseSensitive: true });
    const problems = problemsOf(fixture(collide));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`${P}: aliases[2].text: alias "Putin" is also claimed by "russland"`);
    expect(problems[1]).toContain(`${R}: aliases[2].text: alias "PUTIN" is also claimed by "putin"`);
    // Only one side marked: the other is still reported.
    expect(
      problemsOf(
        fixture((p, r) => {
          collide(p, r);
          r.aliases[2].ambiguous = true;
        }),
      ),
    ).toEqual([expect.stringContaining(`${P}: aliases[2].text`)]);
    // Both marked: accepted, and the flag reaches the compiled names.
    const fb = compileFactbase(
      fixture((p, r) => {
        collide(p, r);
        r.aliases[2].ambiguous = true;
        p.aliases[2].ambiguous = true;
      }),
      SEED,
    );
    expect(fb.entities[1]!.names[2]!.ambiguous).toBe(true);
  });

  test("alias comparison is NFC- and case-insensitive", () => {
    const problems = problemsOf(
      fixture((p, r) => {
        // "RÜSSLAND" written with a combining diaeresis vs "rüssland" precomposed.
        p.aliases.push({ text: "RU\u0308SSLAND", lang: "de", caseSensitive: true });
        r.aliases.push({ text: "r\u00fcssland", lang: "de", caseSensitive: false });
      }),
    );
    expect(problems).toHaveLength(2);
  });

  test("a relation to an unknown id", () => {
    expect(
      problemsOf(
        fixture((p) => {
          p.relations[0].target = "russia";
        }),
      ),
    ).toEqual([`${P}: relations[0].target: relation to unknown id "russia"`]);
    expect(
      problemsOf(
        fixture((p) => {
          p.relations[0].type = "friendOf";
        }),
      )[0],
    ).toMatch(/^.*"putin": relations\[0\]\.type: /);
  });

  test("a malformed QID", () => {
    expect(
      problemsOf(
        fixture((p) => {
          p.wikidata = "Q07747";
        }),
      ),
    ).toEqual([`${P}: wikidata: malformed Wikidata QID`]);
    expect(
      problemsOf(
        fixture((p) => {
          p.wikidata = "7747";
        }),
      ),
    ).toEqual([`${P}: wikidata: malformed Wikidata QID`]);
    expect(problemsOf(fixture((p) => delete p.wikidata))).toEqual([
      `${P}: wikidata: missing "wikidata" (use null when unknown)`,
    ]);
  });

  test("a malformed or non-https URL", () => {
    expect(
      problemsOf(
        fixture((p) => {
          p.wikipedia.en = "http://en.wikipedia.org/wiki/Vladimir_Putin";
        }),
      ),
    ).toEqual([`${P}: wikipedia.en: must be an https URL`]);
    expect(
      problemsOf(
        fixture((p) => {
          p.facts[1].source.url = "not a url";
        }),
      ),
    ).toEqual([`${P}: facts[1].source.url: must be an https URL`]);
  });

  test("duplicate ids", () => {
    const files = fixture();
    files.push({
      file: "assets/factbase/place.json",
      json: { entities: [{ ...fixture()[1]!.json.entities[0], type: "place" }] },
    });
    expect(problemsOf(files)).toContainEqual(
      'assets/factbase/place.json: entity "russland": id: duplicate id (first defined in assets/factbase/country.json)',
    );
  });

  test("a fact with no source", () => {
    expect(problemsOf(fixture((p) => delete p.facts[0].source))).toEqual([
      `${P}: facts[0].source: fact has no source`,
    ]);
    expect(
      problemsOf(
        fixture((p) => {
          p.facts[0].source = null;
        }),
      ),
    ).toEqual([`${P}: facts[0].source: fact has no source`]);
  });

  test("an entity whose type does not match its file", () => {
    expect(
      problemsOf(
        fixture((p) => {
          p.type = "country";
        }),
      ),
    ).toEqual([`${P}: type: wrong type for file: "country" in person.json`]);
  });

  test("other structural problems", () => {
    expect(
      problemsOf(
        fixture((p) => {
          p.id = "Putin";
        }),
      )[0],
    ).toMatch(/entity "Putin": id: id must be a lowercase ASCII slug/);
    expect(problemsOf(fixture((p) => p.aliases.splice(1, 1)))).toEqual([
      `${P}: label.en: label "Vladimir Putin" must also be listed in aliases`,
    ]);
    expect(
      problemsOf(
        fixture((p) => {
          p.facts = Array(6).fill(p.facts[0]);
        }),
      ),
    ).toEqual([`${P}: facts: at most 5 facts`]);
    expect(
      problemsOf(
        fixture((p) => {
          p.colour = "red";
        }),
      ),
    ).toEqual([`${P}: colour: unknown field "colour"`]);
    expect(problemsOf([{ file: "assets/factbase/people.json", json: { entities: [] } }])[0]).toMatch(
      /people\.json: file name must be one of/,
    );
  });

  test("collects every problem and reports them together", () => {
    const err = (() => {
      try {
        compileFactbase(
          fixture((p, r) => {
            delete p.facts[1].asOf;
            r.wikidata = "Qx";
          }),
          SEED,
        );
      } catch (e) {
        return e as FactbaseError;
      }
      throw new Error("expected a FactbaseError");
    })();
    expect(err.problems).toHaveLength(2);
    expect(err.message).toContain(`${P}: facts[1].asOf: missing as-of date`);
    expect(err.message).toContain(`${R}: wikidata: malformed Wikidata QID`);
  });
});
