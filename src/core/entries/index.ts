// The reader's own entries: schema and migration, model, and their terms for the matcher.
export * from "./model";
export * from "./schema";
export * from "./terms";
