// The scanner's automaton (docs/scanner.md): an Aho–Corasick DFA over the first PREFIX units of every
// key, anchored at word starts, with its failure links folded into one dense Int32Array. The scan reads
// every character with one class lookup and one transition; it stops only where a word start has
// matched a key's first PREFIX units (or a whole shorter key). Everything else (the full key, case,
// boundaries, genitive, compounds, longer names, nesting) runs there, in nest.ts and boundaries.ts.
//
// Why a prefix and not the whole trie: a dense row per trie node costs K entries (K ≈ 100 classes), so the
// whole trie of the world pack or of 20,000 own aliases would take megabytes and a long build. Rows are
// needed only for the nodes above depth PREFIX, and there are few of those whatever the number of aliases
// (at most every two-letter start). The build-time form (PrefixForm) is that small trie, as bytes.

import { cls, combining, FOLD, IGNORE, MARK, PLAIN, SPACE, WORD } from "./normalise";
import { fromBase64, pushVarint, Reader, toBase64 } from "./pack";

/** Depth (in folded units after a word start) at which the scan hands over to the full rules. */
export const PREFIX = 3;

/** The prefix trie as stored: its alphabet and its nodes in breadth-first order. */
export interface PrefixForm {
  /** The folded units that occur in the keys' first PREFIX units, except the space. */
  alpha: string;
  /** Base64 of varints: node count, then per node its parent's index (0 = the word start) and unit. */
  nodes: string;
}

// Entries of the transition table below 0 stop the scan: a candidate of depth -entry, or one of these.
/** The character's class is not known yet: classify it and read the entry again. */
export const UNKNOWN = -1_000_000;
/** A combining mark: the text needs composing first (index.ts). */
export const BAIL = -1_000_001;

// Fixed classes; the alphabet's follow.
const C_UNKNOWN = 0;
const C_IGNORE = 1;
const C_COMBINING = 2;
const C_SPACE = 3;
const C_OTHER_SEP = 4;
const C_OTHER_WORD = 5;
const FIXED = 6;

/** The small trie of key prefixes, built at compile time (keys are folded, see foldKey). */
export function prefixForm(keys: readonly string[]): PrefixForm {
  const units = new Set<number>();
  const whole = new Set<string>();
  for (const key of keys) {
    if (key.length < PREFIX) whole.add(key);
    for (let i = 0; i < Math.min(PREFIX, key.length); i++) {
      if (key.charCodeAt(i) !== 0x20) units.add(key.charCodeAt(i));
    }
  }
  const alpha = String.fromCharCode(...[...units].sort((x, y) => x - y));
  // Breadth-first, and within a level by parent: a node's parent and failure target come before it, and a
  // parent's children come together.
  const index = new Map<string, number>([["", 0]]);
  const bytes: number[] = [];
  const all: string[] = [];
  for (let depth = 1; depth <= PREFIX; depth++) {
    const level = new Set<string>();
    for (const key of keys) if (key.length >= depth) level.add(key.slice(0, depth));
    const sorted = [...level].sort(
      (x, y) => index.get(x.slice(0, -1))! - index.get(y.slice(0, -1))! || (x < y ? -1 : 1),
    );
    for (const path of sorted) index.set(path, index.size);
    all.push(...sorted);
  }
  pushVarint(bytes, all.length);
  for (const path of all) {
    const u = path.charCodeAt(path.length - 1);
    pushVarint(bytes, index.get(path.slice(0, -1))!);
    pushVarint(
      bytes,
      (u === 0x20 ? 0 : alpha.indexOf(String.fromCharCode(u)) + 1) * 2 + (whole.has(path) ? 1 : 0),
    );
  }
  return { alpha, nodes: toBase64(Uint8Array.from(bytes)) };
}

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
  /** Classifies a code unit into `classes` (lazily: the Unicode tests are slow and most units never occur). */
  classify(c: number): void;
}

const inconsistent = (): never => {
  throw new Error("Stored matcher is inconsistent.");
};

/**
 * Builds the dense table from the stored trie: per node one native row copy (its failure target's row)
 * plus its own edges. Nothing here is per alias.
 */
export function loadPrefix(form: PrefixForm, canStart: Uint8Array): Prefix {
  const { alpha } = form;
  const a = alpha.length;
  const reader = new Reader(fromBase64(form.nodes));
  const count = reader.varint();
  if (count > 1 << 22) inconsistent();
  // Node 0 is the word start; nodes 1..count as stored.
  const parent = new Int32Array(count + 1);
  const unit = new Int32Array(count + 1);
  const depth = new Int32Array(count + 1);
  const stops = new Uint8Array(count + 1);
  for (let n = 1; n <= count; n++) {
    parent[n] = reader.varint();
    const v = reader.varint();
    unit[n] = v >> 1;
    if (parent[n]! >= n || unit[n]! > a || (n > 1 && parent[n]! < parent[n - 1]!)) inconsistent();
    depth[n] = depth[parent[n]!]! + 1;
    if (depth[n]! > PREFIX) inconsistent();
    if (v & 1 || depth[n] === PREFIX) stops[n] = 1;
  }
  if (!reader.done) inconsistent();
  // Units that start a key get a second class: the scan tells "can start here" (canStart of the unit as
  // written, so "und" never starts a walk for "UN") from "continues a key" (case-folded) by the class alone.
  const firstOf = new Int32Array(a + 1).fill(-1);
  let f = 0;
  for (let n = 1; n <= count && parent[n] === 0; n++)
    if (unit[n]! > 0 && firstOf[unit[n]!]! < 0) firstOf[unit[n]!] = f++;
  const k = FIXED + a + f;
  const startClass = (u: number): number =>
    u === 0 ? C_SPACE : firstOf[u]! >= 0 ? FIXED + a + firstOf[u]! : FIXED + u - 1;
  const plainClass = (u: number): number => (u === 0 ? C_SPACE : FIXED + u - 1);

  // Rows: 0 inside a word, 1 at a word start, then each node that does not stop, when it is reached.
  const rowNode: number[] = [-1, 0];
  const rowOf = new Int32Array(count + 1).fill(-1);
  rowOf[0] = 1;
  const fail = new Int32Array(count + 1).fill(-1);
  let delta = new Int32Array(Math.max(4, Math.min(count + 2, 64)) * k);
  const inside = 0;
  const boundary = k;
  for (let c = 0; c < k; c++) {
    const sep =
      c === C_SPACE ||
      c === C_OTHER_SEP ||
      (c >= FIXED && c < FIXED + a && (cls(alpha.charCodeAt(c - FIXED)) & WORD) === 0);
    delta[c] = sep ? boundary : inside;
  }
  delta[C_UNKNOWN] = UNKNOWN;
  delta[C_COMBINING] = BAIL;
  delta.copyWithin(boundary, 0, k);
  delta[boundary + C_IGNORE] = boundary;
  const nodeAt = (offset: number): number => rowNode[offset / k]!;
  const entry = (n: number): number => (stops[n] ? -depth[n]! : rowOf[n]! * k);

  const addRow = (n: number): void => {
    rowOf[n] = rowNode.length;
    rowNode.push(n);
    if (rowNode.length * k > delta.length) {
      const grown = new Int32Array(Math.min((count + 2) * k, delta.length * 2));
      grown.set(delta);
      delta = grown;
    }
  };

  // Standard breadth-first construction: when a node is reached, its failure target's row is complete.
  // A node gets its row number when its parent is reached (so the parent can point at it), its contents
  // when it is reached itself.
  let child = 1;
  for (let x = 0; x <= count; x++) {
    if (x > 0 && stops[x]) {
      // A stop has no row and its children are never reached by the scan.
      while (child <= count && parent[child] === x) child++;
      continue;
    }
    const own = rowOf[x]! * k;
    const failRow = fail[x] === -1 ? inside : rowOf[fail[x]!]! * k;
    if (x > 0) {
      delta.copyWithin(own, failRow, failRow + k);
      delta[own + C_IGNORE] = own;
      // A run of spaces is one space: after a space edge, more spaces stay.
      if (unit[x] === 0) delta[own + C_SPACE] = own;
    }
    for (; child <= count && parent[child] === x; child++) {
      const n = child;
      const u = unit[n]!;
      // Where the failure target goes on this unit. It can depend on the unit's class (a capital may start
      // a key where a lower-case letter may not): then the node stops, which is always safe.
      const viaStart = delta[failRow + startClass(u)]!;
      const viaPlain = delta[failRow + plainClass(u)]!;
      if (x === 0) fail[n] = -1;
      else if (viaStart !== viaPlain || viaStart < 0) stops[n] = 1;
      else fail[n] = viaStart === inside ? -1 : nodeAt(viaStart);
      if (!stops[n]) addRow(n);
      if (x === 0) delta[own + startClass(u)] = entry(n);
      else {
        delta[own + plainClass(u)] = entry(n);
        delta[own + startClass(u)] = entry(n);
      }
    }
  }
  delta = delta.slice(0, rowNode.length * k);

  const classes = new Uint16Array(65536);
  const index = new Map<number, number>();
  for (let u = 0; u < a; u++) index.set(alpha.charCodeAt(u), u + 1);
  return {
    delta,
    classes,
    boundary,
    inside,
    classify(c: number): void {
      const kind = cls(c);
      let id: number;
      if (kind & IGNORE) id = C_IGNORE;
      else if (kind & MARK && combining(c)) id = C_COMBINING;
      else if (kind & SPACE) id = C_SPACE;
      else {
        const u = index.get(FOLD[c]!);
        if (u === undefined) id = kind & WORD ? C_OTHER_WORD : C_OTHER_SEP;
        else id = (kind & WORD) !== 0 && canStart[PLAIN[c]!] !== 0 ? startClass(u) : plainClass(u);
      }
      classes[c] = id;
    },
  };
}
