// What the popup form is given, as plain data, and the pure rules that shape it for display.
import { ENTITY_TYPES, type EntityType } from "../core/settings";
import type { EntityCount, PageSummary } from "../core/summary";

/** What the popup knows about the tab it describes. */
export type PageState =
  | { kind: "loading" }
  /** The content script does not answer: a browser page, a store, or a page loaded before the extension. */
  | { kind: "unavailable" }
  | { kind: "ready"; summary: PageSummary };

export interface EntityInfo {
  label: string;
  type: EntityType;
}

export type EntityLookup = (id: string) => EntityInfo | undefined;

export interface CommandInfo {
  name: string;
  /** The key combination as the browser reports it; empty when the reader has unset it. */
  shortcut: string;
}

export interface ListedEntity {
  id: string;
  label: string;
  count: number;
}

export interface EntityGroup {
  type: EntityType;
  total: number;
  entities: ListedEntity[];
}

/**
 * Groups the page's entities by type. Groups with more mentions come first, and so do entities within a
 * group; ties keep a stable order (type order, then label) so the list does not jump between refreshes.
 * Ids the fact base does not know are left out rather than shown as raw slugs.
 */
export function groupEntities(counts: readonly EntityCount[], lookup: EntityLookup): EntityGroup[] {
  const groups = new Map<EntityType, EntityGroup>();
  for (const { entity, count } of counts) {
    const info = lookup(entity);
    if (!info) continue;
    const group = groups.get(info.type) ?? { type: info.type, total: 0, entities: [] };
    groups.set(info.type, group);
    group.total += count;
    group.entities.push({ id: entity, label: info.label, count });
  }
  for (const group of groups.values()) {
    group.entities.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return [...groups.values()].sort(
    (a, b) => b.total - a.total || ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type),
  );
}

/** Message keys for the names of the commands in manifest.json. */
export const COMMAND_KEYS = {
  "toggle-site": "commandToggleSite",
  "next-entity": "commandNextEntity",
  "previous-entity": "commandPreviousEntity",
  "save-highlight": "commandSaveHighlight",
} as const;

/** The host of an http(s) URL, else "" (browser pages, missing URLs): only web pages can be allowed. */
export function hostOfUrl(url: string | undefined): string {
  if (!url || !URL.canParse(url)) return "";
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" || protocol === "https:" ? hostname : "";
}
