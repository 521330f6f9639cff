export { cleanEnglish } from "./clean";
export { englishExtras } from "./english";
export { buildGazetteer, type CountryNames } from "./gazetteer";
export { germanCandidates } from "./german";
export { commonNoun, commonWords, type IsCommon } from "./german-words";
export { splitJoins } from "./joins";
export { MAX_NAMES, mergeNames } from "./merge";
export { ABBREVIATION, isDemonym, type Token } from "./tokens";
export type { Candidate, FoundName, Gazetteer, NameKind } from "./types";
