// The review page's tag list (docs/keeping.md): every tag with its count; a tag filters the list, and can be
// renamed or deleted across all highlights (the container offers undo) or given a default colour.
import { useState } from "preact/hooks";
import type { Facet } from "../core/highlights/search";
import { COLOURS, type Colour } from "../core/highlights/types";
import { COLOUR_NAMES } from "../ui/colour-names";
import type { Translate } from "../ui/i18n";

export interface TagPanelProps {
  t: Translate;
  tags: readonly Facet[];
  /** Default colours by folded tag. */
  colours: Readonly<Record<string, Colour>>;
  active: string | null;
  onFilter: (tag: string | null) => void;
  onRename: (from: string, to: string) => void;
  onDelete: (tag: string) => void;
  onColour: (tag: string, colour: Colour | null) => void;
}

export function TagPanel(props: TagPanelProps) {
  const { t, tags } = props;
  const [renaming, setRenaming] = useState<{ tag: string; text: string } | null>(null);
  if (tags.length === 0) return null;
  const folded = props.active?.toLocaleLowerCase() ?? null;
  return (
    <section class="tag-panel" aria-labelledby="tag-panel-title">
      <h2 id="tag-panel-title">{t("reviewTagList")}</h2>
      <ul>
        {tags.map(({ value: tag, count }) => {
          const key = tag.toLocaleLowerCase();
          const id = `tag-${encodeURIComponent(key)}`;
          return (
            <li key={key} class="tag-row" data-tag={tag}>
              <button
                type="button"
                class="chip tag-filter"
                aria-pressed={folded === key}
                onClick={() => props.onFilter(folded === key ? null : tag)}
              >
                #{tag} <span class="count">({count})</span>
              </button>
              {renaming?.tag === tag ? (
                <form
                  class="tag-rename-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const next = renaming.text.trim();
                    setRenaming(null);
                    if (next && next !== tag) props.onRename(tag, next);
                  }}
                >
                  <label class="sr-only" for={`${id}-rename`}>
                    {t("reviewTagRenameLabel", tag)}
                  </label>
                  <input
                    id={`${id}-rename`}
                    class="tag-rename-input"
                    value={renaming.text}
                    maxLength={60}
                    // biome-ignore lint/a11y/noAutofocus: the reader just asked to rename this tag.
                    autoFocus
                    onInput={(e) => setRenaming({ tag, text: e.currentTarget.value })}
                    onKeyDown={(e) => {
                      if (e.key === "Escape") setRenaming(null);
                    }}
                  />
                  <button type="submit" class="primary">
                    {t("reviewSave")}
                  </button>
                </form>
              ) : (
                // Named by its visible word plus hidden ones, so that speech input finds it by what it shows.
                <button type="button" class="link tag-rename" onClick={() => setRenaming({ tag, text: tag })}>
                  {t("reviewTagRename")}
                  <span class="sr-only">{t("reviewTagRenameMore", tag)}</span>
                </button>
              )}
              <button type="button" class="link danger tag-delete" onClick={() => props.onDelete(tag)}>
                {t("reviewTagDelete")}
                <span class="sr-only">{t("reviewTagDeleteMore", tag)}</span>
              </button>
              <select
                class="tag-colour"
                aria-label={t("reviewTagColourLabel", tag)}
                value={props.colours[key] ?? ""}
                onChange={(e) => props.onColour(tag, (e.currentTarget.value || null) as Colour | null)}
              >
                <option value="">{t("reviewTagNoColour")}</option>
                {COLOURS.map((c) => (
                  <option key={c} value={c}>
                    {t(COLOUR_NAMES[c])}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
