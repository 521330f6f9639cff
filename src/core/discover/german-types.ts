// The shared shapes of the German rules (german.ts and its rule families): the words of a text, the state
// a scan writes to, and the signature of one rule. A leaf: it imports only types.
import type { IsCommon } from "./german-words";
import type { IsNoun } from "./nouns";
import type { Candidate, Gazetteer, NameKind } from "./types";

export interface Word {
  text: string;
  start: number;
  /** First word of a sentence (or of a headline). */
  initial: boolean;
  /** Only spaces between this word and the one before it. */
  joined: boolean;
}

/** One German text being scanned: its words, the candidates found so far, and the word tests. */
export interface GermanScan {
  text: string;
  ws: Word[];
  out: Candidate[];
  /** Where each candidate starts in `text`. */
  starts: Map<Candidate, number>;
  isCommon: IsCommon;
  /** The dictionary's nouns: a noun before a name is an apposition, after it the end of the name. */
  isNoun?: IsNoun;
  gaz?: Gazetteer;
  /** The English common-word list: a run of English words only is a title in German text. */
  isEnglish?: (lowercase: string) => boolean;
  /** Adds the words [from, to) as a candidate of `kind`. */
  emit(from: number, to: number, kind: NameKind, weak?: boolean, twice?: boolean): void;
}

/** The word at `k` of a run of capitalised words [from, to), with its neighbours inside the run. */
export interface Here {
  k: number;
  from: number;
  to: number;
  t: string;
  /** The word before (inside the run, or the lower-case word joined to its start). */
  prev: string;
  /** The next word inside the run, or "". */
  next: string;
}

/** One rule at one word: the index to go on from when it decided the word, else undefined. */
export type RunRule = (g: GermanScan, h: Here) => number | undefined;
