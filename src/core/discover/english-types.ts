// The shared shapes of the English rules (english.ts and its rule families): one block's tokens, the
// candidates found so far, and the signature of one rule. A leaf: it imports only types.
import type { Token } from "./tokens";
import type { Candidate, Gazetteer, NameKind } from "./types";

export interface Extra {
  /** None: the tokens are claimed and nothing is listed (an event's name, docs/discovery.md "Events"). */
  candidate?: Candidate;
  /** Token range [from, to) this candidate claims: compromise's matches there are dropped. */
  from: number;
  to: number;
}

/** One block of English text being scanned over compromise's tokens (in order, with tags). */
export interface EnglishScan {
  block: string;
  tokens: readonly Token[];
  isCommon?: (w: string) => boolean;
  gaz?: Gazetteer;
  out: Extra[];
  /** Adds tokens [a, b) as a candidate of `kind` that claims [claimFrom, b). */
  push(a: number, b: number, kind: NameKind, twice?: boolean, claimFrom?: number): void;
  /** Claims tokens [a, b) for no name: compromise's matches there are dropped. */
  claim(a: number, b: number): void;
  /** Tokens a and b are capitalised words with one space between them (a no possessive). */
  joinedName(a: number, b: number): boolean;
  /** Token a and the next have exactly one space between them. */
  spaced(a: number): boolean;
  /** Token i is joined to a capitalised word before it that is no role or function word. */
  afterName(i: number): boolean;
  /** Token i is part of a longer capitalised name. */
  inRun(i: number): boolean;
  /** Token i is a capitalised word that is no English word and that compromise tagged as nothing else. */
  foreignName(i: number): boolean;
}

/** One rule at token i: the last token it consumed when it decided, else undefined. */
export type TokenRule = (s: EnglishScan, i: number) => number | undefined;
