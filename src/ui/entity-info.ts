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

/** A name's label in `lang` and every form the fact base knows for it (the Obsidian export's wikilinks). */
export function entityNames(
  lang: Lang,
): (id: string) => { label: string; forms: readonly string[] } | undefined {
  return (id) => {
    const entity = byId.get(id);
    return (
      entity && { label: entity.label[lang], forms: [entity.label.de, entity.label.en, ...entity.aliases] }
    );
  };
}

export const factsAsOf: string = factbase.asOf;

const labelDe = entityInfo("de");
const labelEn = entityInfo("en");

/**
 * An entity's German and English labels: search finds an entity by either, whatever the page's language.
 * The background folds them into the snapshot's search text, the review page into its own.
 */
export function searchNames(id: string): string[] {
  const de = labelDe(id)?.label;
  const en = labelEn(id)?.label;
  return [de, en].filter((x): x is string => !!x);
}
