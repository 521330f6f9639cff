// The bundled fact base as the content script sees it: lookups by id and the matcher's term list.
import factbase from "randnotiz:factbase";
import { matchTerms } from "../core/factbase/terms";
import type { Term } from "../core/match";
import type { EntityType } from "../core/settings";

export type Entity = (typeof factbase.entities)[number];

const byId = new Map<string, Entity>(factbase.entities.map((e) => [e.id, e]));

export function entity(id: string): Entity | undefined {
  return byId.get(id);
}

export function typeOf(id: string): EntityType | undefined {
  return byId.get(id)?.type;
}

export function terms(): Term[] {
  return matchTerms(factbase);
}

export const factbaseAsOf = factbase.asOf;
