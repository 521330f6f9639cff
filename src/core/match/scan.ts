// The scan (docs/scanner.md). Its hot loop (advance) is one class lookup and one transition of the prefix
// automaton (prefix.ts) per character, and nothing else. It stops only where a word start has matched the
// first units of some key; there the walk goes on over that node's keys (automaton.ts walkOn), and only
// where a key ends does `startAt` run the rules: case and boundaries, and nest.ts for context, nesting
// and ambiguity. So the rules cost per key end, never per character, and the mentions are those of the
// word-by-word scan that came before (tests/reference).
import { walkOn } from "./automaton";
import { type Compiled, compile } from "./compile";
import { capitalNear } from "./context";
import { createNester } from "./nest";
import { cls, combining, composeText, IGNORE, MARK, PLAIN, SPACE, WORD } from "./normalise";
import { applyPlan, BAIL, loadPrefix, type Prefix, UNKNOWN } from "./prefix";
import type { Matcher, Mention, Term } from "./types";

function hasCombining(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (cls(c) & MARK && combining(c)) return true;
  }
  return false;
}

/**
 * The hot loop, alone in a small function so that the engine compiles it early and fast (the rules, which
 * run at candidates, stay out of it): from `i` in `state`, one transition per unit until an entry below 0.
 * Returns where it stopped (`n` at the end), with the state there in `at[0]` and the entry in `at[1]`.
 */
function advance(
  delta: Int32Array,
  classes: Uint16Array,
  text: string,
  i: number,
  n: number,
  state: number,
  at: Int32Array,
): number {
  while (i < n) {
    const next = delta[state + classes[text.charCodeAt(i)]!]!;
    if (next < 0) {
      at[1] = next;
      break;
    }
    state = next;
    i++;
  }
  at[0] = state;
  return i;
}

/** Compiles the terms once; building for a few hundred aliases takes well under a millisecond. */
export function buildMatcher(terms: readonly Term[]): Matcher {
  return buildMatcherFrom(compile(terms));
}

/** The start of the candidate whose `depth`-th visible unit is at `at`: space runs count once. */
function startOf(text: string, at: number, depth: number): number {
  let j = at;
  for (let left = depth - 1; left > 0; left--) {
    j--;
    let k = cls(text.charCodeAt(j));
    while (k & IGNORE) k = cls(text.charCodeAt(--j));
    if (k & SPACE) while (j > 0 && cls(text.charCodeAt(j - 1)) & (SPACE | IGNORE)) j--;
  }
  return j;
}

/** The scanner's automaton: laid out from the stored plan, or built from the keys when there is none or it is damaged. */
function prefixOf(compiled: Compiled): Prefix {
  const { keys, start } = compiled.automaton;
  if (compiled.prefix) {
    try {
      return applyPlan(compiled.prefix, compiled.canStart, start.length - 1);
    } catch {
      // Built below instead: a page never marks nothing because a stored table was damaged.
    }
  }
  return loadPrefix(keys, start, compiled.canStart);
}

/** A matcher over tables already compiled (or rebuilt from storage, see serial.ts). */
export function buildMatcherFrom(compiled: Compiled): Matcher {
  const { pattern, canStart, plain: whole, marksInKeys, automaton, nodes, ends } = compiled;
  const nester = createNester(compiled);
  const { probe, hit } = nester;
  const prefix = prefixOf(compiled);
  const stopped = new Int32Array(2);

  // Everything at the word start `i`, where the walk found `count` key ends (in compiled.nodes/ends): the
  // start filters, the case and boundary rules, and the mentions from there (recorded in `out`). Returns
  // the end of the outermost mention, or -1 for none.
  const startAt = (
    text: string,
    i: number,
    count: number,
    out: Mention[],
    from: number,
    map: Int32Array[] | null,
  ): number => {
    // The start filter, as before the scanner (in composed text a mark may have changed the first unit).
    if (canStart[PLAIN[text.charCodeAt(i)]!] === 0 || (map !== null && map[0]![i]! < from)) return -1;
    const end = probe(text, i, count);
    if (end === -1) return -1;
    const w = whole[hit.id]!;
    if (w === 0 || (w !== 1 && capitalNear(text, i, end, w))) return nester.at(text, i, out, map, end);
    const p = pattern(hit.id);
    const s = map ? map[0]![i]! : i;
    const e = map ? map[1]![end - 1]! : end;
    // Two literals rather than adding a property later: no shape transition per mention.
    out.push(
      p.evidence
        ? { entity: p.entity, start: s, end: e, evidence: p.evidence }
        : { entity: p.entity, start: s, end: e },
    );
    return end;
  };

  // The hot loop. Returns false, having stopped early, at a combining mark in original text (map null):
  // the caller then composes the text and scans that, with `map` from composed to original offsets.
  const scan = (text: string, out: Mention[], from: number, map: Int32Array[] | null): boolean => {
    const { delta, classes, boundary, inside, lo, hi } = prefix;
    const n = text.length;
    let state = boundary;
    let i = map === null ? from : 0;
    if (map === null && from > 0) {
      // Start at `from`, in a word if the unit before it (invisible ones skipped) is a word character.
      let j = from - 1;
      while (j >= 0 && cls(text.charCodeAt(j)) & IGNORE) j--;
      if (j >= 0 && (cls(text.charCodeAt(j)) & WORD) !== 0) state = inside;
    }
    const at = stopped;
    for (;;) {
      i = advance(delta, classes, text, i, n, state, at);
      if (i >= n) break;
      state = at[0]!;
      let next = at[1]!;
      if (next === UNKNOWN) {
        prefix.classify(text.charCodeAt(i));
        continue;
      }
      if (next === BAIL) {
        if (map === null) return false;
        // In composed text a mark that is left is just part of its word.
        next = delta[state + prefix.markClass(text.charCodeAt(i))]!;
        if (next >= 0) {
          state = next;
          i++;
          continue;
        }
      }
      // A candidate: the automaton matched the node's `depth` units from a word start. The walk goes on
      // from there over the node's keys; the rules run only where a key ends (docs/scanner.md).
      const node = -next >> 3;
      const depth = -next & 7;
      let count = 0;
      const first = lo[node]!;
      if (automaton.start[first + 1]! - automaton.start[first]! === depth) {
        nodes[0] = first;
        ends[0] = i + 1;
        count = 1;
      }
      const space = (cls(text.charCodeAt(i)) & SPACE) !== 0;
      count = walkOn(automaton, text, i + 1, first, hi[node]!, depth, space, nodes, ends, count);
      const start = startOf(text, i, depth);
      const end = count === 0 ? -1 : startAt(text, start, count, out, from, map);
      if (end === -1) {
        // Nothing starts here: go on inside this word, past its start.
        i = start + 1;
        state = inside;
        continue;
      }
      // The scan skips the mention's units: a combining mark can be among them only if a key has one.
      if (marksInKeys && map === null && hasCombining(text, start, end)) return false;
      i = end;
      state = (cls(text.charCodeAt(end - 1)) & WORD) !== 0 ? inside : boundary;
    }
    return true;
  };

  return {
    find(text: string, from = 0): Mention[] {
      const out: Mention[] = [];
      if (!hasCombining(text, 0, from) && scan(text, out, from, null)) return out;
      out.length = 0;
      const composed = composeText(text);
      if (composed) scan(composed.text, out, from, [composed.start, composed.end]);
      else scan(text, out, from, null);
      return out;
    },
  };
}
