// A compiled matcher as a few strings (docs/scanner.md), so that a big one (the reader's 10,000 entries) is
// compiled once, in the background, and the bundled one at build time. A page loads it without per-alias
// work: the sorted keys and the alias texts stay one string each, every per-alias column is a slice of one
// base64 block viewed as typed arrays, and the scanner's automaton is its small prefix trie (prefix.ts).
// Strings because a browser hands a few long strings from storage to a page far faster than thousands of
// small arrays. A pattern object is made only when the page meets its key.
import type { Automaton } from "./automaton";
import type { Pattern } from "./boundaries";
import { assemble, type Compiled, caseForms } from "./compile";
import { fromBase64, packEntity, toBase64, unpackEntity } from "./pack";
import type { PrefixForm } from "./prefix";
import { buildMatcherFrom } from "./scan";
import type { Matcher } from "./types";

export { packEntity, unpackEntity } from "./pack";

export const SERIAL_VERSION = 5;
/** Joins entity ids: a line break, because JSON spells U+0000 in six bytes and "\n" in two. */
export const SEP = "\n";

export interface SerialMatcher {
  v: typeof SERIAL_VERSION;
  /** The folded keys in sorted order, concatenated (automaton.ts). */
  keys: string;
  /** Each pattern's alias as written, in id order, concatenated. */
  exacts: string;
  /** The distinct entity ids, joined by SEP; the reader's own ("my-<uuid>") packed by packEntity. */
  entities: string;
  /** One character per pattern: its language (see LANGS). */
  langs: string;
  /** Base64 of the columns, little-endian, in the order of COLUMNS. */
  tables: string;
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

/**
 * The columns, with their length given n patterns, k sorted keys and s start units. Int32 first, so that
 * every one of them lies at a multiple of 4 and is viewed in place.
 */
const INT_COLUMNS = ["keyStart", "order", "nextKey", "exactStart", "entity", "innerWords", "starts"] as const;
const BYTE_COLUMNS = ["flags", "exactMask", "capitalMask", "upperMask", "plain"] as const;
type Lengths = { n: number; k: number; s: number };
const lengthOf = (column: string, { n, k, s }: Lengths): number =>
  column === "keyStart"
    ? k + 1
    : column === "order"
      ? k
      : column === "exactStart"
        ? n + 1
        : column === "starts"
          ? s
          : n;

export function toSerial(compiled: Compiled): SerialMatcher {
  const { patterns, automaton } = compiled;
  const n = patterns.length;
  const entities: string[] = [];
  const index = new Map<string, number>();
  const rules: Record<number, Rules> = {};
  const ints: Record<(typeof INT_COLUMNS)[number], ArrayLike<number>> = {
    keyStart: automaton.start,
    order: automaton.firstKey,
    nextKey: automaton.nextKey,
    exactStart: new Int32Array(n + 1),
    entity: new Int32Array(n),
    innerWords: compiled.innerWords,
    starts: [],
  };
  const bytes: Record<(typeof BYTE_COLUMNS)[number], Uint8Array> = {
    flags: new Uint8Array(n),
    exactMask: new Uint8Array(n),
    capitalMask: new Uint8Array(n),
    upperMask: new Uint8Array(n),
    plain: compiled.plain,
  };
  let langs = "";
  let exacts = "";
  patterns.forEach((p, id) => {
    let e = index.get(p.entity);
    if (e === undefined) {
      e = entities.push(p.entity) - 1;
      index.set(p.entity, e);
    }
    (ints.exactStart as Int32Array)[id] = exacts.length;
    exacts += p.exact;
    (ints.entity as Int32Array)[id] = e;
    bytes.flags[id] = FLAGS.reduce((bits, flag, bit) => (p[flag] ? bits | (1 << bit) : bits), 0);
    bytes.exactMask[id] = p.exactMask;
    bytes.capitalMask[id] = p.capitalMask;
    bytes.upperMask[id] = p.upperMask;
    langs += String.fromCharCode(97 + Math.max(0, LANGS.indexOf(p.lang)));
    if (p.notAfter || p.notBefore || p.evidence)
      rules[id] = { notAfter: p.notAfter, notBefore: p.notBefore, evidence: p.evidence };
  });
  (ints.exactStart as Int32Array)[n] = exacts.length;
  // canStart: its few non-zero units, each with its value in the high half.
  const starts: number[] = [];
  compiled.canStart.forEach((value, unit) => {
    if (value !== 0) starts.push(unit | (value << 16));
  });
  ints.starts = starts;
  const lengths = { n, k: automaton.firstKey.length, s: starts.length };
  const size = (columns: readonly string[], width: number) =>
    columns.reduce((sum, c) => sum + lengthOf(c, lengths) * width, 0);
  const out = new Uint8Array(size(INT_COLUMNS, 4) + size(BYTE_COLUMNS, 1));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const column of INT_COLUMNS) {
    const values = ints[column];
    for (let i = 0; i < values.length; i++, at += 4) view.setInt32(at, values[i]!, true);
  }
  for (const column of BYTE_COLUMNS) {
    out.set(bytes[column], at);
    at += bytes[column].length;
  }
  return {
    v: SERIAL_VERSION,
    keys: automaton.keys,
    exacts,
    entities: entities.map(packEntity).join(SEP),
    langs,
    tables: `${n},${lengths.k},${lengths.s},${toBase64(out)}`,
    rules,
    marksInKeys: compiled.marksInKeys,
    prefix: compiled.prefix,
  };
}

const inconsistent = (): never => {
  throw new Error("Stored matcher is inconsistent.");
};

/** Int32 columns are read in place: the stored bytes are little-endian, as every browser's platform is. */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function fromSerial(serial: SerialMatcher): Compiled {
  if (serial.v !== SERIAL_VERSION)
    throw new Error(`Stored matcher version ${serial.v} is not ${SERIAL_VERSION}.`);
  const [ns, ks, ss, data] = String(serial.tables).split(",");
  const lengths = { n: Number(ns), k: Number(ks), s: Number(ss) };
  const { n, k } = lengths;
  if (![n, k, lengths.s].every((x) => Number.isInteger(x) && x >= 0) || data === undefined) inconsistent();
  const raw = fromBase64(data!);
  const view = new DataView(raw.buffer);
  const ints: Partial<Record<(typeof INT_COLUMNS)[number], Int32Array>> = {};
  let at = 0;
  for (const column of INT_COLUMNS) {
    const length = lengthOf(column, lengths);
    if (at + length * 4 > raw.length) inconsistent();
    let values: Int32Array;
    if (littleEndian) values = new Int32Array(raw.buffer, at, length);
    else {
      values = new Int32Array(length);
      for (let i = 0; i < length; i++) values[i] = view.getInt32(at + i * 4, true);
    }
    ints[column] = values;
    at += length * 4;
  }
  const bytes: Partial<Record<(typeof BYTE_COLUMNS)[number], Uint8Array>> = {};
  for (const column of BYTE_COLUMNS) {
    bytes[column] = raw.subarray(at, at + n);
    at += n;
  }
  if (at !== raw.length || serial.langs.length !== n) inconsistent();
  const { keyStart, order, nextKey, exactStart, entity, innerWords, starts } = ints as Required<typeof ints>;
  const { flags, exactMask, capitalMask, upperMask, plain } = bytes as Required<typeof bytes>;
  // The checks that keep every later read inside its string or array (a damaged value must not hang a walk).
  if (keyStart[0] !== 0 || keyStart[k] !== serial.keys.length || exactStart[0] !== 0) inconsistent();
  if (exactStart[n] !== serial.exacts.length) inconsistent();
  let maxLength = 0;
  for (let j = 0; j < k; j++) {
    const length = keyStart[j + 1]! - keyStart[j]!;
    if (length <= 0 || order[j]! < 0 || order[j]! >= n) inconsistent();
    if (length > maxLength) maxLength = length;
  }
  const entities = serial.entities.split(SEP);
  for (let id = 0; id < n; id++) {
    if (nextKey[id]! >= n || entity[id]! < 0 || entity[id]! >= entities.length) inconsistent();
    if (exactStart[id + 1]! <= exactStart[id]!) inconsistent();
  }
  const canStart = new Uint8Array(65536);
  for (const s of starts) canStart[s & 0xffff] = s >>> 16;
  const automaton: Automaton = { keys: serial.keys, start: keyStart, firstKey: order, nextKey, maxLength };

  const patterns: Pattern[] = new Array(n);
  const expanded: string[] = new Array(entities.length);
  const make = (id: number): Pattern => {
    const bits = flags[id]!;
    const exact = serial.exacts.slice(exactStart[id], exactStart[id + 1]);
    const compound = (bits & 4) !== 0;
    // compile() derives `compound` from case-insensitivity, and the case forms from the same.
    const { capital, upper } = caseForms(exact, !compound);
    const rules = serial.rules[id];
    const e = entity[id]!;
    expanded[e] ??= unpackEntity(entities[e]!);
    const p: Pattern = {
      entity: expanded[e],
      exact,
      capital,
      upper,
      genitive: (bits & 1) !== 0,
      genitiveEs: (bits & 2) !== 0,
      compound,
      endsInWord: (bits & 8) !== 0,
      lang: LANGS[serial.langs.charCodeAt(id) - 97] ?? "any",
      surname: (bits & 16) !== 0,
      acronym: (bits & 32) !== 0,
      notAfter: rules?.notAfter ?? null,
      notBefore: rules?.notBefore ?? null,
      evidence: rules?.evidence ?? null,
      exactMask: exactMask[id]!,
      capitalMask: capitalMask[id]!,
      upperMask: upperMask[id]!,
    };
    patterns[id] = p;
    return p;
  };
  return assemble({
    patterns,
    pattern: (id) => patterns[id] ?? make(id),
    automaton,
    innerWords,
    plain,
    marksInKeys: serial.marksInKeys === true,
    canStart,
    prefix: serial.prefix,
  });
}

/** A matcher from a stored one: no alias is normalised or analysed again, and no trie is built. */
export function matcherFromSerial(serial: SerialMatcher): Matcher {
  return buildMatcherFrom(fromSerial(serial));
}
