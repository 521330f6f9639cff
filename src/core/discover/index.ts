export { cleanEnglish, type Token } from "./clean";
export { englishExtras, isDemonym } from "./english";
export { commonNoun, commonWords, germanCandidates, type IsCommon } from "./german";
export { splitJoins } from "./joins";
export { MAX_NAMES, mergeNames } from "./merge";
export type { Candidate, FoundName, NameKind } from "./types";
