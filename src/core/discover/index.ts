export { cleanEnglish } from "./clean";
export { englishExtras } from "./english";
export { buildGazetteer, type CountryNames } from "./gazetteer";
export { commonNoun, commonWords, germanCandidates, type IsCommon } from "./german";
export { splitJoins } from "./joins";
export { MAX_NAMES, mergeNames } from "./merge";
export { isDemonym, type Token } from "./tokens";
export type { Candidate, FoundName, Gazetteer, NameKind } from "./types";
