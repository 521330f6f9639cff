// Term and Mention, apart from index.ts so that compile.ts and nest.ts import them without a cycle (the
// only change to the frozen copy: where these two types live).
import type { Evidence } from "./boundaries";

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
