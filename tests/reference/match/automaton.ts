// A trie over folded aliases, compiled to flat typed arrays.
//
// The scanner walks it from each word start (see index.ts). One walk reads at most as many units as
// the longest alias, and each step is one hash probe, so the cost per character of text does not
// depend on how many aliases there are — only on how far a word agrees with some alias.

import { CLS, classify, FOLD, IGNORE, SPACE } from "./normalise";

export interface Automaton {
  /** Children of the root, indexed by folded code unit (0 = none; the root is never a child). */
  readonly root: Int32Array;
  /** Open-addressed edge table: (node, unit) → child. */
  readonly edgeNode: Int32Array;
  readonly edgeUnit: Uint16Array;
  readonly edgeChild: Int32Array;
  readonly mask: number;
  /** First key index ending at a node (-1 = none), then a chain through nextKey in insertion order. */
  readonly firstKey: Int32Array;
  readonly nextKey: Int32Array;
  /** Longest key, in units: bounds the candidates one walk can collect. */
  readonly maxLength: number;
}

function hash(node: number, unit: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77);
  h ^= h >>> 15;
  return h;
}

/** Keys are folded aliases; a key's index is its id. Empty keys are ignored. */
export function buildAutomaton(keys: readonly string[]): Automaton {
  // The edge table is filled directly (no Map): with 20,000 aliases a Map-based build took 80–350 ms, too
  // slow for a page that rebuilds a stored matcher (serial.ts). Every unit of every key adds at most one
  // edge, so the table is sized from the total length up front.
  let units = 0;
  let maxLength = 0;
  for (const key of keys) {
    units += key.length;
    if (key.length > maxLength) maxLength = key.length;
  }
  let size = 16;
  while (size < units * 2) size *= 2;
  const mask = size - 1;
  // 0 marks an empty slot: the root's edges live in `root`, so every node stored here is at least 1, and
  // a fresh typed array needs no fill.
  const edgeNode = new Int32Array(size);
  const edgeUnit = new Uint16Array(size);
  const edgeChild = new Int32Array(size);
  const root = new Int32Array(65536);
  const firstKey = new Int32Array(units + 1).fill(-1);
  const lastKey = new Int32Array(units + 1).fill(-1);
  const nextKey = new Int32Array(keys.length).fill(-1);
  let nodeCount = 1;
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id]!;
    if (key.length === 0) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (node === 0) {
        if (root[unit] === 0) root[unit] = nodeCount++;
        node = root[unit]!;
        continue;
      }
      let slot = hash(node, unit) & mask;
      let child = 0;
      for (;;) {
        const n = edgeNode[slot]!;
        if (n === 0) {
          child = nodeCount++;
          edgeNode[slot] = node;
          edgeUnit[slot] = unit;
          edgeChild[slot] = child;
          break;
        }
        if (n === node && edgeUnit[slot] === unit) {
          child = edgeChild[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      node = child;
    }
    if (firstKey[node] === -1) firstKey[node] = id;
    else nextKey[lastKey[node]!] = id;
    lastKey[node] = id;
  }
  return {
    root,
    edgeNode,
    edgeUnit,
    edgeChild,
    mask,
    firstKey: firstKey.slice(0, nodeCount),
    nextKey,
    maxLength,
  };
}

export function step(a: Automaton, node: number, unit: number): number {
  if (node === 0) return a.root[unit]!;
  const { edgeNode, edgeUnit, mask } = a;
  let slot = hash(node, unit) & mask;
  for (;;) {
    const n = edgeNode[slot]!;
    if (n === 0) return 0;
    if (n === node && edgeUnit[slot] === unit) return a.edgeChild[slot]!;
    slot = (slot + 1) & mask;
  }
}

/**
 * Walks from `start` (a word character) and records every node that ends a key, with the text offset
 * just after its last unit. Invisible characters are skipped; a run of spaces and line breaks takes
 * a single " " edge. Returns how many candidates were written (shortest first).
 */
export function walk(a: Automaton, text: string, start: number, nodes: Int32Array, ends: Int32Array): number {
  const n = text.length;
  const classes = CLS;
  const fold = FOLD;
  // step() and hash() written out, and kept under V8's inlining limit for one function (460 bytes of
  // bytecode): over it, every probe of the scanner pays a call.
  const { edgeNode, edgeUnit, edgeChild, mask, firstKey } = a;
  let node = a.root[fold[text.charCodeAt(start)]!]!;
  let count = 0;
  let i = start + 1;
  // After a space step, the rest of the space run is skipped (no key ends in a space).
  let space = false;
  while (node !== 0) {
    if (firstKey[node] !== -1) {
      nodes[count] = node;
      ends[count] = i;
      count++;
    }
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
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77);
    h ^= h >>> 15;
    let slot = h & mask;
    let next = 0;
    for (;;) {
      const e = edgeNode[slot]!;
      if (e === 0) break;
      if (e === node && edgeUnit[slot] === unit) {
        next = edgeChild[slot]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    node = next;
  }
  return count;
}
