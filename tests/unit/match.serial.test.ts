// A stored matcher (serial.ts) finds exactly what the matcher compiled from the same terms finds, after a
// JSON round trip, for the real fact base plus thousands of extra names; a damaged one is refused.
import fc from "fast-check";
import { madeUpNames } from "../../scripts/newsgen";
import { buildMatcher, type Term } from "../../src/core/match";
import { compile } from "../../src/core/match/compile";
import {
  fromSerial,
  matcherFromSerial,
  packEntity,
  type SerialMatcher,
  toSerial,
  unpackEntity,
} from "../../src/core/match/serial";
import { FIXTURE_TERMS } from "./match.fixture";

const SYLLABLES = ["ka", "ro", "mi", "ne", "lu", "ta", "sch", "ber", "wald", "stein", "ov", "ski", "ä", "é"];

function extraTerms(count: number): Term[] {
  const out: Term[] = [];
  for (const [i, [a, b]] of madeUpNames(count, 12345, SYLLABLES).entries()) {
    out.push({ text: `${a} ${b}`, entity: `my-${i}`, caseSensitive: false, genitive: true });
    out.push({ text: b, entity: `my-${i}`, caseSensitive: false, genitive: true, surname: true });
  }
  return out;
}

const roundTrip = (terms: readonly Term[]) =>
  matcherFromSerial(JSON.parse(JSON.stringify(toSerial(compile(terms)))) as SerialMatcher);

test("the fixture terms: the same mentions on random mixes of their aliases and other words", () => {
  const direct = buildMatcher(FIXTURE_TERMS);
  const stored = roundTrip(FIXTURE_TERMS);
  const words = [
    ...FIXTURE_TERMS.map((t) => t.text),
    "und",
    "der",
    "Kremls",
    "NATO-Gipfel",
    "the",
    "’s",
    "\n",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
      const text = parts.join(" ");
      expect(stored.find(text)).toEqual(direct.find(text));
    }),
    { numRuns: 300 },
  );
});

test("5,000 extra names: every alias is found the same way, in running text and in headlines", () => {
  const terms = [...FIXTURE_TERMS, ...extraTerms(5000)];
  const direct = buildMatcher(terms);
  const stored = roundTrip(terms);
  const sample = terms.filter((_, i) => i % 7 === 0).map((t) => t.text);
  const text = sample.map((s, i) => (i % 5 === 0 ? s.toUpperCase() : `${s}s`)).join(" und ");
  const found = direct.find(text);
  expect(found.length).toBeGreaterThan(sample.length / 2);
  expect(stored.find(text)).toEqual(found);
});

test("every pattern read from the stored form equals the compiled one, case masks included", () => {
  const compiled = compile([...FIXTURE_TERMS, ...extraTerms(300)]);
  const stored = fromSerial(JSON.parse(JSON.stringify(toSerial(compiled))) as SerialMatcher);
  // The masks differ between aliases (else a wrong column could pass unseen).
  expect(
    new Set(compiled.patterns.map((p) => `${p.exactMask},${p.capitalMask},${p.upperMask}`)).size,
  ).toBeGreaterThan(2);
  for (const [id, p] of compiled.patterns.entries()) expect(stored.pattern(id)).toEqual(p);
});

test("a stored matcher of another version or with mismatched tables is refused", () => {
  const serial = toSerial(compile(FIXTURE_TERMS));
  expect(() => fromSerial({ ...serial, v: 5 as 6 })).toThrow(/inconsistent/);
  expect(() => fromSerial({ ...serial, langs: serial.langs.slice(1) })).toThrow(/inconsistent/);
  expect(() => fromSerial({ ...serial, tables: serial.tables.slice(0, -8) })).toThrow(/inconsistent/);
  expect(() => fromSerial({ ...serial, tables: `${serial.tables}AAAA` })).toThrow(/inconsistent/);
  expect(() => fromSerial({ ...serial, keys: serial.keys.slice(1) })).toThrow(/inconsistent/);
  expect(() => fromSerial({ ...serial, spelling: `${serial.spelling}x` })).toThrow(/inconsistent/);
});

test("a stored automaton is used as stored, and a damaged or missing one is built from the keys instead", () => {
  const terms = [...FIXTURE_TERMS, ...extraTerms(500)];
  const direct = buildMatcher(terms);
  const serial = JSON.parse(JSON.stringify(toSerial(compile(terms), { prefix: true }))) as SerialMatcher;
  expect(serial.prefix!.length).toBeGreaterThan(100);
  expect(fromSerial(serial).prefix).not.toBeNull();
  const text = terms
    .filter((_, i) => i % 3 === 0)
    .map((t, i) => (i % 4 === 0 ? t.text.toUpperCase() : `${t.text}s`))
    .join(" und ");
  const expected = direct.find(text);
  expect(expected.length).toBeGreaterThan(100);
  const bytes = Uint8Array.from(atob(serial.prefix!), (c) => c.charCodeAt(0));
  const damaged = (at: number, value: number): string => {
    const copy = new Int32Array(bytes.slice().buffer);
    copy[at] = value;
    return btoa(String.fromCharCode(...new Uint8Array(copy.buffer)));
  };
  const variants: Array<string | undefined> = [
    serial.prefix,
    undefined,
    "not base64!",
    serial.prefix!.slice(0, -8),
    damaged(0, 3), // classes per row
    damaged(1, 1 << 30), // rows
    damaged(2, 1 << 20), // a part's length
    damaged(bytes.length / 4 - 1, 1 << 29), // the last write's entry: outside the table
    damaged(bytes.length / 4 - 2, -5), // the last write's class
  ];
  for (const prefix of variants) {
    const matcher = matcherFromSerial({ ...serial, prefix } as SerialMatcher);
    expect(matcher.find(text)).toEqual(expected);
  }
  // Without the option (the build's bundled matcher), none is stored.
  expect(toSerial(compile(terms)).prefix).toBeUndefined();
});

test("own entity ids are stored in 23 characters and come back the same; other ids are kept", () => {
  fc.assert(
    fc.property(fc.uuid(), (uuid) => {
      const id = `my-${uuid}`;
      const packed = packEntity(id);
      expect(packed).toHaveLength(23);
      expect(unpackEntity(packed)).toBe(id);
    }),
  );
  expect(packEntity("krieg-gegen-die-ukraine")).toBe("krieg-gegen-die-ukraine");
  expect(unpackEntity("ovks")).toBe("ovks");
});
