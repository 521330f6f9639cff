// The entities the page knows: those of its stored matcher (the enabled packs' and the reader's own), with
// each one's type and, for the fact base's, its label (platform/entries-matcher.ts, docs/scanner.md).
// Facts, descriptions and relations stay with the background, which computes tooltips. The script carries
// only the fact base's date, which the stored matcher's stamp names.
import factbase from "randnotiz:factbase";
import { typesOf } from "../core/entries/packed";
import { packEntity, SEP } from "../core/match/serial";
import type { EntityType } from "../core/settings";

export interface PageEntity {
  id: string;
  type: EntityType;
  label: { de: string; en: string };
  /** The reader's own entry (no label here: its name stays in storage and comes with the tooltip's view). */
  own: boolean;
}

type Packed = { entities: string; types: string; labels?: string };
let packed: Packed | null = null;
let types: ((id: string) => EntityType | undefined) | null = null;
let labels: Map<string, string> | null = null;
const known = new Map<string, EntityType | undefined>();

/** An own entry's label is "": its name stays in storage, and the tooltip's view (from the background) has it. */
export function entity(id: string): PageEntity | undefined {
  const type = typeOf(id);
  if (!type || !packed) return undefined;
  if (!labels) {
    const list = packed.labels?.split(SEP) ?? [];
    labels = new Map(packed.entities.split(SEP).map((e, i) => [e, list[i] ?? ""]));
  }
  const line = labels.get(packEntity(id)) ?? "";
  const [de = "", en = de] = line.split("\t");
  return { id, type, label: { de, en }, own: line === "" };
}

/** Called for every mention of a pass: one map read after the first. */
export function typeOf(id: string): EntityType | undefined {
  if (known.has(id)) return known.get(id);
  if (!packed) return undefined;
  types ??= typesOf(packed.entities.split(SEP), packed.types, () => false);
  const type = types(id);
  known.set(id, type);
  return type;
}

/** The stored matcher's entity list with each one's type and label (null: none read yet). */
export function setOwnEntities(entries: Packed | null): void {
  packed = entries;
  types = null;
  labels = null;
  known.clear();
}

export const factbaseAsOf = (factbase as { asOf: string }).asOf;
