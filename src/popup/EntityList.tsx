// The names found on the page, grouped by type. Each is a button that reveals its first mention.
import type { Translate } from "../ui/i18n";
import { TYPE_KEYS } from "../ui/i18n";
import { type EntityLookup, groupEntities, type PageState } from "./model";
import { useWholeRows } from "./use-whole-rows";

export interface EntityListProps {
  t: Translate;
  page: PageState;
  lookup: EntityLookup;
  onReveal: (entity: string) => void;
}

export function mentionCount(t: Translate, count: number): string {
  return count === 1 ? t("popupMentionsOne") : t("popupMentionsMany", String(count));
}

export function EntityList({ t, page, lookup, onReveal }: EntityListProps) {
  const rows = useWholeRows<HTMLDivElement>();
  if (page.kind === "loading") {
    return (
      <output class="state" data-state="loading">
        {t("popupLoading")}
      </output>
    );
  }
  if (page.kind === "unavailable") {
    return (
      <output class="state" data-state="unavailable">
        <span>{t("popupUnavailable")}</span>
        <span class="hint">{t("popupUnavailableHint")}</span>
      </output>
    );
  }
  if (!page.summary.active) {
    return (
      <output class="state" data-state="inactive">
        {t("popupInactive")}
      </output>
    );
  }
  const groups = groupEntities(page.summary.entities, lookup);
  if (groups.length === 0) {
    return (
      <output class="state" data-state="empty">
        {t("popupNothingFound")}
      </output>
    );
  }
  return (
    <div class="groups" data-state="list" ref={rows}>
      {groups.map((group) => {
        const headingId = `group-${group.type}`;
        return (
          <section class="group" key={group.type} data-type={group.type} aria-labelledby={headingId}>
            <h3 id={headingId}>
              {t(TYPE_KEYS[group.type])} <span class="group-total">{group.total}</span>
            </h3>
            <ul>
              {group.entities.map((entity) => (
                <li key={entity.id}>
                  <button
                    type="button"
                    class="entity"
                    data-entity={entity.id}
                    data-count={entity.count}
                    title={t("popupReveal", entity.label)}
                    onClick={() => onReveal(entity.id)}
                  >
                    <span class="entity-label">{entity.label}</span>
                    <span class="count" aria-hidden="true">
                      {entity.count}
                    </span>
                    <span class="sr-only">, {mentionCount(t, entity.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
