// Anchoring types: a saved highlight's selectors in, current offsets in the page text out.
import type { AnchorState } from "../highlights/types";

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
  | { state: "exact" | "fuzzy"; start: number; end: number }
  | { state: "orphan"; start: null; end: null };

export type { AnchorState };
