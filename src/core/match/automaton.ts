// The full keys, for the walk that runs at each candidate (docs/scanner.md): every folded key, sorted, in
// one string with offsets. A walk narrows the range of keys that agree with the text so far by binary
// search, one unit at a time. There is no trie to build: a page loads these arrays as they are stored
// (serial.ts), whatever the number of aliases, and the scan (prefix.ts) calls a walk only at candidates.

import { CLS, classify, FOLD, IGNORE, SPACE } from "./normalise";

export interface Automaton {
  /** The keys in sorted order (by UTF-16 unit, then by id), concatenated. */
  readonly keys: string;
  /** keys[start[j] .. start[j + 1]) is the j-th key in sorted order. */
  readonly start: Int32Array;
  /**
   * By sorted index: the key's id. A walk reports a node as the sorted index of the first of the keys that
   * end there, so this is also "the first key id ending at a node", as a trie's node would list it.
   */
  readonly firstKey: Int32Array;
  /** By key id: the next id with the same key (insertion order), -1 at the last. */
  readonly nextKey: Int32Array;
  /** Longest key, in units: bounds the candidates one walk can collect. */
  readonly maxLength: number;
}

/** Keys are folded aliases; a key's index is its id. Empty keys are left out (no walk reaches them). */
export function buildAutomaton(keys: readonly string[]): Automaton {
  const ids: number[] = [];
  for (let id = 0; id < keys.length; id++) if (keys[id]!.length > 0) ids.push(id);
  ids.sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : x - y));
  const start = new Int32Array(ids.length + 1);
  const nextKey = new Int32Array(keys.length).fill(-1);
  let maxLength = 0;
  let offset = 0;
  ids.forEach((id, j) => {
    start[j] = offset;
    offset += keys[id]!.length;
    maxLength = Math.max(maxLength, keys[id]!.length);
    if (j > 0 && keys[ids[j - 1]!] === keys[id]) nextKey[ids[j - 1]!] = id;
  });
  start[ids.length] = offset;
  return {
    keys: ids.map((id) => keys[id]).join(""),
    start,
    firstKey: Int32Array.from(ids),
    nextKey,
    maxLength,
  };
}

/**
 * Walks from `start` (a word character) and records every node that ends a key, with the text offset
 * just after its last unit. Invisible characters are skipped; a run of spaces and line breaks takes
 * a single " " edge. Returns how many candidates were written (shortest first).
 */
export function walk(a: Automaton, text: string, start: number, nodes: Int32Array, ends: Int32Array): number {
  return walkOn(a, text, start, 0, a.start.length - 1, 0, false, nodes, ends, 0);
}

/**
 * Goes on with a walk that has matched `depth` units, the keys [lo, hi) sharing them (the scanner's
 * automaton hands over so, prefix.ts): reads from `i` (`space`: the last unit read was a space run) and
 * records key ends after the `count` already in `nodes`/`ends`. Returns the new count.
 */
export function walkOn(
  a: Automaton,
  text: string,
  i: number,
  lo: number,
  hi: number,
  depth: number,
  space: boolean,
  nodes: Int32Array,
  ends: Int32Array,
  count: number,
): number {
  const n = text.length;
  const classes = CLS;
  const fold = FOLD;
  const { keys, start: at } = a;
  for (;;) {
    // The next unit: invisible characters skipped, and after a space step the rest of its run (no key
    // ends in a space).
    let c = 0;
    let k = IGNORE;
    while (k & IGNORE || (space && k & SPACE)) {
      if (i >= n) return count;
      c = text.charCodeAt(i++);
      k = classes[c]!;
      if (k === 0) k = classify(c);
    }
    space = (k & SPACE) !== 0;
    const unit = space ? 0x20 : fold[c]!;
    // Keys in [lo, hi) share `depth` units; those no longer than that come first. Narrow to the ones whose
    // next unit is `unit`: the first at or above it, then the first above it.
    let a1 = lo;
    let b1 = hi;
    while (a1 < b1) {
      const m = (a1 + b1) >> 1;
      const p = at[m]! + depth;
      if (p >= at[m + 1]! || keys.charCodeAt(p) < unit) a1 = m + 1;
      else b1 = m;
    }
    let b2 = hi;
    let a2 = a1;
    while (a2 < b2) {
      const m = (a2 + b2) >> 1;
      if (keys.charCodeAt(at[m]! + depth) <= unit) a2 = m + 1;
      else b2 = m;
    }
    if (a1 === a2) return count;
    lo = a1;
    hi = a2;
    depth++;
    if (at[lo + 1]! - at[lo]! === depth) {
      nodes[count] = lo;
      ends[count] = i;
      count++;
    }
  }
}
