// The part of each saved context side that belongs to the quote's own sentence (docs/anchoring.md, rule 3):
// read outward from the quote up to the first sentence end or block break. Agreement there cannot come from
// a neighbouring sentence that moved up when the quote's sentence was deleted, which is what makes one
// agreeing side alone untrustworthy elsewhere.
import { normalise, reverse } from "./normalise";

/** A sentence end (with closing quotes or brackets) followed by whitespace, or any line break. */
const BOUNDARY = /[.!?…]["'”“»«’‘)\]]*\s|\n/;
const BOUNDARIES = new RegExp(BOUNDARY.source, "g");
const ENDS_SENTENCE = /[.!?…]["'”“»«’‘)\]]*\s*$/;

/**
 * The quote's own-sentence context on each side, normalised and read outward (before reversed), with the
 * joining space if the quote has one. Empty where the quote starts or ends its sentence.
 */
export function ownSentence(
  prefix: string,
  exact: string,
  suffix: string,
): { before: string; after: string } {
  const lead = /^\s/.test(exact) ? " " : "";
  const trail = /\s$/.test(exact) ? " " : "";
  let from = 0;
  for (const m of prefix.matchAll(BOUNDARIES)) from = m.index + m[0].length;
  const beforeRaw = prefix.slice(from);
  const m = ENDS_SENTENCE.test(exact) ? null : suffix.match(BOUNDARY);
  // The sentence's own closing punctuation stays, the whitespace after it does not.
  const cut = m ? m.index! + (m[0] === "\n" ? 0 : m[0].length - 1) : suffix.length;
  const afterRaw = ENDS_SENTENCE.test(exact) ? "" : suffix.slice(0, cut);
  return {
    before: reverse(normalise(`${beforeRaw}${lead}`)),
    after: normalise(`${trail}${afterRaw}`),
  };
}

const CLOSE = `["'”“»«’‘)\\]]*`;
const BEFORE_EDGE = new RegExp(`(^|\\n\\s*|[.!?…]${CLOSE}\\s+)$`);
const AFTER_EDGE = new RegExp(`^(\\s*\\n|$|[.!?…]${CLOSE}(\\s|$))`);

/** Whether the quote begins and ends its sentence (or block): its neighbours on that side are another one. */
export function sentenceEdges(
  prefix: string,
  exact: string,
  suffix: string,
): { before: boolean; after: boolean } {
  return {
    before: BEFORE_EDGE.test(prefix),
    after: ENDS_SENTENCE.test(exact) || AFTER_EDGE.test(suffix),
  };
}

/** sentenceEdges for the place text[start, end) now. */
export function edgesAt(text: string, start: number, end: number) {
  return sentenceEdges(
    text.slice(Math.max(0, start - 16), start),
    text.slice(start, end),
    text.slice(end, end + 16),
  );
}
