// A compiled matcher as a few strings (docs/scanner.md), so that a big one (the reader's 10,000 entries) is
// compiled once, in the background, and the bundled one at build time. A page loads it without per-alias
// work: the sorted keys and the alias texts stay one string each, every per-alias column is a slice of one
// base64 block viewed as typed arrays, and the scanner's automaton comes from the sorted keys (prefix.ts).
// Strings because a browser hands a few long strings from storage to a page far faster than thousands of
// small arrays. A pattern object is made only when the page meets its key.
import type { Automaton } from "./automaton";
import type { Pattern } from "./boundaries";
import { assemble, type Compiled, caseForms } from "./compile";
import { fromBase64, inconsistent, packEntity, toBase64, unpackEntity } from "./pack";
import { type PrefixPlan, packPlan, planPrefix, unpackPlan } from "./prefix";
import { buildMatcherFrom } from "./scan";
import type { Matcher } from "./types";

export { packEntity, unpackEntity } from "./pack";

export const SERIAL_VERSION = 6;
/** Joins entity ids: a line break, because JSON spells U+0000 in six bytes and "\n" in two. */
export const SEP = "\n";

export interface SerialMatcher {
  v: typeof SERIAL_VERSION;
  /** The folded keys in sorted order, concatenated (automaton.ts). */
  keys: string;
  /**
   * Each alias as written, aligned with `keys` (the same length: normalising and folding keep it): per unit
   * "." where it is the key's unit, "^" where it is that unit upper-cased, else the unit itself. Mostly
   * dots, so it costs little in the bundle; a pattern's text is spelled out when the page meets its key.
   */
  spelling: string;
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
  /**
   * The scanner's automaton as a plan (prefix.ts packPlan), base64 of little-endian 32-bit values: a page
   * lays its table out from this instead of from the keys. Optional: the background stores it, the build
   * leaves it out of the content script (size), and a page builds from the keys when it is missing or
   * damaged (docs/scanner.md, "The stored automaton").
   */
  prefix?: string;
}

type Rules = Pick<Pattern, "notAfter" | "notBefore" | "evidence">;
const LANGS = ["any", "de", "en", "ru"];
/** Bit k of the flag column is FLAGS[k]. */
const FLAGS = ["genitive", "genitiveEs", "compound", "endsInWord", "surname", "acronym"] as const;

/**
 * The columns, little-endian in one block: 4-byte ones first, then 2-byte, then bytes, so that each is
 * viewed in place. n patterns, k sorted keys (k ≤ n), i patterns with names inside, s start units. Ids and
 * entity indexes take 2 bytes unless there are more than 65,535.
 */
interface Columns {
  /** By id: the words where names of other entities may start inside (compile.ts innerWords). */
  inner: Int32Array | Uint16Array | Uint8Array;
  /** canStart's non-zero units, each with its value in the high half. */
  starts: Int32Array;
  /** By sorted index: the key's id. */
  order: Int32Array | Uint16Array | Uint8Array;
  /** By id: the entity index. */
  entity: Int32Array | Uint16Array | Uint8Array;
  /** By sorted index: the key's length (the alias as written has the same). */
  keyLength: Int32Array | Uint16Array | Uint8Array;
  /** By sorted index: 1 if the key equals the one before (another pattern with the same key). */
  same: Uint8Array;
  flags: Uint8Array;
  plain: Uint8Array;
  /**
   * By id: caseMask of the alias as written, capitalised and in capitals (3 bits each, boundaries.ts).
   * Stored because working them out on the page was a third of a cold pattern's cost (docs/scanner.md).
   */
  masks: Uint16Array;
}

/** Widths of order, entity and keyLength: 1, 2 or 4 bytes, the least that holds their largest value. */
type Shape = { n: number; k: number; i: number; s: number; w: number[] };
const LAYOUT: ReadonlyArray<[keyof Columns, (x: Shape) => number, (x: Shape) => number]> = [
  ["inner", (x) => x.w[3]!, (x) => x.n],
  ["starts", () => 4, (x) => x.s],
  ["order", (x) => x.w[0]!, (x) => x.k],
  ["entity", (x) => x.w[1]!, (x) => x.n],
  ["keyLength", (x) => x.w[2]!, (x) => x.k],
  ["same", () => 1, (x) => x.k],
  ["masks", () => 2, (x) => x.n],
  ["flags", () => 1, (x) => x.n],
  ["plain", () => 1, (x) => x.n],
];
/** The columns in storage order: 4-byte ones, 2-byte ones, bytes. */
function placed(shape: Shape): Array<[keyof Columns, number, number]> {
  return [4, 2, 1].flatMap((w) =>
    LAYOUT.filter(([, width]) => width(shape) === w).map(
      ([name, , length]) => [name, w, length(shape)] as [keyof Columns, number, number],
    ),
  );
}

const widthOf = (max: number): number => (max < 0x100 ? 1 : max < 0x10000 ? 2 : 4);

/** `prefix`: also store the scanner's automaton (for a matcher that pages read from storage). */
export function toSerial(compiled: Compiled, options: { prefix?: boolean } = {}): SerialMatcher {
  const { patterns, automaton } = compiled;
  const n = patterns.length;
  const k = automaton.firstKey.length;
  const entities: string[] = [];
  const index = new Map<string, number>();
  const rules: Record<number, Rules> = {};
  const entity = new Int32Array(n);
  const flags = new Uint8Array(n);
  const masks = new Uint16Array(n);
  let langs = "";
  patterns.forEach((p, id) => {
    let e = index.get(p.entity);
    if (e === undefined) {
      e = entities.push(p.entity) - 1;
      index.set(p.entity, e);
    }
    entity[id] = e;
    masks[id] = p.exactMask | (p.capitalMask << 3) | (p.upperMask << 6);
    flags[id] = FLAGS.reduce((bits, flag, bit) => (p[flag] ? bits | (1 << bit) : bits), 0);
    langs += String.fromCharCode(97 + Math.max(0, LANGS.indexOf(p.lang)));
    if (p.notAfter || p.notBefore || p.evidence)
      rules[id] = { notAfter: p.notAfter, notBefore: p.notBefore, evidence: p.evidence };
  });
  const starts: number[] = [];
  compiled.canStart.forEach((value, unit) => {
    if (value !== 0) starts.push(unit | (value << 16));
  });
  const keyLength = new Uint16Array(k);
  const same = new Uint8Array(k);
  for (let j = 0; j < k; j++) {
    keyLength[j] = automaton.start[j + 1]! - automaton.start[j]!;
    const id = automaton.firstKey[j]!;
    if (j > 0 && automaton.nextKey[automaton.firstKey[j - 1]!] === id) same[j] = 1;
  }
  const columns: Columns = {
    inner: compiled.innerWords,
    starts: Int32Array.from(starts),
    order: automaton.firstKey,
    entity,
    keyLength,
    same,
    flags,
    plain: compiled.plain,
    masks,
  };
  const shape: Shape = {
    n,
    k,
    i: 0,
    s: starts.length,
    w: [
      widthOf(n),
      widthOf(entities.length),
      widthOf(automaton.maxLength),
      compiled.innerWords.some((m) => m < 0) ? 4 : widthOf(Math.max(0, ...compiled.innerWords)),
    ],
  };
  const layout = placed(shape);
  const out = new Uint8Array(layout.reduce((sum, [, w, length]) => sum + w * length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [name, w, length] of layout) {
    const values = columns[name];
    for (let j = 0; j < length; j++, at += w) {
      if (w === 4) view.setInt32(at, values[j]!, true);
      else if (w === 2) view.setUint16(at, values[j]!, true);
      else view.setUint8(at, values[j]!);
    }
  }
  let spelling = "";
  for (let j = 0; j < k; j++) {
    const exact = patterns[automaton.firstKey[j]!]!.exact;
    const from = automaton.start[j]!;
    for (let u = 0; u < exact.length; u++) {
      const key = automaton.keys.charAt(from + u);
      const unit = exact.charAt(u);
      spelling += unit === key ? "." : unit === key.toUpperCase() ? "^" : unit;
    }
  }
  const plan = options.prefix ? packPlan(planPrefix(automaton.keys, automaton.start)) : null;
  return {
    ...(plan ? { prefix: toBase64(new Uint8Array(plan.buffer, plan.byteOffset, plan.byteLength)) } : {}),
    v: SERIAL_VERSION,
    keys: automaton.keys,
    spelling,
    entities: entities.map(packEntity).join(SEP),
    langs,
    tables: `${[n, k, shape.i, shape.s, ...shape.w].join(",")},${toBase64(out)}`,
    rules,
    marksInKeys: compiled.marksInKeys,
  };
}

function readColumns(tables: string): { shape: Shape; columns: Columns } {
  const parts = String(tables).split(",");
  const [n, k, i, s, ...w] = parts.slice(0, 8).map(Number) as [number, number, number, number, ...number[]];
  if (parts.length !== 9 || ![n, k, i, s].every((x) => x >= 0)) inconsistent();
  const shape: Shape = { n, k, i, s, w };
  // Read in place: the stored bytes are little-endian, as on every platform a browser runs on.
  const raw = fromBase64(parts[8]!);
  const columns: Partial<Record<keyof Columns, Int32Array | Uint16Array | Uint8Array>> = {};
  let at = 0;
  for (const [name, w, length] of placed(shape)) {
    if (at + w * length > raw.length) inconsistent();
    columns[name] =
      w === 1
        ? raw.subarray(at, at + length)
        : w === 4
          ? new Int32Array(raw.buffer, at, length)
          : new Uint16Array(raw.buffer, at, length);
    at += w * length;
  }
  if (at !== raw.length) inconsistent();
  return { shape, columns: columns as Columns };
}

export function fromSerial(serial: SerialMatcher): Compiled {
  // Another version (another build's) is inconsistent too: the page then reads the build's own matcher.
  if (serial.v !== SERIAL_VERSION) inconsistent();
  const { shape, columns } = readColumns(serial.tables);
  const { n, k } = shape;
  const { order, entity, keyLength, same, flags, plain, masks } = columns;
  if (serial.langs.length !== n || serial.spelling.length !== serial.keys.length) inconsistent();
  const entities = serial.entities.split(SEP);
  // One pass over the keys: their offsets, the same-key chains, and where each alias's text starts. These
  // checks keep every later read inside its string or array.
  const keyStart = new Int32Array(k + 1);
  const nextKey = new Int32Array(n).fill(-1);
  const rank = new Int32Array(n).fill(-1);
  let maxLength = 0;
  for (let j = 0; j < k; j++) {
    const length = keyLength[j]!;
    const id = order[j]!;
    if (length === 0 || id >= n || rank[id] !== -1 || (same[j] && j === 0)) inconsistent();
    keyStart[j + 1] = keyStart[j]! + length;
    rank[id] = j;
    if (same[j]) nextKey[order[j - 1]!] = id;
    if (length > maxLength) maxLength = length;
  }
  if (keyStart[k] !== serial.keys.length) inconsistent();
  for (let id = 0; id < n; id++) if (rank[id] === -1 || entity[id]! >= entities.length) inconsistent();
  const innerWords = columns.inner instanceof Int32Array ? columns.inner : Int32Array.from(columns.inner);
  const canStart = new Uint8Array(65536);
  for (const s of columns.starts) canStart[s & 0xffff] = s >>> 16;
  const automaton: Automaton = {
    keys: serial.keys,
    start: keyStart,
    firstKey: order instanceof Int32Array ? order : Int32Array.from(order),
    nextKey,
    maxLength,
  };

  const patterns: Pattern[] = new Array(n);
  const expanded: string[] = new Array(entities.length);
  const make = (id: number): Pattern => {
    const bits = flags[id]!;
    const mask = masks[id]!;
    const exact = spell(serial.keys, serial.spelling, keyStart[rank[id]!]!, keyStart[rank[id]! + 1]!);
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
      exactMask: mask & 7,
      capitalMask: (mask >> 3) & 7,
      upperMask: mask >> 6,
    };
    patterns[id] = p;
    return p;
  };
  return assemble({
    prefix: storedPlan(serial.prefix),
    patterns,
    pattern: (id) => patterns[id] ?? make(id),
    automaton,
    innerWords,
    plain,
    marksInKeys: serial.marksInKeys === true,
    canStart,
  });
}

/** The stored automaton's plan, or null when there is none or it cannot be read (the page then builds it). */
function storedPlan(prefix: string | undefined): PrefixPlan | null {
  if (typeof prefix !== "string") return null;
  try {
    // A fresh array of its own; a length that is not a multiple of 4 throws (RangeError), caught below.
    return unpackPlan(new Int32Array(fromBase64(prefix).buffer));
  } catch {
    return null;
  }
}

/** The alias as written at [from, to) of the keys (see SerialMatcher.spelling). */
function spell(keys: string, spelling: string, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const s = spelling.charAt(i);
    out += s === "." ? keys.charAt(i) : s === "^" ? keys.charAt(i).toUpperCase() : s;
  }
  return out;
}

/** A matcher from a stored one: no alias is normalised or analysed again, and no trie is built. */
export function matcherFromSerial(serial: SerialMatcher): Matcher {
  return buildMatcherFrom(fromSerial(serial));
}
