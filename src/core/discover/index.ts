export { cleanEnglish } from "./clean";
export { englishExtras } from "./english";
export { commonNoun, commonWords, germanCandidates, type IsCommon } from "./german";
export { splitJoins } from "./joins";
export { MAX_NAMES, mergeNames } from "./merge";
export { isDemonym, type Token } from "./tokens";
export type { Candidate, FoundName, NameKind } from "./types";
