// One row of the list: a group's header (a page or an entity), or one saved highlight with its context,
// note, entity chips and actions. Every string is rendered as text.
import { useEffect, useRef } from "preact/hooks";
import { recordProblems } from "../core/highlights/limits";
import type { Group, IndexedRecord } from "../core/highlights/search";
import type { HighlightRecord } from "../core/highlights/types";
import { COLOUR_NAMES } from "../ui/colour-names";
import { formatDate, type Lang, type Translate } from "../ui/i18n";
import { context } from "./context";
import { ItemTags } from "./ItemTags";
import type { EntityLookup } from "./model";

export interface NoteDraft {
  id: string;
  text: string;
  error: string | null;
  /** The newer note stored meanwhile by another tab (docs/integrity.md): shown; saving again replaces it. */
  conflict: string | null;
  saving: boolean;
}

export interface ItemActions {
  onOpen: (record: HighlightRecord) => void;
  onDelete: (records: HighlightRecord[]) => void;
  onEditNote: (record: HighlightRecord | null) => void;
  onDraft: (text: string) => void;
  onSaveNote: () => void;
  onFilterEntity: (entity: string) => void;
  onFilterTag: (tag: string) => void;
  onSetTags: (record: HighlightRecord, tags: string[]) => void;
  onCopyLink: (record: HighlightRecord) => void;
}

export function count(t: Translate, n: number): string {
  return n === 1 ? t("reviewHighlightsOne") : t("reviewHighlightsMany", String(n));
}

export function GroupHeader(
  props: { t: Translate; lang: Lang; group: Group; lookup: EntityLookup } & ItemActions,
) {
  const { t, lang, group, lookup, onDelete } = props;
  const first = group.items[0]?.record;
  if (group.kind === "entity") {
    const info = lookup(group.value);
    return (
      <header class="group-head" data-group={group.key}>
        <h2 class="group-title">{group.value ? (info?.label ?? group.value) : t("reviewNoEntity")}</h2>
        <p class="group-meta">
          {group.value ? t("reviewTimeline", count(t, group.items.length)) : count(t, group.items.length)}
        </p>
      </header>
    );
  }
  const latest = group.items.reduce((day, item) => (item.day > day ? item.day : day), "");
  return (
    <header class="group-head" data-group={group.key}>
      <h2 class="group-title" title={group.value}>
        {first?.title || group.value}
      </h2>
      <p class="group-meta">
        <span class="site">{group.items[0]?.site}</span>
        {latest ? <span>{formatDate(latest, lang)}</span> : null}
        <span>{count(t, group.items.length)}</span>
        <button
          type="button"
          class="link danger delete-page"
          onClick={() => onDelete(group.items.map((i) => i.record))}
        >
          {t("reviewDeletePage")}
        </button>
      </p>
    </header>
  );
}

export interface ItemRowProps extends ItemActions {
  t: Translate;
  lang: Lang;
  item: IndexedRecord;
  lookup: EntityLookup;
  /** In the entity view the row names its page, which no header does. */
  showPage: boolean;
  draft: NoteDraft | null;
}

export function ItemRow(props: ItemRowProps) {
  const { t, lang, item, lookup, showPage, draft } = props;
  const { record } = item;
  const { before, after } = context(record);
  const editButton = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  const wasEditing = useRef(editing);

  useEffect(() => {
    if (editing && !wasEditing.current) textarea.current?.focus();
    // Back to the button that opened the editor, so the keyboard does not lose its place.
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      props.onSaveNote();
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      props.onEditNote(null);
    }
  };

  return (
    <article
      class="item"
      data-id={record.id}
      data-state={record.state ?? undefined}
      data-colour={record.colour}
    >
      <p class="item-meta">
        <span
          class={`swatch swatch-${record.colour}`}
          title={t("reviewColourOf", t(COLOUR_NAMES[record.colour]))}
        >
          <span class="sr-only">{t("reviewColourOf", t(COLOUR_NAMES[record.colour]))}</span>
        </span>
        <time dateTime={record.created}>{formatDate(item.day, lang)}</time>
        {record.state === "orphan" ? <span class="orphan">{t("reviewOrphan")}</span> : null}
        {/* Stored under older, looser rules: shown whole, and flagged (docs/integrity.md). */}
        {recordProblems(record).length ? (
          <span class="over-limit" title={t("reviewOverLimit")}>
            {t("reviewOverLimitShort")}
          </span>
        ) : null}
        {showPage ? (
          <span class="item-page" title={record.source}>
            {record.title || record.source} · {item.site}
          </span>
        ) : null}
      </p>
      <blockquote class="quote" cite={record.source}>
        {before ? <span class="context">{before}</span> : null}
        <mark class="exact">{record.exact}</mark>
        {after ? <span class="context">{after}</span> : null}
      </blockquote>
      {editing ? (
        <div class="note-editor">
          <label class="sr-only" for={`note-${record.id}`}>
            {t("reviewNoteLabel")}
          </label>
          <textarea
            id={`note-${record.id}`}
            ref={textarea}
            rows={2}
            value={draft.text}
            disabled={draft.saving}
            aria-describedby={`note-hint-${record.id}`}
            onInput={(event) => props.onDraft(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <p class="note-hint" id={`note-hint-${record.id}`}>
            {draft.conflict !== null ? (
              <span class="error conflict" role="alert">
                {t("reviewNoteConflict")} <q class="newer-note">{draft.conflict}</q>{" "}
                {t("reviewNoteConflictAsk")}{" "}
                <button
                  type="button"
                  class="link take-newer"
                  onClick={() => props.onDraft(draft.conflict ?? "")}
                >
                  {t("reviewNoteTakeNewer")}
                </button>
              </span>
            ) : draft.error ? (
              <span class="error" role="alert">
                {t("reviewNoteError", draft.error)}
              </span>
            ) : (
              t("reviewNoteHint")
            )}
          </p>
        </div>
      ) : record.note ? (
        <p class="note">{record.note}</p>
      ) : null}
      <ItemTags t={t} record={record} onFilterTag={props.onFilterTag} onSetTags={props.onSetTags} />
      <div class="item-foot">
        <ul class="chips" aria-label={t("reviewFilterEntity")}>
          {record.entities.map((id) => {
            const label = lookup(id)?.label ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="chip"
                  data-entity={id}
                  title={t("reviewFilterBy", label)}
                  onClick={() => props.onFilterEntity(id)}
                >
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
        <div class="actions">
          {editing ? (
            <>
              <button
                type="button"
                class="primary save-note"
                disabled={draft.saving}
                onClick={props.onSaveNote}
              >
                {t("reviewSave")}
              </button>
              <button type="button" class="cancel-note" onClick={() => props.onEditNote(null)}>
                {t("reviewCancel")}
              </button>
            </>
          ) : (
            <button type="button" class="edit-note" ref={editButton} onClick={() => props.onEditNote(record)}>
              {record.note ? t("reviewEditNote") : t("reviewAddNote")}
            </button>
          )}
          <button
            type="button"
            class="copy-link"
            title={t("reviewCopyLinkLabel")}
            onClick={() => props.onCopyLink(record)}
          >
            {t("reviewCopyLink")}
          </button>
          <button
            type="button"
            class="open"
            title={t("reviewOpenLabel")}
            onClick={() => props.onOpen(record)}
          >
            {t("reviewOpen")}
          </button>
          <button
            type="button"
            class="danger delete"
            title={t("reviewDeleteLabel")}
            onClick={() => props.onDelete([record])}
          >
            {t("reviewDelete")}
          </button>
        </div>
      </div>
    </article>
  );
}
