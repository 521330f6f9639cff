// The page's text index joins inline elements without a space, so a section label and a headline arrive
// as one word: "BusinessEU Commission publishes…", "AuslandMoskau: …", "PolitikWirtschaft". Such a block
// is cut where a lowercase letter meets a capital inside a word, when the part before is a label: the
// block's first word, or a common word. Pieces stay substrings of the block, so surfaces still match.

const JOIN = /(?<=\p{Ll})(?=\p{Lu})/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * @param isCommon true for a common word of the page's language (lowercase for English, as spelled for
 *   German); without it only the block's first word is cut.
 */
export function splitJoins(block: string, isCommon?: (word: string) => boolean): string[] {
  const cuts: number[] = [];
  let first = true;
  // Inside a sentence (a word of the block starts in lower case) a word with a capital inside is a brand's
  // own spelling ("A LifeFlight helicopter", "surveyed by StreetAccount", "BlackBerry CEO"): only the
  // block's first word can be a label glued to a headline there (docs/discovery.md, "Lone names").
  const prose = /(?:^|[\s(])\p{Ll}/u.test(block);
  for (const m of block.matchAll(WORD)) {
    const word = m[0];
    const firstWord = first;
    first = false;
    if (word.length < 5 || !/\p{Ll}\p{Lu}/u.test(word) || (prose && !firstWord)) continue;
    if (isCommon?.(word) || isCommon?.(word.toLowerCase())) continue;
    let from = 0;
    for (const j of word.matchAll(JOIN)) {
      const at = j.index;
      const left = word.slice(from, at);
      // "SpaceX", "McDonald", "iPhone": a one-letter tail or a short head is a brand's own spelling.
      if (at > word.length - 2 || left.length < 3) continue;
      const label =
        (firstWord && from === 0) ||
        /^\p{Ll}/u.test(left) ||
        (left.length >= 4 && (isCommon?.(left) || isCommon?.(left.toLowerCase())) === true);
      if (!label) continue;
      cuts.push(m.index + at);
      from = at;
    }
  }
  if (cuts.length === 0) return [block];
  const out: string[] = [];
  let at = 0;
  for (const c of cuts) {
    out.push(block.slice(at, c));
    at = c;
  }
  out.push(block.slice(at));
  return out;
}
