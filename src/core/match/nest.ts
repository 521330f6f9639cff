// The refinement step: everything at one start that is more than "record and skip". The scanner
// (index.ts) calls it only where an alias passed its case and boundary rules and some rule beyond them
// may apply: longer-name context (context.ts), shorter names of other entities at the same start, or
// names inside. It records every mention from that start to the end of the outermost one, so its cost
// grows with the mentions on a page, not with the page's length.
import { walk } from "./automaton";
import { caseMask, finish } from "./boundaries";
import type { Compiled } from "./compile";
import { partOfLongerName } from "./context";
import { CLS, classify, IGNORE, PLAIN, WORD } from "./normalise";
import type { Mention } from "./types";

export interface Nester {
  /**
   * The end of the longest of the `count` candidates at `start` (the scanner's walk left them in
   * compiled.nodes/ends) that passes its case and boundary rules, or -1 (no context rules yet); `hit`
   * then says which: its pattern, its place in compiled.nodes/ends.
   */
  probe(text: string, start: number, count: number): number;
  readonly hit: { id: number; at: number };
  /**
   * Records the mentions that start at `start`, where probe() just found `hit`, and those nested in
   * them. Returns the outermost end, or -1 for none. `map` maps composed offsets to the original ones
   * (null: the text is the original).
   */
  at(text: string, start: number, out: Mention[], map: Int32Array[] | null, end: number): number;
}

export function createNester(compiled: Compiled): Nester {
  const { pattern, automaton, canStart, innerWords } = compiled;
  const { firstKey, nextKey } = automaton;
  const { nodes, ends } = compiled;
  // A second pair for isAlias, which runs while the first pair is being read.
  const nodes2 = new Int32Array(automaton.maxLength + 1);
  const ends2 = new Int32Array(automaton.maxLength + 1);

  const hit = { id: -1, at: -1 };
  const first = (text: string, start: number, count: number, nodes: Int32Array, ends: Int32Array): number => {
    for (let c = count - 1; c >= 0; c--) {
      for (let id = firstKey[nodes[c]!]!; id !== -1; id = nextKey[id]!) {
        const p = pattern(id);
        const mask = caseMask(text, start, ends[c]!, p);
        if (mask === 0) continue;
        const end = finish(text, ends[c]!, p, mask);
        if (end !== -1) {
          hit.id = id;
          hit.at = c;
          return end;
        }
      }
    }
    return -1;
  };

  // Whether some alias (case and boundary rules only) starts at `at` of the text being scanned.
  let scanned = "";
  const isAlias = (at: number): boolean =>
    first(scanned, at, walk(automaton, scanned, at, nodes2, ends2), nodes2, ends2) !== -1;

  // Mentions that contain the current position, outermost first. Nesting is at most as deep as an
  // alias has words; depth counts the open ones.
  const openEnd = new Int32Array(64);
  const openEntity: string[] = new Array(64).fill("");
  let depth = 0;
  // innerWords of the outermost mention.
  let outerWords = 0;

  const isOpen = (entity: string): boolean => {
    for (let d = 0; d < depth; d++) if (openEntity[d] === entity) return true;
    return false;
  };

  // Records a mention unless it is part of a longer name.
  const accept = (
    text: string,
    start: number,
    end: number,
    id: number,
    out: Mention[],
    map: Int32Array[] | null,
  ): boolean => {
    const p = pattern(id);
    if (
      (p.lang === "en" || p.surname || p.notAfter || p.notBefore) &&
      partOfLongerName(text, start, end, p, isAlias)
    ) {
      return false;
    }
    const from = map ? map[0]![start]! : start;
    const to = map ? map[1]![end - 1]! : end;
    // Two literals rather than adding a property later: no shape transition per mention.
    out.push(
      p.evidence
        ? { entity: p.entity, start: from, end: to, evidence: p.evidence }
        : { entity: p.entity, start: from, end: to },
    );
    if (depth === 0) outerWords = innerWords[id]!;
    if (depth < openEnd.length) {
      openEnd[depth] = end;
      openEntity[depth] = p.entity;
      depth++;
    }
    return true;
  };

  // Candidates from c (starting with pattern `from` there) down to the shortest: each that passes its
  // case, boundary and context rules, is shorter than the one taken and of an entity not yet open.
  // `known` is the end of pattern `from` when the caller has checked it already, else -1.
  const candidates = (
    text: string,
    start: number,
    out: Mention[],
    map: Int32Array[] | null,
    limit: number,
    c: number,
    from: number,
    known: number,
  ): void => {
    let taken = -1;
    for (; c >= 0; c--, from = -2) {
      const stop = ends[c]!;
      // Cheap rejections first: a name that would cross its container, or not be shorter than the one taken.
      if (stop > limit || (taken !== -1 && stop >= taken)) continue;
      for (let id = from === -2 ? firstKey[nodes[c]!]! : from; id !== -1; id = nextKey[id]!) {
        const p = pattern(id);
        if (depth > 0 && isOpen(p.entity)) continue;
        let end = known;
        if (id !== from || end === -1) {
          const mask = caseMask(text, start, stop, p);
          if (mask === 0) continue;
          end = finish(text, stop, p, mask);
        }
        if (end === -1 || end > limit || (taken !== -1 && end >= taken)) continue;
        if (accept(text, start, end, id, out, map)) taken = end;
      }
    }
  };

  return {
    probe: (text, start, count) => first(text, start, count, nodes, ends),
    hit,
    // One function with the inner words' loop: too big for V8 to inline into the scanner, where it
    // would crowd out the walk and the case checks that run far more often.
    at(text, start, out, map, end) {
      const n = text.length;
      depth = 0;
      scanned = text;
      candidates(text, start, out, map, n, hit.at, hit.id, end);
      if (depth === 0) return -1;
      const words = outerWords;
      const outer = openEnd[0]!;
      if (words === 0) return outer;
      // Inner word starts, filtered like the scanner's, but only at the outer alias's marked words.
      let inWord = true;
      let word = 0;
      for (let i = start + 1; i < outer; i++) {
        const c = text.charCodeAt(i);
        let k = CLS[c]!;
        if (k === 0) k = classify(c);
        if ((k & WORD) === 0) {
          if ((k & IGNORE) === 0) inWord = false;
          continue;
        }
        if (inWord) continue;
        inWord = true;
        if ((words & (++word > 30 ? 1 << 31 : 1 << word)) === 0) continue;
        // The scanner's pair filter is left out: it only spares walks, and inner words are few.
        if (canStart[PLAIN[c]!]! === 0) continue;
        // Every mention starting here, inside the innermost open one.
        while (depth > 0 && openEnd[depth - 1]! <= i) depth--;
        const count = walk(automaton, text, i, nodes, ends);
        if (count === 0) continue;
        const limit = depth > 0 ? openEnd[depth - 1]! : n;
        candidates(text, i, out, map, limit, count - 1, firstKey[nodes[count - 1]!]!, -1);
      }
      return outer;
    },
  };
}
