// What every page needs of the reader's entries beyond the stored matcher: each one's type, for painting.
// One character per own entity, in the order of the stored matcher's entity list; names and notes stay in
// storage, and the background reads them when a tooltip shows one (background/entity-views.ts).
import { unpackEntity } from "../match/serial";
import { ENTITY_TYPES, type EntityType } from "../settings";
import { entityIdOf, isOwnEntity } from "./model";
import type { Entry } from "./schema";

/** The types of the own entities among `entities`, in their order, one character each ("a" + index). */
export function ownTypes(entities: readonly string[], entries: readonly Entry[]): string {
  const typeOf = new Map(entries.map((e) => [entityIdOf(e), e.type]));
  return entities
    .map(unpackEntity)
    .filter(isOwnEntity)
    .map((id) => String.fromCharCode(97 + ENTITY_TYPES.indexOf(typeOf.get(id) ?? "person")))
    .join("");
}

/**
 * Entity id → type, for the own entities among `entities` (as a stored matcher lists them, packed: see
 * core/match/serial.ts); built by the page on first use.
 */
export function typesOf(entities: readonly string[], types: string): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  let i = 0;
  for (const packed of entities) {
    const id = unpackEntity(packed);
    if (!isOwnEntity(id)) continue;
    const type = ENTITY_TYPES[types.charCodeAt(i++) - 97];
    if (type) out.set(id, type);
  }
  return out;
}
