// Schemas for the fact base: the hand-written source files (assets/factbase/<type>.json) and the compiled
// factbase.json that ships in each build. valibot gives the runtime check and the TypeScript type from one
// declaration, so the data contract cannot drift from the code that reads it.
//
// Conventions the data follows (they are checked where a machine can check them):
// - A fact's `asOf` is the date on which the statement was known to be true. Seed facts carry the story's
//   date. Stable background facts (a capital, a founding year) also carry the story's date: they were true
//   then, and the tooltip then reads "as of the story" instead of pretending to a later check.
// - Every label must also be listed among the aliases. compile does not add labels silently, because an
//   alias needs an explicit `caseSensitive` (the label "OVKS" must not match "ovks" in running text).
// - The compiled fact source gains `attribution: { publisher, date, dateKind }` rather than a preformatted
//   string such as "Reuters, 27.11.2022": the UI formats dates for its locale, and `dateKind` says honestly
//   whether the date is the publication date or only the date the page was accessed.
import * as v from "valibot";

export const ENTITY_TYPES = ["person", "organisation", "country", "place", "event", "media"] as const;
export const RELATION_TYPES = [
  "memberOf",
  "headOfStateOf",
  "headOfGovernmentOf",
  "spokespersonOf",
  "partyTo",
  "locatedIn",
  "capitalOf",
  // Added beyond the brief's list: sub-events (a battle within a conflict) need a link that partyTo can't express.
  "partOf",
  /** A land border between two countries (the world pack, from world-countries' `borders`). */
  "borders",
] as const;
/** The bundled packs (docs/world-pack.md): the seed story's entities, and the generated world pack. */
export const PACKS = ["seed", "world"] as const;
export const ALIAS_LANGS = ["de", "en", "ru", "any"] as const;

/** Publisher and date of the seed story (assets/factbase/seed.txt). */
export const SEED_PUBLISHER = "Reuters";
export const SEED_DATE = "2022-11-27";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const QID = /^Q[1-9][0-9]*$/;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === "https:";
  } catch {
    return false;
  }
}

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty("must not be empty"));
export const DateSchema = v.pipe(
  v.string("missing date"),
  v.regex(ISO_DATE, "date must be YYYY-MM-DD"),
  v.check(isRealDate, "not a calendar date"),
);
const AsOf = v.pipe(
  v.string("missing as-of date"),
  v.regex(ISO_DATE, "as-of date must be YYYY-MM-DD"),
  v.check(isRealDate, "as-of date is not a calendar date"),
);
const HttpsUrl = v.pipe(v.string(), v.check(isHttpsUrl, "must be an https URL"));
const Id = v.pipe(v.string(), v.regex(SLUG, "id must be a lowercase ASCII slug"));

export const BilingualSchema = v.strictObject({ de: Text, en: Text });
const WikipediaSchema = v.strictObject({ de: v.nullable(HttpsUrl), en: v.nullable(HttpsUrl) });

export const EntityTypeSchema = v.picklist(ENTITY_TYPES);
/**
 * What an alias needs elsewhere on the same page to count ("Georgia": a neighbour or Tbilisi; "Peskov":
 * the full name or "spokesman"). A mention of the alias's own entity by an alias without `needs` always
 * counts as support. Decided per page by resolveEvidence (src/core/match/evidence.ts).
 */
export const NeedsSchema = v.strictObject({
  entities: v.optional(v.array(Id)),
  words: v.optional(v.array(Text)),
});
export const AliasSchema = v.strictObject({
  text: Text,
  lang: v.picklist(ALIAS_LANGS),
  caseSensitive: v.boolean(),
  /** Set on both entities when one alias text legitimately names two of them. */
  ambiguous: v.optional(v.boolean()),
  needs: v.optional(NeedsSchema),
  /** Words that, right before the alias, make it part of another name ("South" Georgia). */
  notAfter: v.optional(v.array(Text)),
  /** Words that, right after the alias, make it part of another name (Minsk "Group"). */
  notBefore: v.optional(v.array(Text)),
});
export const RelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  target: Id,
});

const SeedSourceSchema = v.strictObject({
  kind: v.literal("seed"),
  /** Verbatim substring of seed.txt; compile checks it. */
  quote: Text,
});
const WebSourceSchema = v.strictObject({
  kind: v.literal("web"),
  url: HttpsUrl,
  title: Text,
  publisher: Text,
  /** Publication date where the page states one. */
  published: v.optional(DateSchema),
  accessed: DateSchema,
});
/** A fact generated at build time from a pinned data package (scripts/world-pack.ts). */
const PackageSourceSchema = v.strictObject({
  kind: v.literal("package"),
  /** The npm package and its exact version, e.g. "world-countries" and "5.1.0". */
  package: Text,
  version: Text,
  /** Where the package's data is kept upstream. */
  upstream: HttpsUrl,
  /** SPDX identifier of the data's licence, e.g. "ODbL-1.0". */
  licence: Text,
  /** The package version's release date: the date its data was last known to be checked. */
  released: DateSchema,
});
export const FactSourceSchema = v.variant(
  "kind",
  [SeedSourceSchema, WebSourceSchema, PackageSourceSchema],
  'source.kind must be "seed", "web" or "package"',
);
export const FactSchema = v.strictObject({
  text: BilingualSchema,
  asOf: AsOf,
  source: FactSourceSchema,
});

export const SourceEntitySchema = v.strictObject({
  id: Id,
  type: EntityTypeSchema,
  label: BilingualSchema,
  description: BilingualSchema,
  wikidata: v.nullable(v.pipe(v.string(), v.regex(QID, "malformed Wikidata QID"))),
  wikipedia: WikipediaSchema,
  /** Takes the German genitive -s/-es (Russlands, des Kremls); false for Ukraine, EU, OVKS. */
  genitiveS: v.boolean(),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, "needs at least one alias")),
  relations: v.array(RelationSchema),
  facts: v.pipe(
    v.array(FactSchema),
    v.minLength(1, "needs at least one fact"),
    v.maxLength(5, "at most 5 facts"),
  ),
});
export const SourceFileSchema = v.strictObject({ entities: v.array(v.unknown()) });

// ---- compiled output (build/*/factbase.json) ----

export const AttributionSchema = v.strictObject({
  publisher: Text,
  date: DateSchema,
  dateKind: v.picklist(["published", "accessed"]),
});
export const CompiledSourceSchema = v.variant("kind", [
  v.strictObject({ ...SeedSourceSchema.entries, attribution: AttributionSchema }),
  v.strictObject({ ...WebSourceSchema.entries, attribution: AttributionSchema }),
  v.strictObject({ ...PackageSourceSchema.entries, attribution: AttributionSchema }),
]);
export const PackSchema = v.picklist(PACKS);
export const CompiledFactSchema = v.strictObject({
  text: BilingualSchema,
  asOf: AsOf,
  /** The pack the fact belongs to (the tooltip names it; switching the pack off hides it). */
  pack: PackSchema,
  source: CompiledSourceSchema,
});
export const NameSchema = v.strictObject({
  text: Text,
  lang: v.picklist(ALIAS_LANGS),
  caseSensitive: v.boolean(),
  ambiguous: v.boolean(),
  needs: v.optional(v.strictObject({ entities: v.array(Id), words: v.array(Text) })),
  notAfter: v.optional(v.array(Text)),
  /** Words that, right after the alias, make it part of another name (Minsk "Group"). */
  notBefore: v.optional(v.array(Text)),
});
export const EntitySchema = v.strictObject({
  id: Id,
  type: EntityTypeSchema,
  label: BilingualSchema,
  /** The packs that describe this entity: one entity per thing, whichever packs know it. */
  packs: v.pipe(v.array(PackSchema), v.minLength(1)),
  /** Plain alias texts, labels included, in the same order as `names`. */
  aliases: v.array(Text),
  wikidata: v.nullable(v.pipe(v.string(), v.regex(QID))),
  /** What the matcher needs per alias. */
  names: v.array(NameSchema),
  genitiveS: v.boolean(),
  description: BilingualSchema,
  wikipedia: WikipediaSchema,
  relations: v.array(RelationSchema),
  facts: v.array(CompiledFactSchema),
});
export const FactbaseJsonSchema = v.strictObject({
  asOf: DateSchema,
  entities: v.array(EntitySchema),
});

export type EntityType = v.InferOutput<typeof EntityTypeSchema>;
export type Pack = (typeof PACKS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type SourceEntity = v.InferOutput<typeof SourceEntitySchema>;
export type CompiledFact = v.InferOutput<typeof CompiledFactSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type FactbaseJson = v.InferOutput<typeof FactbaseJsonSchema>;
