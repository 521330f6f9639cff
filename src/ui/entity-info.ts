// Labels and types of the bundled fact base, for UI that lists entities by name (the popup).
import factbase from "randnotiz:factbase";
import type { EntityType } from "../core/settings";
import type { Lang } from "./i18n";

const byId = new Map(factbase.entities.map((e) => [e.id, e]));

export function entityInfo(lang: Lang): (id: string) => { label: string; type: EntityType } | undefined {
  return (id) => {
    const entity = byId.get(id);
    return entity && { label: entity.label[lang], type: entity.type };
  };
}

export const factsAsOf: string = factbase.asOf;
