// The "My entries" tab's connection to storage: loads the entries and follows changes from other tabs,
// adds and edits through EntryForm, deletes with undo, exports and imports. EntriesForm gets it all as props.

import { useEffect, useMemo, useState } from "preact/hooks";
import { type Entry, newEntry, validateEntryFields, withChanges } from "../core/entries";
import { errorMessage } from "../core/errors";
import { toCollection } from "../core/highlights/exchange";
import type { Settings } from "../core/settings";
import { deleteEntries, onEntriesChanged, putEntry, readEntries, restoreEntry } from "../platform/entries";
import { loadAllAnnotations } from "../platform/highlights";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { useLanguage } from "../ui/use-language";
import { download } from "./download";
import { EntriesForm, type EntryEditor } from "./EntriesForm";
import { EMPTY_VALUES, fieldsOf, parseRequest, valuesOf, withoutAddRequest } from "./entries-model";
import type { Notice } from "./model";
import { runImport } from "./run-import";
import { TabBar } from "./TabBar";
import { useUndoToast } from "./use-undo-toast";

const message = errorMessage;

export function EntriesContainer({ search }: { search: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [entries, setEntries] = useState<Map<string, Entry> | null>(null);
  const [broken, setBroken] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editor, setEditor] = useState<EntryEditor | null>(() => {
    const { add } = parseRequest(search);
    return add && { mode: "add", id: null, values: add, errors: {}, busy: false, submitError: null };
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const undo = useUndoToast<Entry>();
  const { lang, t } = useLanguage(settings, "entriesTitle");
  const list = useMemo(() => entries && [...entries.values()], [entries]);

  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s));
    const stopSettings = onSettingsChanged(setSettings);
    // Changes that arrive while loading are applied after it, in order.
    const pending: Array<Parameters<Parameters<typeof onEntriesChanged>[0]>[0]> = [];
    let loaded = false;
    const apply = (changes: (typeof pending)[number]) =>
      setEntries((current) => {
        const next = new Map(current);
        for (const { id, entry } of changes) entry ? next.set(id, entry) : next.delete(id);
        return next;
      });
    const stopEntries = onEntriesChanged((changes) => (loaded ? apply(changes) : pending.push(changes)));
    readEntries()
      .then((result) => {
        if (!live) return;
        setEntries(new Map(result.entries.map((e) => [e.id, e])));
        setBroken(result.broken.length);
        loaded = true;
        for (const changes of pending.splice(0)) apply(changes);
      })
      .catch((error) => live && setLoadError(message(error)));
    return () => {
      live = false;
      stopSettings();
      stopEntries();
    };
  }, []);

  const closeEditor = () => {
    setEditor(null);
    history.replaceState(null, "", withoutAddRequest(location.href));
  };
  const put = (entry: Entry) => setEntries((current) => new Map(current).set(entry.id, entry));

  const onSubmit = async () => {
    if (!editor || editor.busy) return;
    const fields = fieldsOf(editor.values);
    const errors = validateEntryFields(fields);
    if (Object.keys(errors).length) {
      setEditor({ ...editor, errors, submitError: null });
      return;
    }
    const existing = editor.id ? entries?.get(editor.id) : undefined;
    const entry = existing ? withChanges(existing, fields) : newEntry(fields);
    setEditor({ ...editor, errors: {}, busy: true, submitError: null });
    try {
      await putEntry(entry);
      put(entry);
      closeEditor();
      setNotice({ kind: "info", text: t(existing ? "entriesSaved" : "entriesAdded", entry.name) });
    } catch (error) {
      setEditor((e) => e && { ...e, busy: false, submitError: t("reviewFailed", message(error)) });
    }
  };

  const onDelete = async (entry: Entry) => {
    setNotice(null);
    try {
      await deleteEntries([entry.id]);
      setEntries((current) => {
        const next = new Map(current);
        next.delete(entry.id);
        return next;
      });
      if (editor?.id === entry.id) closeEditor();
      undo.offer(entry, t("entriesDeleted", entry.name));
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  const onUndo = () =>
    undo.undo(
      async (entry) => {
        // Never over an entry written again since the delete: that newer one stays, and the notice says so.
        if (await restoreEntry(entry)) {
          put(entry);
          return true;
        }
        setNotice({ kind: "error", text: t("entriesUndoNewer") });
        return false;
      },
      t("entriesRestored"),
      (error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) }),
    );

  const onExport = () => {
    const stamp = new Date().toISOString();
    const all = [...(entries?.values() ?? [])];
    const text = JSON.stringify(toCollection([], stamp, all), null, 2);
    download(text, "application/ld+json", `randnotiz-entries-${stamp.slice(0, 10)}.jsonld`);
  };

  const onImport = async (file: File) => {
    if (importing) return;
    setImporting(true);
    await runImport(
      file,
      async () => ({
        highlights: new Set((await loadAllAnnotations()).map(({ key }) => key)),
        entries: new Set(entries?.keys()),
      }),
      t,
      setNotice,
      ({ highlights, entries: added, skipped }) =>
        t("entriesImported", String(added), String(highlights), String(skipped)),
    );
    setImporting(false);
  };

  return (
    <EntriesForm
      t={t}
      lang={lang}
      tabs={<TabBar t={t} active="entries" />}
      entries={list}
      loadError={loadError}
      broken={broken}
      editor={editor}
      notice={notice}
      toast={undo.toast}
      onNew={() =>
        setEditor({ mode: "add", id: null, values: EMPTY_VALUES, errors: {}, busy: false, submitError: null })
      }
      onEdit={(entry) =>
        setEditor({
          mode: "edit",
          id: entry.id,
          values: valuesOf(entry),
          errors: {},
          busy: false,
          submitError: null,
        })
      }
      onDelete={(entry) => void onDelete(entry)}
      onEditorChange={(values) =>
        // Once errors are shown they follow the typing, so a fixed field clears at once.
        setEditor(
          (e) =>
            e && {
              ...e,
              values,
              errors: Object.keys(e.errors ?? {}).length ? validateEntryFields(fieldsOf(values)) : {},
            },
        )
      }
      onSubmit={() => void onSubmit()}
      onCancel={closeEditor}
      onExport={onExport}
      onImport={(file) => void onImport(file)}
      onUndo={() => void onUndo()}
      onDismissToast={undo.dismiss}
    />
  );
}
