// What the page sends to discovery: the text around the screen first, within a cap, and its language.

/** The page's language: its lang attribute, else a guess from the commonest function words. */
export function pageLanguage(declared: string, sample: string): string {
  if (declared.trim()) return declared.trim().toLowerCase();
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const de = count(/\b(?:der|die|und|das|nicht|mit|ist)\b/g);
  const en = count(/\b(?:the|and|of|is|with|that|was)\b/g);
  return de > en ? "de" : en > de ? "en" : "";
}

/** Blocks from the first one on screen onwards, then the ones above, until `max` characters. */
export function aroundScreen(
  blocks: readonly string[],
  first: number,
  max: number,
): { picked: number[]; partial: boolean } {
  const picked: number[] = [];
  let used = 0;
  const order = [...blocks.keys()].slice(first).concat([...blocks.keys()].slice(0, first).reverse());
  for (const i of order) {
    const size = blocks[i]!.length;
    if (used + size > max && used > 0) continue;
    picked.push(i);
    used += size;
  }
  return { picked: picked.sort((a, b) => a - b), partial: picked.length < blocks.length };
}
