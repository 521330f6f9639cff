// The entities the content script knows: the bundled fact base as the build slims it for the page (ids,
// types, labels and names; facts, descriptions and relations stay with the background, which computes
// tooltips), and the reader's own entries, which arrive with the stored matcher (see own-entries.ts).
import factbase from "randnotiz:factbase";
import { matchTerms } from "../core/factbase/terms";
import type { Term } from "../core/match";
import type { EntityType } from "../core/settings";

export interface PageEntity {
  id: string;
  type: EntityType;
  label: { de: string; en: string };
  /** The reader's own entry rather than the bundled fact base. */
  own: boolean;
}

type PageFactbase = {
  entities: Array<Pick<(typeof factbase.entities)[number], "id" | "type" | "label" | "names" | "genitiveS">>;
};
// scripts/build.ts (forThePage) removes every other field; the type says so, so nothing here reads one.
const slim = factbase as unknown as PageFactbase;

const bundled = new Map<string, PageEntity>(
  slim.entities.map((e) => [e.id, { id: e.id, type: e.type, label: e.label, own: false }]),
);
let own = new Map<string, PageEntity>();

export function entity(id: string): PageEntity | undefined {
  return bundled.get(id) ?? own.get(id);
}

export function typeOf(id: string): EntityType | undefined {
  return entity(id)?.type;
}

export function terms(): Term[] {
  return matchTerms(slim);
}

/** The reader's entries as [entity id, type, name], replacing the ones known before. */
export function setOwnEntities(list: ReadonlyArray<readonly [string, EntityType, string]>): void {
  own = new Map(list.map(([id, type, name]) => [id, { id, type, label: { de: name, en: name }, own: true }]));
}

export const factbaseAsOf = (factbase as { asOf: string }).asOf;
