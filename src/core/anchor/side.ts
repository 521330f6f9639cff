// How well one side of a saved context agrees with the text beside a candidate place (docs/anchoring.md,
// "The evidence"). Both strings are read outward from the quote. Units are agreeing characters: +1 per
// agreeing character (EDGE_WEIGHT for the text's edge), -2 per differing, missing or extra one, stopping
// wherever it pays most, so that agreement by chance between unrelated sentences stays at 0 to 3.

/** Marks the start or end of the whole text; agreeing on it counts like EDGE_WEIGHT characters. */
export const EDGE = "\u0000";
export const EDGE_WEIGHT = 8;
const EDGE_CODE = 0;
/** Longest side read (CONTEXT + 16 in score.ts, plus the edge mark). */
const MAX_LEN = 64;
const NEG = -1 << 20;
/**
 * A whole word replaced by another costs this much, whatever the two words' lengths: an edited word next to
 * the quote ("said" → "reportedly") then leaves the rest of the side as evidence, where per-character costs
 * would spend it all on the one word. Two errors' worth.
 */
const WORD_SUB = 4;
const SPACE = 32;
/** Alignments that drift further apart than this score below zero anyway. */
const BAND = 12;
/** A replaced word may drift by its length difference. */
const WORD_BAND = 20;
const table = new Int32Array((MAX_LEN + 1) * (MAX_LEN + 1));

export interface SideOptions {
  /** Allow whole-word replacements (WORD_SUB) and a free space where the quote meets its context. */
  words: boolean;
  /** Score only alignments that use the whole saved side, up to its last character. */
  whole?: boolean;
}

const wordEnd = (s: string, i: number, n: number) => {
  let k = i;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c === SPACE || c === EDGE_CODE) break;
    k++;
  }
  return k;
};

/** Best score of aligning `saved` against `cur` (see the file comment). */
export function sideScore(saved: string, cur: string, opts: SideOptions = { words: false }): number {
  const n = Math.min(saved.length, MAX_LEN);
  const m = Math.min(cur.length, MAX_LEN);
  const w = m + 1;
  const band = opts.words ? WORD_BAND : BAND;
  table.fill(NEG, 0, (n + 1) * w);
  table[0] = 0;
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const c = i > 0 ? saved.charCodeAt(i - 1) : -1;
    const gain = c === EDGE_CODE ? EDGE_WEIGHT : 1;
    const lo = i - band > 0 ? i - band : 0;
    const hi = i + band < m ? i + band : m;
    for (let j = lo; j <= hi; j++) {
      const at = i * w + j;
      let v = table[at] as number;
      if (i > 0 && j > 0) {
        const d = (table[at - w - 1] as number) + (c === cur.charCodeAt(j - 1) ? gain : -2);
        if (d > v) v = d;
      }
      if (i > 0) {
        // A saved character missing now; free for a space where the quote meets its context (other tools
        // save context without the joining space).
        const free = opts.words && i === 1 && j === 0 && c === SPACE;
        const up = (table[at - w] as number) - (free ? 0 : 2);
        if (up > v) v = up;
      }
      if (j > 0) {
        const free = opts.words && i === 0 && j === 1 && cur.charCodeAt(0) === SPACE;
        const left = (table[at - 1] as number) - (free ? 0 : 2);
        if (left > v) v = left;
      }
      table[at] = v;
      if (v > best && (!opts.whole || i === n)) best = v;
      if (!opts.words || v <= NEG / 2 || i >= n || j >= m) continue;
      // Whole-word replacement: from a word start on both sides to both words' ends.
      if ((i > 0 && saved.charCodeAt(i - 1) !== SPACE) || (j > 0 && cur.charCodeAt(j - 1) !== SPACE))
        continue;
      const si = saved.charCodeAt(i);
      const cj = cur.charCodeAt(j);
      if (si === SPACE || si === EDGE_CODE || cj === SPACE || cj === EDGE_CODE) continue;
      const to = wordEnd(saved, i, n) * w + wordEnd(cur, j, m);
      if (v - WORD_SUB > (table[to] as number)) table[to] = v - WORD_SUB;
    }
  }
  return best;
}
