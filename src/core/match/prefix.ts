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
 * Builds the dense table from the sorted keys (automaton.ts): their distinct first units, two-unit and
 * three-unit starts are the nodes, breadth-first (sorted keys list each depth's starts in order, grouped by
 * parent). One pass over the key offsets per depth, then one native row copy per node plus its edges:
 * nothing per alias is parsed, and the trie of the full keys is never built.
 */
export function loadPrefix(keys: string, keyStart: Int32Array, canStart: Uint8Array): Prefix {
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
  // The alphabet: each unit of the keys' starts (the space has its class of its own).
  const alpha = [...units.keys()].sort((x, y) => x - y);
  const a = alpha.length;
  for (const [i, u] of alpha.entries()) units.set(u, i);
  // Units that start a key get a second class: the scan tells "can start here" (canStart of the unit as
  // written, so "und" never starts a walk for "UN") from "continues a key" (case-folded) by the class alone.
  const first = new Map<number, number>();
  for (let n = 1; n <= count && parent[n] === 0; n++) first.set(unit[n]!, FIXED + a + first.size);
  const k = FIXED + a + first.size;
  const plainClass = (u: number): number => (u === 0x20 ? C_SPACE : FIXED + units.get(u)!);
  const startClass = (u: number): number => first.get(u) ?? plainClass(u);

  // Row offsets: 0 inside a word, k at a word start, then each node that does not stop. A node gets its row
  // when its parent is reached (so the parent can point at it), its contents when it is reached itself.
  let rows = 2;
  for (let n = 1; n <= count; n++) if (!stops[n]) rows++;
  let delta = new Int32Array(rows * k);
  const inside = 0;
  const boundary = k;
  for (let c = 0; c < k; c++) {
    const sep =
      c === C_SPACE || c === C_OTHER_SEP || (c >= FIXED && c < FIXED + a && !(cls(alpha[c - FIXED]!) & WORD));
    delta[c] = delta[k + c] = sep ? boundary : inside;
  }
  delta[C_UNKNOWN] = delta[k + C_UNKNOWN] = UNKNOWN;
  delta[C_COMBINING] = delta[k + C_COMBINING] = BAIL;
  delta[k + C_IGNORE] = boundary;
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
    const own = row[x]!;
    const failRow = fail[x]!;
    if (x > 0) {
      delta.copyWithin(own, failRow, failRow + k);
      delta[own + C_IGNORE] = own;
      // A run of spaces is one space: after a space edge, more spaces stay.
      if (unit[x] === 0x20) delta[own + C_SPACE] = own;
    }
    for (; child <= count && parent[child] === x; child++) {
      const n = child;
      const u = unit[n]!;
      // Where the failure target goes on this unit. It can depend on the unit's class (a capital may start
      // a key where a lower-case letter may not): then the node stops, which is always safe.
      const viaStart = delta[failRow + startClass(u)]!;
      if (x > 0 && (viaStart !== delta[failRow + plainClass(u)] || viaStart < 0)) stops[n] = 1;
      else fail[n] = x > 0 ? viaStart : inside;
      if (!stops[n]) {
        row[n] = used;
        used += k;
      }
      const entry = stops[n] ? -((n << 3) | depth[n]!) : row[n]!;
      delta[own + startClass(u)] = entry;
      if (x > 0) delta[own + plainClass(u)] = entry;
    }
  }
  delta = delta.slice(0, used);

  const classes = new Uint16Array(65536);
  const wordClass = (c: number, kind: number): number => {
    const u = FOLD[c]!;
    if (!units.has(u)) return kind & WORD ? C_OTHER_WORD : C_OTHER_SEP;
    return (kind & WORD) !== 0 && canStart[PLAIN[c]!] !== 0 ? startClass(u) : plainClass(u);
  };
  return {
    delta,
    classes,
    boundary,
    inside,
    lo: Int32Array.from(lo),
    hi: Int32Array.from(hi),
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
