// The matcher's shared vocabulary: what callers hand in (Term) and get back (Mention, Matcher). A leaf
// module, so that every other file of core/match can import it without a cycle.

/** What an alias needs elsewhere on the page to count (see resolveEvidence). */
export interface Evidence {
  /** Mentions of any of these entities (or of the alias's own entity by an alias that needs nothing). */
  readonly entities: readonly string[];
  /** Or any of these words, matched like aliases (as written, capitalised or ALL CAPS). */
  readonly words: readonly string[];
}

export interface Term {
  text: string;
  entity: string;
  caseSensitive: boolean;
  genitive: boolean;
  /** The alias's language; the open-ended longer-name rules apply to "en" only. Default "any". */
  lang?: "de" | "en" | "ru" | "any";
  /** A person's surname on its own ("Peskov"): a given name in front makes it someone else. */
  surname?: boolean;
  /** Words that, right before the alias, make it part of another name ("South" Georgia). */
  notAfter?: readonly string[];
  /** Words that, right after the alias, make it part of another name (Minsk "Group"). */
  notBefore?: readonly string[];
  /** The alias counts only with support elsewhere on the page (resolveEvidence). */
  evidence?: Evidence;
}

/** UTF-16 offsets into the original string; end exclusive. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Present when the alias needs support on the page: pass the page's mentions to resolveEvidence. */
  evidence?: Evidence;
}

/**
 * Mentions come sorted by start, the longer first at equal start. Two mentions either do not overlap
 * or one lies inside the other (a nested name of a different entity, see the rules in index.ts).
 */
export interface Matcher {
  /**
   * @param from word starts before this offset begin no mention; the text before it is only context
   *   (windows.ts reads a little of it so that a window sees what precedes its first word).
   */
  find(text: string, from?: number): Mention[];
}
