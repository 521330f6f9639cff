export { aliasKey, compileFactbase, FactbaseError, type FactbaseFile } from "./compile";
export * from "./schema";
export { matchTerms } from "./terms";
