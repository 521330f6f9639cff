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

const LETTER = /[\p{L}\p{M}\p{N}]/u;
// A capitalised word (or an "&" between two) right next to the form makes it part of a longer name.
const NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*|&)[ \u00a0]+$/u;
const NAME_AFTER = /^[ \u00a0]+(?:\p{Lu}|&)/u;

/**
 * Where "jump to" should land for `form` in `text`: the first occurrence that stands as a word of its own
 * and is not part of a longer name ("Asia" in "Eastern Europe & Central Asia"), else the first whole-word
 * occurrence, else -1 (docs/discovery.md, "Jump to").
 */
export function findName(text: string, form: string): number {
  let whole = -1;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(at + form.length))) continue;
    if (whole < 0) whole = at;
    if (isStandalone(text, form, at)) return at;
  }
  return whole;
}

/** Whether `form` at `at` in `text` is not part of a longer capitalised name. */
export function isStandalone(text: string, form: string, at: number): boolean {
  const end = at + form.length;
  return (
    !NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && !NAME_AFTER.test(text.slice(end, end + 3))
  );
}

// "Region served: Eurasia", "Title: Secretary General": a label of one to three words before a colon.
const LABEL = /^\s*\p{L}[\p{L}\p{M}'’.-]*(?:[ \u00a0][\p{L}\p{M}'’.&-]+){0,2}[ \u00a0]*:[ \u00a0]+(?=\S)/u;

/**
 * The text of a block that discovery should read: an infobox or fact-box line "Label: value" loses its label,
 * which is a field name, never a name of its own (docs/discovery.md, "Structure"). A sentence that merely
 * contains a colon later on keeps everything.
 */
export function withoutLabel(text: string): string {
  const m = LABEL.exec(text);
  return m ? text.slice(m[0].length) : text;
}
