// The review page's whole view, from props alone: it never touches storage or messages, so it can be
// rendered and tested on its own (ReviewContainer.tsx supplies the data and does what the callbacks ask).
// Search, filters, sorting and grouping are view state and live here; the work is in core/highlights/search.
import { useCallback, useLayoutEffect, useMemo, useState } from "preact/hooks";
import {
  EMPTY_QUERY,
  facets,
  filterRecords,
  type GroupBy,
  groupRecords,
  type IndexedRecord,
  type ReviewQuery,
  type SortOrder,
  sortRecords,
} from "../core/highlights/search";
import type { Colour, HighlightRecord } from "../core/highlights/types";
import type { Lang, Translate } from "../ui/i18n";
import { errorMessage } from "../ui/limit-text";
import { GroupHeader, type ItemActions, ItemRow, type NoteDraft } from "./Item";
import { TAG_LIST_ID } from "./ItemTags";
import { listState } from "./ListState";
import {
  type EntityLookup,
  type ExportFormat,
  type ExportOptions,
  layoutRows,
  NoteConflict,
  type Notice,
  type Row,
  type Toast,
} from "./model";
import { TagPanel } from "./TagPanel";
import { ToastBar } from "./ToastBar";
import { Toolbar } from "./Toolbar";
import { VirtualList } from "./VirtualList";

export interface ReviewFormProps {
  t: Translate;
  /** The tab bar, rendered under the heading. */
  tabs?: preact.ComponentChildren;
  lang: Lang;
  lookup: EntityLookup;
  /** Every saved highlight, indexed for search; null while they load. */
  items: readonly IndexedRecord[] | null;
  loadError: string | null;
  initialText: string;
  /** review.html?tag=… */
  initialTag?: string | null;
  /** review.html?name=…: that name's timeline (filtered by it, grouped by name). */
  initialEntity?: string | null;
  /** Default colours of tags, by folded tag. */
  tagColours?: Readonly<Record<string, Colour>>;
  notice: Notice | null;
  toast: Toast | null;
  onOpen: (record: HighlightRecord) => void;
  onDelete: (records: HighlightRecord[]) => void;
  /** Resolves when saved; rejects with a readable Error, which the editor shows. */
  onSaveNote: (record: HighlightRecord, note: string) => Promise<void>;
  onExport: (format: ExportFormat, records: HighlightRecord[], options: ExportOptions) => void;
  onImport: (file: File) => void;
  onUndo: () => void;
  onDismissToast: () => void;
  onSearchText?: (text: string) => void;
  /** The tag filter changed (the container keeps ?tag= in the address). */
  onTagFilter?: (tag: string | null) => void;
  /** Keeping (docs/keeping.md); optional, so a view without them still renders. */
  onSetTags?: (record: HighlightRecord, tags: string[]) => void;
  onCopyLink?: (record: HighlightRecord) => void;
  onRenameTag?: (from: string, to: string) => void;
  onDeleteTag?: (tag: string) => void;
  onTagColour?: (tag: string, colour: Colour | null) => void;
  /** Called once the list has been rendered with the highlights loaded. */
  onRendered?: () => void;
  /**
   * Set while `items` holds only part of a large library (the rest is being read): its size, and how many
   * of all its highlights match a search text. Filters and exports wait until it is null
   * (docs/review-scale.md).
   */
  pending?: { total: number; count: (text: string) => number } | null;
  /** The backup reminder's bar (BackupBar), under the toolbar. */
  backup?: preact.ComponentChildren;
}

type Draft = NoteDraft & { record: HighlightRecord };

export function ReviewForm(props: ReviewFormProps) {
  const { t, lang, lookup, items, toast } = props;
  const [query, setQuery] = useState<ReviewQuery>({
    ...EMPTY_QUERY,
    text: props.initialText,
    tag: props.initialTag ?? null,
    entity: props.initialEntity ?? null,
  });
  const [sort, setSort] = useState<SortOrder>("newest");
  const [groupBy, setGroupBy] = useState<GroupBy>(props.initialEntity ? "entity" : "page");
  const [draft, setDraft] = useState<Draft | null>(null);

  const all = items ?? [];
  const label = useCallback((id: string) => lookup(id)?.label ?? id, [lookup]);
  const sorted = useMemo(() => sortRecords(all, sort), [all, sort]);
  const filtered = useMemo(() => filterRecords(sorted, query), [sorted, query]);
  const groups = useMemo(
    () => groupRecords(filtered, groupBy, sort, label),
    [filtered, groupBy, sort, label],
  );
  const layout = useMemo(() => layoutRows(groups, draft?.id ?? null), [groups, draft?.id]);
  const options = useMemo(() => facets(all), [all]);

  const loaded = items !== null;
  const pending = props.pending ?? null;
  const total = pending ? pending.total : all.length;
  const shown = pending ? pending.count(query.text) : filtered.length;
  const { onRendered, onSearchText } = props;
  useLayoutEffect(() => {
    if (loaded) onRendered?.();
  }, [loaded, onRendered]);

  const onQuery = (patch: Partial<ReviewQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    if (patch.text !== undefined) onSearchText?.(patch.text);
    if (patch.tag !== undefined) props.onTagFilter?.(patch.tag);
  };

  const saveNote = () => {
    if (!draft || draft.saving) return;
    const current = draft;
    setDraft({ ...current, saving: true, error: null });
    props.onSaveNote(current.record, current.text.trim()).then(
      () => setDraft((d) => (d?.id === current.id ? null : d)),
      (error: unknown) =>
        setDraft((d) => {
          if (d?.id !== current.id) return d;
          // The reader's text stays; a conflict shows the newer note, and saving again replaces it.
          if (error instanceof NoteConflict)
            return { ...d, saving: false, error: null, record: error.newer, conflict: error.newer.note };
          return { ...d, saving: false, conflict: null, error: errorMessage(t, error) };
        }),
    );
  };

  const actions: ItemActions = {
    onOpen: props.onOpen,
    onDelete: props.onDelete,
    onEditNote: (record) =>
      setDraft(
        record
          ? { id: record.id, record, text: record.note, error: null, conflict: null, saving: false }
          : null,
      ),
    onDraft: (text) => setDraft((d) => d && { ...d, text }),
    onSaveNote: saveNote,
    onFilterEntity: (entity) => onQuery({ entity }),
    onFilterTag: (tag) => onQuery({ tag }),
    onSetTags: props.onSetTags ?? (() => {}),
    onCopyLink: props.onCopyLink ?? (() => {}),
  };

  const renderRow = (row: Row) =>
    row.kind === "group" ? (
      <GroupHeader t={t} lang={lang} group={row.group} lookup={lookup} {...actions} />
    ) : (
      <ItemRow
        t={t}
        lang={lang}
        item={row.item}
        lookup={lookup}
        showPage={groupBy === "entity"}
        draft={draft?.id === row.item.record.id ? draft : null}
        {...actions}
      />
    );

  const body = listState({
    loadError: props.loadError,
    loaded,
    total,
    shown,
    texts: {
      loadError: (error) => t("reviewLoadError", error),
      loading: t("reviewLoading"),
      empty: t("reviewEmpty"),
      emptyHint: t("reviewEmptyHint"),
      noMatch: t("reviewNoMatch"),
    },
    noMatchAction: (
      <button type="button" class="link" onClick={() => onQuery(EMPTY_QUERY)}>
        {t("reviewClearFilters")}
      </button>
    ),
  }) ?? <VirtualList rows={layout.rows} renderRow={renderRow} />;

  return (
    <main class="review" data-ready={loaded ? "true" : "false"}>
      <header class="masthead">
        <img src="icons/32.png" alt="" width={24} height={24} />
        <h1>{t("reviewHeading")}</h1>
      </header>
      {props.tabs}
      <Toolbar
        t={t}
        lang={props.lang}
        query={query}
        sort={sort}
        groupBy={groupBy}
        sites={options.sites}
        entities={options.entities}
        tags={options.tags}
        colours={options.colours}
        lookup={lookup}
        shown={shown}
        total={total}
        disabled={!loaded || pending !== null}
        onQuery={onQuery}
        onClear={() => onQuery(EMPTY_QUERY)}
        onSort={setSort}
        onGroupBy={setGroupBy}
        onExport={(format, options) =>
          props.onExport(
            format,
            filtered.map((i) => i.record),
            options,
          )
        }
        onImport={props.onImport}
      />
      {props.backup}
      <TagPanel
        t={t}
        tags={options.tags}
        colours={props.tagColours ?? {}}
        active={query.tag}
        onFilter={(tag) => onQuery({ tag })}
        onRename={props.onRenameTag ?? (() => {})}
        onDelete={props.onDeleteTag ?? (() => {})}
        onColour={props.onTagColour ?? (() => {})}
      />
      <datalist id={TAG_LIST_ID}>
        {options.tags.map((f) => (
          <option key={f.value} value={f.value} />
        ))}
      </datalist>
      {props.notice ? (
        <p class={`notice ${props.notice.kind}`} role={props.notice.kind === "error" ? "alert" : "status"}>
          {props.notice.text}
          {props.notice.action ? (
            <>
              {" "}
              <button type="button" class="link notice-action" onClick={props.notice.action.run}>
                {props.notice.action.label}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <div class="list">{body}</div>
      <ToastBar t={t} toast={toast} onUndo={props.onUndo} onDismiss={props.onDismissToast} />
    </main>
  );
}
