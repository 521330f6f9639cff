// Anchoring types: a saved highlight's selectors in, current offsets in the page text out.

/**
 * How a saved highlight anchored (docs/interfaces.md, highlights message): found verbatim, found after
 * the text changed, or not found.
 */
export const ANCHOR_STATES = ["exact", "fuzzy", "orphan"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** What a highlight remembers of its text (W3C TextQuoteSelector + TextPositionSelector, flattened). */
export interface SavedQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where it was when saved, if known. */
  start: number | null;
  end: number | null;
  /**
   * How often the quote occurred on the page when saved, and which of those it was (occurrence.ts). Absent
   * for highlights saved by other tools or before it was recorded: those anchor exactly as without it.
   */
  occurrence?: Occurrence | null;
}

/**
 * The `target.occurrence` extension field (docs/interfaces.md): count >= 1, 0 <= index < count; where another
 * copy had the same context when saved, the wider context that told them apart (twins.ts).
 */
export interface Occurrence {
  count: number;
  index: number;
  prefix?: string;
  suffix?: string;
  /** prefix/suffix tell the quote from copies whose saved context differed anyway (twins.ts, rule 9b). */
  unlike?: boolean;
}

export type AnchorResult =
  | { state: Exclude<AnchorState, "orphan">; start: number; end: number }
  | { state: "orphan"; start: null; end: null };

/** A saved quote prepared for comparison (score.ts prepare): normalised, context read outward. */
export interface Saved {
  exact: string;
  /** The normalised quote without surrounding whitespace: what the fuzzy search looks for. */
  core: string;
  /** Normalised prefix, reversed (read outward from the quote), EDGE last if the quote began the text. */
  before: string;
  /** Normalised suffix, EDGE last if the suffix reached the end of the text. */
  after: string;
  maxBefore: number;
  maxAfter: number;
  /** The parts of before/after in the quote's own sentence (clause.ts); empty when too short to count. */
  ownBefore: string;
  ownAfter: string;
  /** The quote began / ended its sentence or block when saved (clause.ts). */
  edge: { before: boolean; after: boolean };
  /** The parts of before/after beyond the quote's own sentence (partial.ts), read outward. */
  outer: { before: string; after: string };
  hint: number | null;
  /** The page repeated the quote when it was saved: one place left now does not make it unique. */
  repeated: boolean;
  /** Fewer verbatim copies now than the page had when saved: the one left may not be the one marked. */
  lost: boolean;
  /** The saved occurrence, whose prefix/suffix told the quote from its twins when saved (twins.ts). */
  wide: Occurrence | null;
}
