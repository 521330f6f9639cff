// A highlight's tags on the review page: each one filters the list or is removed with its ×, and a field
// adds one (Enter), suggesting the tags already in use (a datalist shared by every row).
import { useState } from "preact/hooks";
import type { HighlightRecord } from "../core/highlights/types";
import type { Translate } from "../ui/i18n";

export const TAG_LIST_ID = "tag-suggestions";

export interface ItemTagsProps {
  t: Translate;
  record: HighlightRecord;
  onFilterTag: (tag: string) => void;
  onSetTags: (record: HighlightRecord, tags: string[]) => void;
}

export function ItemTags({ t, record, onFilterTag, onSetTags }: ItemTagsProps) {
  const [draft, setDraft] = useState("");
  const have = new Set(record.tags.map((tag) => tag.toLocaleLowerCase()));
  const add = () => {
    const tag = draft.replace(/\s+/g, " ").trim();
    setDraft("");
    if (tag && !have.has(tag.toLocaleLowerCase())) onSetTags(record, [...record.tags, tag]);
  };
  const inputId = `tag-add-${record.id}`;
  return (
    <div class="item-tags">
      {record.tags.length > 0 && (
        <ul class="tags" aria-label={t("reviewTagsOf")}>
          {record.tags.map((tag) => (
            <li key={tag} class="tag">
              <button
                type="button"
                class="tag-name"
                title={t("reviewFilterByTag", tag)}
                onClick={() => onFilterTag(tag)}
              >
                #{tag}
              </button>
              <button
                type="button"
                class="tag-remove"
                aria-label={t("reviewTagRemove", tag)}
                title={t("reviewTagRemove", tag)}
                onClick={() =>
                  onSetTags(
                    record,
                    record.tags.filter((x) => x !== tag),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="sr-only" for={inputId}>
        {t("reviewTagAdd")}
      </label>
      <input
        id={inputId}
        class="tag-add"
        type="text"
        list={TAG_LIST_ID}
        maxLength={60}
        placeholder={t("tooltipTagPlaceholder")}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.isComposing) {
            e.preventDefault();
            add();
          }
        }}
      />
    </div>
  );
}
