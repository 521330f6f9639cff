// What every page needs beyond the stored matcher: the type of each entity the content script does not
// carry itself (the reader's own entries, and the world pack's entities), for painting. One character per
// such entity, in the order of the stored matcher's entity list; names, notes and facts stay with the
// background, which computes a tooltip when one is shown (background/entity-views.ts).
import { packEntity, unpackEntity } from "../match/serial";
import { ENTITY_TYPES, type EntityType } from "../settings";

/**
 * The types of the entities among `entities` (packed, as a stored matcher lists them) that `carried` does
 * not know, in their order, one character each ("a" + index into ENTITY_TYPES).
 */
export function extraTypes(
  entities: readonly string[],
  typeOf: (id: string) => EntityType | undefined,
  carried: (id: string) => boolean,
): string {
  return entities
    .map(unpackEntity)
    .filter((id) => !carried(id))
    .map((id) => String.fromCharCode(97 + ENTITY_TYPES.indexOf(typeOf(id) ?? "person")))
    .join("");
}

/**
 * Entity id → type, for the entities among `entities` that `carried` does not know (see extraTypes);
 * built by the page on first use. Keyed by the packed ids, so that no id is unpacked: unpacking 10,000
 * own entries' ids took 30–50 ms of a cold page (docs/benchmarks.md); a lookup packs the one id it is
 * asked for instead.
 */
export function typesOf(
  entities: readonly string[],
  types: string,
  carried: (id: string) => boolean,
): (id: string) => EntityType | undefined {
  const byPacked = new Map<string, EntityType>();
  let i = 0;
  for (const packed of entities) {
    // Only an own entry's id is packed ("~…"), and the content script never carries one; the others are
    // stored as they are (unpackEntity).
    if (packed.charCodeAt(0) !== 126 && carried(packed)) continue;
    const type = ENTITY_TYPES[types.charCodeAt(i++) - 97];
    if (type) byPacked.set(packed, type);
  }
  return (id) => byPacked.get(packEntity(id));
}
