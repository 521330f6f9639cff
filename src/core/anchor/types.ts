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
}

export type AnchorResult =
  | { state: Exclude<AnchorState, "orphan">; start: number; end: number }
  | { state: "orphan"; start: null; end: null };
