// What the popup shows about a page: the entities found, with counts. Pure data, shared by both sides.
export interface EntityCount {
  entity: string;
  count: number;
}

export interface PageSummary {
  /** False when annotation is off for this page (globally, by site rule, or not yet started). */
  active: boolean;
  host: string;
  entities: EntityCount[];
  /** The reader's saved highlights for this page, and how many of them could not be found on it. */
  saved: { total: number; orphans: number };
}

/** Counts mentions per entity, most frequent first, ties by id so the order is stable. */
export function countEntities(entities: Iterable<string>): EntityCount[] {
  const counts = new Map<string, number>();
  for (const id of entities) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([entity, count]) => ({ entity, count }))
    .sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
}
