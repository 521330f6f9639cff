// A compiled matcher as a few strings, so that a big one (the reader's 10,000 entries) is compiled once,
// in the background, and each page rebuilds only its trie. Strings because a browser hands a few long
// strings from storage to a page far faster than thousands of small arrays. What compile() pays for
// (normalising and folding aliases, case masks, the nesting analysis, the start filters) is stored; a
// pattern object is made only when the page meets its key.
import type { Pattern } from "./boundaries";
import { assemble, type Compiled, caseForms } from "./compile";
import { fromBase64, packEntity, pushSparse, pushVarint, Reader, toBase64, unpackEntity } from "./pack";
import type { PrefixForm } from "./prefix";
import { buildMatcherFrom } from "./scan";
import type { Matcher } from "./types";

export { packEntity, unpackEntity } from "./pack";

export const SERIAL_VERSION = 4;
/** Joins keys, aliases and ids: a line break, because JSON spells U+0000 in six bytes and "\n" in two. */
export const SEP = "\n";

export interface SerialMatcher {
  v: typeof SERIAL_VERSION;
  /** The folded keys, joined by SEP (normalising makes every line break a space). */
  keys: string;
  /** Each pattern's alias as written, joined by SEP. */
  exacts: string;
  /** The distinct entity ids, joined by SEP; the reader's own ("my-<uuid>") packed by packEntity. */
  entities: string;
  /** One character per pattern: its language (see LANGS). */
  langs: string;
  /** Base64 of varints: 6 columns of n (entity index, flag bits, exact/capital/upper masks, innerWords). */
  columns: string;
  /** Base64 of n plain bytes, then the non-zero bytes of canStart, pairs and triples (pushSparse). */
  bytes: string;
  /** Patterns with context rules (notAfter, notBefore, evidence), by id: only bundled names have them. */
  rules: Record<number, Rules>;
  /** Some key holds a combining mark (compile.ts). */
  marksInKeys: boolean;
  /** The scanner's automaton (prefix.ts). */
  prefix: PrefixForm;
}

type Rules = Pick<Pattern, "notAfter" | "notBefore" | "evidence">;
const LANGS = ["any", "de", "en", "ru"];
/** Bit k of the flag column is FLAGS[k]. */
const FLAGS = ["genitive", "genitiveEs", "compound", "endsInWord", "surname", "acronym"] as const;

export function toSerial(compiled: Compiled): SerialMatcher {
  const { patterns, keys } = compiled;
  const n = keys.length;
  const entities: string[] = [];
  const index = new Map<string, number>();
  const columns = new Int32Array(6 * n);
  const rules: Record<number, Rules> = {};
  let langs = "";
  patterns.forEach((p, id) => {
    let e = index.get(p.entity);
    if (e === undefined) {
      e = entities.push(p.entity) - 1;
      index.set(p.entity, e);
    }
    columns[id] = e;
    columns[n + id] = FLAGS.reduce((bits, flag, bit) => (p[flag] ? bits | (1 << bit) : bits), 0);
    columns[2 * n + id] = p.exactMask;
    columns[3 * n + id] = p.capitalMask;
    columns[4 * n + id] = p.upperMask;
    columns[5 * n + id] = compiled.innerWords[id]!;
    langs += String.fromCharCode(97 + Math.max(0, LANGS.indexOf(p.lang)));
    if (p.notAfter || p.notBefore || p.evidence)
      rules[id] = { notAfter: p.notAfter, notBefore: p.notBefore, evidence: p.evidence };
  });
  const varints: number[] = [];
  for (const value of columns) pushVarint(varints, value);
  const bytes = [...compiled.plain];
  for (const table of [compiled.canStart, compiled.pairs, compiled.triples]) pushSparse(bytes, table);
  return {
    v: SERIAL_VERSION,
    keys: keys.join(SEP),
    exacts: patterns.map((p) => p.exact).join(SEP),
    entities: entities.map(packEntity).join(SEP),
    langs,
    columns: toBase64(Uint8Array.from(varints)),
    bytes: toBase64(Uint8Array.from(bytes)),
    rules,
    marksInKeys: compiled.marksInKeys,
    prefix: compiled.prefix,
  };
}

export function fromSerial(serial: SerialMatcher): Compiled {
  if (serial.v !== SERIAL_VERSION)
    throw new Error(`Stored matcher version ${serial.v} is not ${SERIAL_VERSION}.`);
  const keys = serial.keys.length > 0 ? serial.keys.split(SEP) : [];
  const n = keys.length;
  const exacts = n > 0 ? serial.exacts.split(SEP) : [];
  const entities = serial.entities.split(SEP);
  if (exacts.length !== n || serial.langs.length !== n) throw new Error("Stored matcher is inconsistent.");
  const columns = new Int32Array(6 * n);
  const varints = new Reader(fromBase64(serial.columns));
  for (let i = 0; i < columns.length; i++) columns[i] = varints.varint();
  const bytes = new Reader(fromBase64(serial.bytes));
  const plain = new Uint8Array(n);
  for (let i = 0; i < n; i++) plain[i] = bytes.byte();
  const [canStart, pairs, triples] = [bytes.sparse(), bytes.sparse(), bytes.sparse()];
  if (!varints.done || !bytes.done) throw new Error("Stored matcher is inconsistent.");
  const patterns: Pattern[] = new Array(n);
  const expanded: string[] = new Array(entities.length);
  const make = (id: number): Pattern => {
    const flags = columns[n + id]!;
    const exact = exacts[id]!;
    const compound = (flags & 4) !== 0;
    // compile() derives `compound` from case-insensitivity, and the case forms from the same.
    const { capital, upper } = caseForms(exact, !compound);
    const rules = serial.rules[id];
    const e = columns[id]!;
    expanded[e] ??= unpackEntity(entities[e]!);
    const p: Pattern = {
      entity: expanded[e],
      exact,
      capital,
      upper,
      genitive: (flags & 1) !== 0,
      genitiveEs: (flags & 2) !== 0,
      compound,
      endsInWord: (flags & 8) !== 0,
      lang: LANGS[serial.langs.charCodeAt(id) - 97] ?? "any",
      surname: (flags & 16) !== 0,
      acronym: (flags & 32) !== 0,
      notAfter: rules?.notAfter ?? null,
      notBefore: rules?.notBefore ?? null,
      evidence: rules?.evidence ?? null,
      exactMask: columns[2 * n + id]!,
      capitalMask: columns[3 * n + id]!,
      upperMask: columns[4 * n + id]!,
    };
    patterns[id] = p;
    return p;
  };
  return assemble({
    patterns,
    pattern: (id) => patterns[id] ?? make(id),
    keys,
    innerWords: columns.subarray(5 * n, 6 * n),
    plain,
    marksInKeys: serial.marksInKeys === true,
    canStart,
    pairs,
    triples,
    prefix: serial.prefix,
  });
}

/** A matcher from a stored one: no alias is normalised or analysed again. */
export function matcherFromSerial(serial: SerialMatcher): Matcher {
  return buildMatcherFrom(fromSerial(serial));
}
