export { cleanEnglish, type Token } from "./clean";
export { commonNoun, commonWords, germanCandidates, type IsCommon } from "./german";
export { MAX_NAMES, mergeNames } from "./merge";
export type { Candidate, FoundName, NameKind } from "./types";
