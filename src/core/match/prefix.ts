// The scanner's automaton (docs/scanner.md): an Aho–Corasick DFA over the first PREFIX units of every
// key, anchored at word starts, with its failure links folded into one dense Int32Array. The scan reads
// every character with one class lookup and one transition; it stops only where a word start has
// matched a key's first PREFIX units (or a whole shorter key). Everything else (the full key, case,
// boundaries, genitive, compounds, longer names, nesting) runs there, in nest.ts and boundaries.ts.
//
// Why a prefix and not the whole trie: a dense row per trie node costs K entries (K ≈ 100 classes), so the
// whole trie of the world pack or of 20,000 own aliases would take megabytes and a long build. Rows are
// needed only for the nodes above depth PREFIX, and there are few of those whatever the number of aliases
// (at most every two-letter start). They come straight from the sorted keys of the stored form.

import { cls, combining, FOLD, IGNORE, MARK, PLAIN, SPACE, WORD } from "./normalise";
import { inconsistent } from "./pack";

/** Depth (in folded units after a word start) at which the scan hands over to the full rules. */
export const PREFIX = 3;

// Entries of the transition table below 0 stop the scan: a candidate, -(node << 3 | depth) for the node
// reached (see Prefix.lo), or one of these.
/** The character's class is not known yet: classify it and read the entry again. */
export const UNKNOWN = -0x40000000;
/** A combining mark: the text needs composing first (index.ts). */
export const BAIL = -0x40000001;

// Fixed classes; the alphabet's follow.
const C_UNKNOWN = 0;
const C_IGNORE = 1;
const C_COMBINING = 2;
const C_SPACE = 3;
const C_OTHER_SEP = 4;
const C_OTHER_WORD = 5;
const FIXED = 6;

/** The loaded automaton: what the scan loop reads. */
export interface Prefix {
  /** Row offsets (state × k): entries ≥ 0 are the next state's row offset, < 0 stop (see UNKNOWN). */
  readonly delta: Int32Array;
  /** Each code unit's class (0: not classified yet, see classify). */
  readonly classes: Uint16Array;
  /** The row offset of the state "at a word start" (after a separator). */
  readonly boundary: number;
  /** The row offset of the state "inside a word, no key prefix alive" (0). */
  readonly inside: number;
  /**
   * By node (a candidate entry's `-entry >> 3`): the sorted keys [lo, hi) that start with the node's units,
   * so that a walk goes on from there (automaton.ts walkOn) instead of from the word start.
   */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Classifies a code unit into `classes` (lazily: the Unicode tests are slow and most units never occur). */
  classify(c: number): void;
  /** The class of a combining mark in composed text, where it is just a word character. */
  markClass(c: number): number;
}

/**
 * What a page needs to lay out the automaton without reading the keys (docs/scanner.md, "The stored
 * automaton"): the class alphabet, the two fixed rows, each node's range of keys, and the row writes in
 * the order the builder made them. The background stores it beside the keys (serial.ts), so a page replays
 * a few hundred row copies instead of one pass per depth over every key.
 */
export interface PrefixPlan {
  /** Classes per row. */
  readonly k: number;
  /** Rows in the table (its length is rows × k). */
  readonly rows: number;
  /** The alphabet: each unit of the keys' starts except the space, sorted (class FIXED + index). */
  readonly alpha: Int32Array;
  /** Units that start a key, in the order of their start classes (FIXED + alpha.length + index). */
  readonly firsts: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /**
   * Per node with a row, in breadth-first order: its row offset, the row it copies (-1: none, the word
   * start), 1 if its unit is the space, the number of writes m, then m pairs (class, entry).
   */
  readonly ops: Int32Array;
}

/**
 * Builds the dense table from the sorted keys (automaton.ts): their distinct first units, two-unit and
 * three-unit starts are the nodes, breadth-first (sorted keys list each depth's starts in order, grouped by
 * parent). One pass over the key offsets per depth, then one native row copy per node plus its edges:
 * nothing per alias is parsed, and the trie of the full keys is never built. Returns the plan that lays
 * the same table out again (applyPlan).
 */
export function planPrefix(keys: string, keyStart: Int32Array): PrefixPlan {
  const keyCount = keyStart.length - 1;
  // The nodes (1, 2, …; 0 is the word start): per depth, each key's start unless the key before has the
  // same one. Keys with the same start are neighbours in sorted order (shorter keys between them cannot be).
  const parent = [0];
  const unit = [0];
  const depth = [0];
  const stops = [0];
  const lo = [0];
  const hi = [keyCount];
  const units = new Map<number, number>();
  // The node of each key at the previous depth, and at this one.
  let before = new Int32Array(keyCount);
  let now = new Int32Array(keyCount);
  for (let d = 1; d <= PREFIX; d++) {
    let last = -1;
    for (let j = 0; j < keyCount; j++) {
      const length = keyStart[j + 1]! - keyStart[j]!;
      if (length < d) continue;
      const u = keys.charCodeAt(keyStart[j]! + d - 1);
      if (last === -1 || before[last] !== before[j] || keys.charCodeAt(keyStart[last]! + d - 1) !== u) {
        if (u !== 0x20) units.set(u, 0);
        parent.push(before[j]!);
        unit.push(u);
        depth.push(d);
        stops.push(d === PREFIX ? 1 : 0);
        lo.push(j);
        hi.push(j);
      }
      if (length === d) stops[stops.length - 1] = 1;
      hi[hi.length - 1] = j + 1;
      now[j] = parent.length - 1;
      last = j;
    }
    [before, now] = [now, before];
  }
  const count = parent.length - 1;
  // The alphabet: each unit of the keys' starts (the space has its class of its own). Units that start a key
  // get a second class: the scan tells "can start here" (canStart of the unit as written, so "und" never
  // starts a walk for "UN") from "continues a key" (case-folded) by the class alone.
  const alpha = [...units.keys()].sort((x, y) => x - y);
  const firsts = unit.filter((_, n) => depth[n] === 1);
  const k = FIXED + alpha.length + firsts.length;
  const [plainOf, startOf] = classesOf(alpha, firsts);
  const plainClass = (u: number): number => plainOf.get(u)!;
  const startClass = (u: number): number => startOf.get(u)!;

  // Row offsets: 0 inside a word, k at a word start, then each node that does not stop. A node gets its row
  // when its parent is reached (so the parent can point at it), its contents when it is reached itself.
  let rows = 2;
  for (let n = 1; n <= count; n++) if (!stops[n]) rows++;
  const delta = new Int32Array(rows * k);
  const boundary = k;
  firstRows(delta, k, alpha);
  const ops: number[] = [];
  let own = 0;
  const put = (c: number, entry: number): void => {
    delta[own + c] = entry;
    ops.push(c, entry);
  };
  const row = new Int32Array(count + 1);
  const fail = new Int32Array(count + 1);
  row[0] = boundary;
  let used = 2 * k;
  // Breadth-first: when a node is reached, its failure target's row is complete.
  let child = 1;
  for (let x = 0; x <= count; x++) {
    // A stop has no row, and its children are never reached by the scan: they stop too (they have no row
    // either; processing one would write over the row at offset 0).
    if (x > 0 && stops[parent[x]!]) stops[x] = 1;
    if (x > 0 && stops[x]) {
      while (child <= count && parent[child] === x) child++;
      continue;
    }
    own = row[x]!;
    const failRow = fail[x]!;
    const space = x > 0 && unit[x] === 0x20 ? 1 : 0;
    if (x > 0) copyRow(delta, own, failRow, k, space);
    const head = ops.length;
    ops.push(own, x > 0 ? failRow : -1, space, 0);
    for (; child <= count && parent[child] === x; child++) {
      const n = child;
      const u = unit[n]!;
      // Where the failure target goes on this unit. It can depend on the unit's class (a capital may start
      // a key where a lower-case letter may not): then the node stops, which is always safe.
      const viaStart = delta[failRow + startClass(u)]!;
      if (x > 0 && (viaStart !== delta[failRow + plainClass(u)] || viaStart < 0)) stops[n] = 1;
      else fail[n] = x > 0 ? viaStart : 0;
      if (!stops[n]) {
        row[n] = used;
        used += k;
      }
      const entry = stops[n] ? -((n << 3) | depth[n]!) : row[n]!;
      put(startClass(u), entry);
      if (x > 0) put(plainClass(u), entry);
    }
    ops[head + 3] = (ops.length - head - 4) / 2;
  }
  return {
    k,
    rows: used / k,
    alpha: Int32Array.from(alpha),
    firsts: Int32Array.from(firsts),
    lo: Int32Array.from(lo),
    hi: Int32Array.from(hi),
    ops: Int32Array.from(ops),
  };
}

/** A node's row: its failure target's, staying put on invisible units (and on spaces after a space edge). */
function copyRow(delta: Int32Array, own: number, failRow: number, k: number, space: number): void {
  delta.copyWithin(own, failRow, failRow + k);
  delta[own + C_IGNORE] = own;
  // A run of spaces is one space: after a space edge, more spaces stay.
  if (space) delta[own + C_SPACE] = own;
}

/**
 * Each unit's class where it continues a key (the space's is C_SPACE) and where it may start one (its
 * second class if it starts a key, else the same).
 */
function classesOf(
  alpha: ArrayLike<number>,
  firsts: ArrayLike<number>,
): [Map<number, number>, Map<number, number>] {
  const plain = new Map([[0x20, C_SPACE]]);
  for (let i = 0; i < alpha.length; i++) plain.set(alpha[i]!, FIXED + i);
  const start = new Map(plain);
  for (let i = 0; i < firsts.length; i++) start.set(firsts[i]!, FIXED + alpha.length + i);
  return [plain, start];
}

/** The rows "inside a word" (0) and "at a word start" (k) before any node's edges. */
function firstRows(delta: Int32Array, k: number, alpha: ArrayLike<number>): void {
  const a = alpha.length;
  for (let c = 0; c < k; c++) {
    const sep =
      c === C_SPACE || c === C_OTHER_SEP || (c >= FIXED && c < FIXED + a && !(cls(alpha[c - FIXED]!) & WORD));
    delta[c] = delta[k + c] = sep ? k : 0;
  }
  delta[C_UNKNOWN] = delta[k + C_UNKNOWN] = UNKNOWN;
  delta[C_COMBINING] = delta[k + C_COMBINING] = BAIL;
  delta[k + C_IGNORE] = k;
}

/**
 * Lays the table out from its plan: a native row copy and a few writes per node, nothing per key. A typed
 * array ignores writes out of range, so the finished table is checked once, whole: a damaged plan throws
 * (the caller then builds from the keys) rather than leading the scan outside the table.
 */
export function applyPlan(plan: PrefixPlan, canStart: Uint8Array, keyCount: number): Prefix {
  const { k, ops, lo, hi, alpha, firsts } = plan;
  const a = alpha.length;
  const nodes = lo.length;
  const size = plan.rows * k;
  if (!(k === FIXED + a + firsts.length && size >= 2 * k && size < 1 << 28 && hi.length === nodes))
    inconsistent();
  const delta = new Int32Array(size);
  firstRows(delta, k, alpha);
  for (let i = 0; i < ops.length; ) {
    const own = ops[i]!;
    let m = ops[i + 3]!;
    if (!(m >= 0 && i + 4 + 2 * m <= ops.length)) inconsistent();
    if (ops[i + 1]! >= 0) copyRow(delta, own, ops[i + 1]!, k, ops[i + 2]!);
    for (i += 4; m-- > 0; i += 2) {
      if (ops[i]! >>> 0 >= k) inconsistent();
      delta[own + ops[i]!] = ops[i + 1]!;
    }
  }
  for (let j = 0; j < size; j++) {
    const e = delta[j]!;
    if (e >= 0 ? e % k !== 0 || e >= size : e !== UNKNOWN && e !== BAIL && -e >> 3 >= nodes) inconsistent();
  }
  for (let n = 0; n < nodes; n++)
    if (!(lo[n]! >= 0 && lo[n]! <= hi[n]! && hi[n]! <= keyCount)) inconsistent();

  const [plainOf, startOf] = classesOf(alpha, firsts);
  const classes = new Uint16Array(65536);
  const wordClass = (c: number, kind: number): number => {
    const u = FOLD[c]!;
    const plain = plainOf.get(u);
    if (plain === undefined) return kind & WORD ? C_OTHER_WORD : C_OTHER_SEP;
    return (kind & WORD) !== 0 && canStart[PLAIN[c]!] !== 0 ? startOf.get(u)! : plain;
  };
  return {
    delta,
    classes,
    boundary: k,
    inside: 0,
    lo,
    hi,
    classify(c: number): void {
      const kind = cls(c);
      classes[c] =
        kind & IGNORE
          ? C_IGNORE
          : kind & MARK && combining(c)
            ? C_COMBINING
            : kind & SPACE
              ? C_SPACE
              : wordClass(c, kind);
    },
    markClass: (c) => wordClass(c, cls(c)),
  };
}

/** The automaton of the sorted keys, built here (a page does this only when no plan was stored). */
export function loadPrefix(keys: string, keyStart: Int32Array, canStart: Uint8Array): Prefix {
  return applyPlan(planPrefix(keys, keyStart), canStart, keyStart.length - 1);
}

/** The plan as one array of 32-bit values: k, rows, the five parts' lengths, the parts (serial.ts). */
export function packPlan(plan: PrefixPlan): Int32Array {
  const parts = [plan.alpha, plan.firsts, plan.lo, plan.hi, plan.ops];
  const out = Int32Array.from([
    plan.k,
    plan.rows,
    ...parts.map((p) => p.length),
    ...parts.flatMap((p) => [...p]),
  ]);
  return out;
}

/** The plan viewed in place in a packed array (no copy); throws when its lengths do not add up. */
export function unpackPlan(packed: Int32Array): PrefixPlan {
  let at = 7;
  const [alpha, firsts, lo, hi, ops] = Array.from(packed.subarray(2, 7), (length) => {
    at += length;
    return packed.subarray(at - length, at);
  }) as Int32Array[];
  if (at !== packed.length) inconsistent();
  return { k: packed[0]!, rows: packed[1]!, alpha: alpha!, firsts: firsts!, lo: lo!, hi: hi!, ops: ops! };
}
