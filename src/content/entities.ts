// The entities the content script knows: the seed pack as the build slims it for the page (ids, types and
// labels; facts, descriptions and relations stay with the background, which computes tooltips), and the
// world pack's and the reader's own entities, which arrive with the stored matcher, as does every name
// the page matches (platform/entries-matcher.ts, docs/scanner.md).
import factbase from "randnotiz:factbase";
import { typesOf } from "../core/entries/packed";
import { SEP } from "../core/match/serial";
import type { EntityType } from "../core/settings";

export interface PageEntity {
  id: string;
  type: EntityType;
  label: { de: string; en: string };
  /** Not carried by this script: the reader's own entry or a world-pack entity (its view comes from the background). */
  own: boolean;
}

type PageFactbase = {
  entities: Array<Pick<(typeof factbase.entities)[number], "id" | "type" | "label">>;
};
// scripts/build.ts (forThePage) removes every other field; the type says so, so nothing here reads one.
const slim = factbase as unknown as PageFactbase;

const bundled = new Map<string, PageEntity>(
  slim.entities.map((e) => [e.id, { id: e.id, type: e.type, label: e.label, own: false }]),
);
let packed: { entities: string; types: string } | null = null;
let own: ((id: string) => EntityType | undefined) | null = null;

/** An own entry's label is "": its name stays in storage, and the tooltip's view (from the background) has it. */
export function entity(id: string): PageEntity | undefined {
  const known = bundled.get(id);
  if (known || !packed) return known;
  own ??= typesOf(packed.entities.split(SEP), packed.types, (e) => bundled.has(e));
  const type = own(id);
  // A world-pack entity is not the reader's own; its label, like an entry's, comes with the tooltip's view.
  return type && { id, type, label: { de: "", en: "" }, own: true };
}

export function typeOf(id: string): EntityType | undefined {
  return entity(id)?.type;
}

/** The stored matcher's entity list and the types of the entities not carried here (null: none stored). */
export function setOwnEntities(entries: { entities: string; types: string } | null): void {
  packed = entries;
  own = null;
}

export const factbaseAsOf = (factbase as { asOf: string }).asOf;
