// A compiled matcher as plain JSON, so that a big one (the reader's 10,000 entries) is compiled once, in
// the background, and each page only rebuilds its trie from the stored keys. What compile() pays for
// (normalising and folding aliases, case masks, the nesting analysis) is stored; what is cheap to redo
// from the keys (the trie, the start filters) is not, which keeps the stored value small.
import type { Pattern } from "./boundaries";
import { assemble, type Compiled, caseForms } from "./compile";
import { buildMatcherFrom, type Matcher } from "./index";

export const SERIAL_VERSION = 1;

/** [entity index, exact, flag bits, exactMask, capitalMask, upperMask, lang, rules or 0] */
type Row = [number, string, number, number, number, number, string, Rules | 0];
type Rules = Pick<Pattern, "notAfter" | "notBefore" | "evidence">;

export interface SerialMatcher {
  v: typeof SERIAL_VERSION;
  entities: string[];
  rows: Row[];
  /** The folded keys, joined by U+0000 (compile() skips an alias holding one). */
  keys: string;
  innerWords: number[];
  /** One digit per key. */
  plain: string;
}

/** Bit k of a row's flags is FLAGS[k] (fromSerial reads them with literal masks). */
const FLAGS = ["genitive", "genitiveEs", "compound", "endsInWord", "surname", "acronym"] as const;

export function toSerial(compiled: Compiled): SerialMatcher {
  const entities: string[] = [];
  const index = new Map<string, number>();
  const rows = compiled.patterns.map((p): Row => {
    let e = index.get(p.entity);
    if (e === undefined) {
      e = entities.push(p.entity) - 1;
      index.set(p.entity, e);
    }
    const flags = FLAGS.reduce((bits, flag, bit) => (p[flag] ? bits | (1 << bit) : bits), 0);
    const rules: Rules | 0 =
      p.notAfter || p.notBefore || p.evidence
        ? { notAfter: p.notAfter, notBefore: p.notBefore, evidence: p.evidence }
        : 0;
    return [e, p.exact, flags, p.exactMask, p.capitalMask, p.upperMask, p.lang, rules];
  });
  return {
    v: SERIAL_VERSION,
    entities,
    rows,
    keys: compiled.keys.join("\u0000"),
    innerWords: Array.from(compiled.innerWords),
    plain: Array.from(compiled.plain).join(""),
  };
}

export function fromSerial(serial: SerialMatcher): Compiled {
  if (serial.v !== SERIAL_VERSION)
    throw new Error(`Stored matcher version ${serial.v} is not ${SERIAL_VERSION}.`);
  const keys = serial.keys.length > 0 ? serial.keys.split("\u0000") : [];
  if (
    keys.length !== serial.rows.length ||
    keys.length !== serial.innerWords.length ||
    keys.length !== serial.plain.length
  )
    throw new Error("Stored matcher is inconsistent.");
  const patterns = serial.rows.map(
    ([e, exact, flags, exactMask, capitalMask, upperMask, lang, rules]): Pattern => {
      const has = (flag: (typeof FLAGS)[number]) => (flags & (1 << FLAGS.indexOf(flag))) !== 0;
      const compound = has("compound");
      // compile() derives `compound` from case-insensitivity, and the case forms from the same.
      const { capital, upper } = caseForms(exact, !compound);
      return {
        entity: serial.entities[e]!,
        exact,
        capital,
        upper,
        genitive: has("genitive"),
        genitiveEs: has("genitiveEs"),
        compound,
        endsInWord: has("endsInWord"),
        lang,
        surname: has("surname"),
        acronym: has("acronym"),
        notAfter: rules ? rules.notAfter : null,
        notBefore: rules ? rules.notBefore : null,
        evidence: rules ? rules.evidence : null,
        exactMask,
        capitalMask,
        upperMask,
      };
    },
  );
  const plain = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) plain[i] = serial.plain.charCodeAt(i) - 48;
  return assemble(patterns, keys, Int32Array.from(serial.innerWords), plain);
}

/** A matcher from a stored one: no alias is normalised or analysed again. */
export function matcherFromSerial(serial: SerialMatcher): Matcher {
  return buildMatcherFrom(fromSerial(serial));
}
