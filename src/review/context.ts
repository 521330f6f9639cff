// The context the review page shows around a saved passage: only the passage's own sentence and block,
// on whole words, with "…" where that sentence goes on (docs/review-page.md). It works from the saved
// prefix and suffix alone, so stored and imported highlights show it too. Those are raw windows of the
// page's text space (docs/interfaces.md): every text node concatenated, nothing inserted. Two blocks are
// therefore apart only by the whitespace of the page's source, which is almost always a line break, or
// glued together ("…auf Pixabay.Moskau") where the source has none.
import { CONTEXT } from "../core/anchor/score";
import type { HighlightRecord } from "../core/highlights/types";

/** At most this many characters each side, for imported highlights whose context is longer than ours. */
const CONTEXT_CHARS = 80;

/**
 * A line break (between two blocks), or a sentence end: end punctuation with its closing quotes and
 * brackets, then whitespace or, where two blocks are glued, a capital letter right after it.
 */
const BOUNDARY = /[\n\r\u2028\u2029]\s*|([.!?…]["'”“»«’‘)\]]*)(\s+|(?=\p{Lu}))/gu;

/** Words whose full stop ends no sentence (besides numbers, "am 27. November", and single letters). */
const ABBREVIATIONS = new Set(
  "ca dr jan feb mar apr jun jul aug sep sept okt oct nov dez dec mr mrs ms st nr no prof bzw vgl usw etc inc jr sr gen col lt vs abs bd hrsg jh mio mrd tel str".split(
    " ",
  ),
);

/** Dashes standing alone next to the "…" ("…– Unser", "hat –…"): they join nothing the reader sees. */
const LONE_DASHES_START = /^(?:[-–—|·•]\s+)+/;
const LONE_DASHES_END = /(?:\s+[-–—|·•])+$/;

interface Boundary {
  /** Where the sentence or block ends (after its punctuation). */
  end: number;
  /** Where the next one starts (after the whitespace). */
  next: number;
  /** Where the match begins. */
  at: number;
}

function boundaries(s: string): Boundary[] {
  const found: Boundary[] = [];
  for (const m of s.matchAll(BOUNDARY)) {
    const punctuation = m[1];
    if (punctuation !== undefined) {
      const word = /[\p{L}\p{N}]+$/u.exec(s.slice(0, m.index))?.[0] ?? "";
      const glued = m[2] === "";
      if (punctuation.startsWith(".") && isAbbreviation(word)) continue;
      // Glued only after a lowercase letter or a digit: "U.S.Army" is no block edge.
      if (glued && !/[\p{Ll}\p{N}]$/u.test(word)) continue;
    }
    const end = m.index + (punctuation?.length ?? 0);
    found.push({ at: m.index, end, next: m.index + m[0].length });
  }
  return found;
}

function isAbbreviation(word: string): boolean {
  return /^\p{N}+$/u.test(word) || Array.from(word).length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The end of the saved prefix and the start of the suffix that belong to the passage's sentence and block,
 * on whole words, with "…" where that sentence goes on beyond the saved window. A saved prefix or suffix is
 * a window of CONTEXT characters that may begin or end inside a word; one shorter than that reached the
 * start or the end of the text (a surrogate pair may take one off).
 */
export function context(record: Pick<HighlightRecord, "exact" | "prefix" | "suffix">): {
  before: string;
  after: string;
} {
  const { exact, prefix, suffix } = record;
  // Read as one text: the passage's own characters tell "Jahresbeginn." (a sentence end) from "W." (an
  // initial), and "Pixabay.|Moskau" (glued blocks) from "Pixabay.|moskau".
  const all = boundaries(prefix + exact + suffix);
  const quoteEnd = prefix.length + exact.length;
  const start = all.filter((b) => b.at < prefix.length).at(-1);
  const stop = all.find((b) => b.next >= quoteEnd);
  return {
    // A side that reaches its sentence's or block's edge goes on no further there: no "…".
    before: start ? clipStart(prefix.slice(Math.min(start.next, prefix.length)), false) : clipStart(prefix),
    after: stop
      ? clipEnd(suffix.slice(0, Math.max(0, stop.end - quoteEnd)).trimEnd(), false)
      : clipEnd(suffix),
  };
}

function clipStart(raw: string, goesOn = raw.length >= CONTEXT - 1): string {
  let text = raw.replace(/\s+/g, " ");
  if (text.length > CONTEXT_CHARS) {
    text = text.slice(-CONTEXT_CHARS);
    goesOn = true;
  }
  if (!goesOn) return text;
  // The first word may be cut in half: start after it, and after a dash that would follow the "…".
  const space = text.indexOf(" ");
  return `…${space >= 0 ? text.slice(space + 1).replace(LONE_DASHES_START, "") : ""}`;
}

function clipEnd(raw: string, goesOn = raw.length >= CONTEXT - 1): string {
  let text = raw.replace(/\s+/g, " ");
  if (text.length > CONTEXT_CHARS) {
    text = text.slice(0, CONTEXT_CHARS);
    goesOn = true;
  }
  if (!goesOn) return text;
  const space = text.lastIndexOf(" ");
  return `${space >= 0 ? text.slice(0, space).replace(LONE_DASHES_END, "") : ""}…`;
}
