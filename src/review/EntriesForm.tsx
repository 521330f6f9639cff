// The "My entries" tab from props alone (EntriesContainer.tsx supplies the data): search, the add/edit form,
// the list with edit and delete, and the empty state. Every string is rendered as text.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Entry } from "../core/entries";
import { EntryForm, type EntryFormProps, type EntryFormValues } from "../ui/EntryForm";
import type { Lang, Translate } from "../ui/i18n";
import { EntryRow } from "./EntryRow";
import { searchEntries } from "./entries-model";
import { ImportButton } from "./ImportButton";
import { listState } from "./ListState";
import type { Notice, Toast } from "./model";
import { ToastBar } from "./ToastBar";

/** More rows than this are not rendered at once: a search narrows a big import down. */
export const SHOWN_AT_MOST = 200;

export interface EntryEditor {
  mode: "add" | "edit";
  /** The entry being edited; null when adding. */
  id: string | null;
  values: EntryFormValues;
  errors: EntryFormProps["errors"];
  busy: boolean;
  submitError: string | null;
}

export interface EntriesFormProps {
  t: Translate;
  lang: Lang;
  /** The tab bar, rendered under the heading. */
  tabs?: ComponentChildren;
  /** Every valid entry; null while they load. */
  entries: readonly Entry[] | null;
  loadError: string | null;
  /** Stored entries that could not be read (left in storage). */
  broken: number;
  editor: EntryEditor | null;
  notice: Notice | null;
  toast: Toast | null;
  onNew: () => void;
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onEditorChange: (values: EntryFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onUndo: () => void;
  onDismissToast: () => void;
}

export function EntriesForm(props: EntriesFormProps) {
  const { t, lang, entries, editor, toast } = props;
  const [query, setQuery] = useState("");
  const editorRef = useRef<HTMLElement>(null);
  const found = useMemo(() => searchEntries(entries ?? [], query, lang), [entries, query, lang]);
  const loaded = entries !== null;

  // Opening the form (or switching it to another entry) moves focus to its first field.
  const editorKey = editor ? `${editor.mode}:${editor.id}` : "";
  useEffect(() => {
    if (!editorKey) return;
    editorRef.current?.scrollIntoView({ block: "nearest" });
    editorRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [editorKey]);

  const body: ComponentChildren = listState({
    loadError: props.loadError,
    loaded,
    total: entries?.length ?? 0,
    shown: found.length,
    texts: {
      loadError: (error) => t("entriesLoadError", error),
      loading: t("entriesLoading"),
      empty: t("entriesEmpty"),
      emptyHint: t("entriesEmptyHint"),
      noMatch: t("entriesNoMatch"),
    },
  }) ?? (
    <>
      <ul class="entries">
        {found.slice(0, SHOWN_AT_MOST).map((entry) => (
          <EntryRow
            key={entry.id}
            t={t}
            lang={lang}
            entry={entry}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
          />
        ))}
      </ul>
      {found.length > SHOWN_AT_MOST ? (
        <p class="entries-more">{t("entriesMore", String(SHOWN_AT_MOST))}</p>
      ) : null}
    </>
  );

  return (
    <main class="review entries-tab" data-ready={loaded ? "true" : "false"}>
      <header class="masthead">
        <img src="icons/32.png" alt="" width={24} height={24} />
        <h1>{t("reviewTabEntries")}</h1>
      </header>
      {props.tabs}
      <div class="toolbar">
        <div class="search-row">
          <label class="sr-only" for="entries-search">
            {t("entriesSearch")}
          </label>
          <input
            id="entries-search"
            type="search"
            autocomplete="off"
            spellcheck={false}
            placeholder={t("entriesSearchPlaceholder")}
            value={query}
            disabled={!loaded}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <output
            class="count"
            data-shown={found.length}
            data-total={entries?.length ?? 0}
            for="entries-search"
          >
            {t("entriesCount", String(found.length), String(entries?.length ?? 0))}
          </output>
        </div>
        <div class="transfer">
          <button type="button" class="primary entries-new" disabled={!loaded} onClick={props.onNew}>
            {t("entriesNew")}
          </button>
          <button type="button" class="entries-export" disabled={!entries?.length} onClick={props.onExport}>
            {t("entriesExport")}
          </button>
          <ImportButton
            class="entries-import"
            inputId="entries-import-file"
            label={t("entriesImport")}
            disabled={!loaded}
            onImport={props.onImport}
          />
        </div>
      </div>
      {props.notice ? (
        <p class={`notice ${props.notice.kind}`} role={props.notice.kind === "error" ? "alert" : "status"}>
          {props.notice.text}
        </p>
      ) : null}
      {props.broken > 0 ? <p class="notice error">{t("entriesBroken", String(props.broken))}</p> : null}
      {editor ? (
        <section class="entry-editor" ref={editorRef} aria-labelledby="entry-editor-heading">
          <h2 id="entry-editor-heading">
            {t(editor.mode === "add" ? "entriesAddHeading" : "entriesEditHeading")}
          </h2>
          <EntryForm
            t={t}
            values={editor.values}
            errors={editor.errors}
            mode={editor.mode}
            busy={editor.busy}
            submitError={editor.submitError}
            onChange={props.onEditorChange}
            onSubmit={props.onSubmit}
            onCancel={props.onCancel}
          />
        </section>
      ) : null}
      <div class="list">{body}</div>
      <ToastBar t={t} toast={toast} onUndo={props.onUndo} onDismiss={props.onDismissToast} />
    </main>
  );
}
