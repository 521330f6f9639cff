// The review page's connection to the extension: loads every highlight and follows storage changes,
// deletes with undo, saves notes, exports and imports, and asks the background to open a highlight.
// Everything it knows reaches ReviewForm as props.

import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { errorMessage } from "../core/errors";
import { assertWritable } from "../core/highlights/limits";
import { asCopy, toRecord, withNote } from "../core/highlights/model";
import type { HighlightRecord } from "../core/highlights/types";
import type { Settings } from "../core/settings";
import { exported } from "../core/settings/backup";
import { loadEntries } from "../platform/entries";
import {
  deleteHighlights,
  type HighlightChanges,
  type LoadedLibrary,
  loadAnnotations,
  putHighlights,
  type RestoreOutcome,
  restoreHighlights,
  type StoredHighlight,
  saveHighlight,
} from "../platform/highlights";
import { sendToBackground } from "../platform/messages";
import { loadSettings, onSettingsChanged, updateSettings } from "../platform/storage";
import { searchNames } from "../ui/entity-info";
import { useLanguage } from "../ui/use-language";
import { BackupSlot } from "./BackupSlot";
import { annotationsFor, exportFile } from "./export-file";
import { markRendered, RECORDS_MARK, rendered, startQuery, takeLoading } from "./loading";
import { type ExportFormat, type ExportOptions, NoteConflict, type Notice } from "./model";
import { ReviewForm } from "./ReviewForm";
import { runImport } from "./run-import";
import { HighlightStore } from "./store";
import { TabBar } from "./TabBar";
import { useKeeping } from "./use-keeping";
import { useUndoToast } from "./use-undo-toast";

export const READY_MARK = "randnotiz:review-ready";
const message = errorMessage;

/** Runs `job` holding the Web Lock named after `key` (shared by this extension's pages), where there is one. */
function withLock<T>(key: string, job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? (locks.request(`randnotiz:${key}`, job) as Promise<T>) : job();
}

/** Above this many hits, a search while the library fills in reads only the hits of its first screen. */
const READ_HITS = 2000;

let marked = false;

/** Keeps a search parameter of the address in step with the view, so a reload shows the same list. */
function setParam(name: string, value: string): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(null, "", url);
}

export function ReviewContainer({ search }: { search: string }) {
  const store = useMemo(() => new HighlightStore(searchNames), []);
  const [items, setItems] = useState<HighlightStore["items"] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  /** The snapshot while its records are still being read; null once the store holds all of them. */
  const [pending, setPending] = useState<LoadedLibrary | null>(null);
  /** The number of highlights while only the head's first screen is in hand (before the index). */
  const [headTotal, setHeadTotal] = useState<number | null>(null);
  const held = useRef<HighlightChanges | null>(null);
  const undo = useUndoToast<{
    deleted: StoredHighlight[];
    removed: ReturnType<HighlightStore["remove"]>;
  }>();

  const { lang, t, lookup } = useLanguage(settings, "reviewTitle");
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const initialText = params.get("q") ?? "";
  const keeping = useKeeping({ store, setItems, setNotice, t, annotationsFor });

  useEffect(() => {
    let live = true;
    const loading = takeLoading();
    const settingsLoaded = loadSettings().then((s) => live && setSettings(s));
    const stopSettings = onSettingsChanged(setSettings);
    const follow = () =>
      loading.follow((changes) => {
        // While an import writes, its changes wait and land in the list at once when it ends: one
        // re-render instead of one per chunk, which would slow the import itself (docs/integrity.md).
        if (held.current) {
          held.current.push(...changes);
          return;
        }
        store.apply(changes, toRecord);
        setItems(store.items);
      });
    Promise.all([loading.head, settingsLoaded])
      .then(async ([head]) => {
        if (!live) return;
        if (head) {
          // The first screen from the head; the index follows once it shows (docs/review-scale.md).
          store.load([]);
          store.add(head.entries);
          follow();
          setHeadTotal(head.total);
          setItems(store.items);
          await rendered;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        const loaded = await loading.library();
        if (!live) return;
        if (Array.isArray(loaded)) {
          // Changes followed since the head showed win over the scan (HighlightStore.add).
          if (head) store.add(loaded.map((record) => ({ record, haystack: null })));
          else {
            store.load(loaded);
            follow();
          }
          performance.mark(RECORDS_MARK);
          setHeadTotal(null);
          setItems(store.items);
          store.warm();
          return;
        }
        // The first screen's records only; the rest follows once it shows (docs/review-scale.md).
        const { library } = loaded;
        if (!head) {
          store.load([]);
          store.add(await loaded.records(library.firstScreen(library.search(initialText))));
          if (!live) return;
          follow();
        }
        setPending(loaded);
        setHeadTotal(null);
        setItems(store.items);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await loaded.all((entries) => live && store.add(entries));
        if (!live) return;
        performance.mark(RECORDS_MARK);
        setPending(null);
        setItems(store.items);
      })
      .catch((error) => live && setLoadError(message(error)));
    return () => {
      live = false;
      loading.stop();
      stopSettings();
      store.destroy();
    };
  }, [store]);

  const onRendered = useCallback(() => {
    if (marked) return;
    marked = true;
    performance.mark(READY_MARK);
    markRendered();
  }, []);

  const onDelete = async (records: HighlightRecord[]) => {
    const keys = records.map((r) => r.key);
    setNotice(null);
    try {
      const deleted = await loadAnnotations(keys);
      await deleteHighlights(keys);
      const removed = store.remove(keys);
      setItems(store.items);
      const n = records.length;
      undo.offer({ deleted, removed }, n === 1 ? t("reviewDeletedOne") : t("reviewDeletedMany", String(n)));
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  /** After "keep both": the deleted versions come back as highlights of their own, beside the newer ones. */
  const keepBoth = async (newer: RestoreOutcome["newer"]) => {
    const now = new Date().toISOString();
    try {
      await putHighlights(newer.map(({ deleted }) => asCopy(deleted.annotation, crypto.randomUUID(), now)));
      setNotice({ kind: "info", text: t("reviewUndoKeptBoth") });
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  /**
   * Undo of a delete puts back only what nobody wrote again since (docs/integrity.md, concurrent edits):
   * a highlight changed meanwhile in another tab, by an import or on another device stays as it is now,
   * the notice says so and offers to keep the deleted version as well.
   */
  const onUndo = () =>
    undo.undo(
      async (last) => {
        const { restored, newer } = await restoreHighlights(last.deleted);
        // Back with the anchoring state they had; the change events that follow keep it.
        const back = new Set(restored.map((r) => r.key));
        store.put(last.removed.filter((r) => back.has(r.record.key)));
        setItems(store.items);
        if (!newer.length) return true;
        const text =
          last.deleted.length === 1
            ? t("reviewUndoNewerOne")
            : t("reviewUndoNewerMany", String(restored.length), String(newer.length));
        setNotice({
          kind: "error",
          text,
          action: { label: t("reviewUndoKeepBoth"), run: () => void keepBoth(newer) },
        });
        return false;
      },
      t("reviewRestored"),
      (error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) }),
    );

  /**
   * Saves a note only if the highlight is still what the editor started from (its `modified` and note);
   * otherwise throws NoteConflict with the newer version. Under a Web Lock, so two review tabs cannot both
   * pass the check and then overwrite each other.
   */
  const onSaveNote = (record: HighlightRecord, note: string) =>
    withLock(record.key, async () => {
      const [annotation] = await annotationsFor([record]);
      if (!annotation) throw new Error(t("reviewNoteGone"));
      const stored = toRecord(record.key, annotation, record.state);
      if (stored.modified !== record.modified || stored.note !== record.note) throw new NoteConflict(stored);
      const next = withNote(annotation, note, new Date().toISOString());
      assertWritable(next);
      await saveHighlight(next, record.key);
      store.putRecord(toRecord(record.key, next, record.state));
      setItems(store.items);
    });

  const onExport = async (format: ExportFormat, records: HighlightRecord[], options: ExportOptions) => {
    const stamp = new Date().toISOString();
    try {
      const count = await exportFile(format, records, { ...options, lang, lookup, stamp });
      // Only a file with every highlight counts as a backup (docs/backup.md).
      if (count !== null && !pending && headTotal === null && count === store.size)
        await updateSettings((s) => ({ ...s, backup: exported(s.backup, stamp) }));
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  const onImport = async (file: File) => {
    if (importing) return;
    setImporting(true);
    held.current = [];
    await runImport(
      file,
      async () => ({ highlights: store.ids(), entries: new Set((await loadEntries()).map((e) => e.id)) }),
      t,
      setNotice,
      ({ highlights, entries, skipped }) =>
        entries
          ? t("entriesImported", String(entries), String(highlights), String(skipped))
          : t("reviewImported", String(highlights), String(skipped)),
    );
    // Change events that arrive after this are applied as they come.
    const changes = held.current;
    held.current = null;
    if (changes.length) {
      store.apply(changes, toRecord);
      setItems(store.items);
    }
    setImporting(false);
  };

  const onOpen = (record: HighlightRecord) => {
    sendToBackground({ type: "randnotiz:open-highlight", source: record.source, id: record.id }).catch(
      (error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) }),
    );
  };

  // While the library fills in, a search reads the records it finds at once, so it covers every highlight.
  const pendingView = useMemo(() => {
    // Only the head's first screen so far: the count is known, a search waits for the index.
    if (!pending)
      return headTotal === null ? null : { total: headTotal, count: () => headTotal, read: () => {} };
    const { library } = pending;
    let last: { text: string; hits: number[] | null } = { text: "", hits: null };
    const hitsOf = (text: string) => {
      if (last.text !== text) last = { text, hits: library.search(text) };
      return last.hits;
    };
    return {
      total: library.size,
      count: (text: string) => hitsOf(text)?.length ?? library.size,
      read: (text: string) => {
        const hits = hitsOf(text);
        if (!hits) return;
        const wanted = (hits.length > READ_HITS ? library.firstScreen(hits) : hits).filter(
          (i) => !store.get(library.key(i)),
        );
        if (!wanted.length) return;
        pending.records(wanted).then(
          (entries) => {
            store.add(entries);
            setItems(store.items);
          },
          (error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) }),
        );
      },
    };
  }, [pending, headTotal, store, t]);

  // A search typed while only the head was in hand reads its hits once the index is.
  useEffect(() => {
    const text = startQuery();
    if (pending && text) pendingView?.read(text);
  }, [pending, pendingView]);

  const total = pending ? pending.library.size : (headTotal ?? items?.length ?? 0);

  const onSearchText = useCallback(
    (text: string) => {
      pendingView?.read(text);
      setParam("q", text);
    },
    [pendingView],
  );

  return (
    <ReviewForm
      t={t}
      tabs={<TabBar t={t} active="highlights" />}
      lang={lang}
      lookup={lookup}
      items={items}
      loadError={loadError}
      initialText={initialText}
      initialTag={params.get("tag")}
      initialEntity={params.get("name")}
      tagColours={keeping.tagColours}
      onTagFilter={(tag) => setParam("tag", tag ?? "")}
      onSetTags={keeping.onSetTags}
      onCopyLink={keeping.onCopyLink}
      onRenameTag={keeping.onRenameTag}
      onDeleteTag={keeping.onDeleteTag}
      onTagColour={keeping.onTagColour}
      notice={notice}
      toast={keeping.toast ?? undo.toast}
      onOpen={onOpen}
      onDelete={(records) => void onDelete(records)}
      onSaveNote={onSaveNote}
      onExport={(format, records, options) => void onExport(format, records, options)}
      onImport={(file) => void onImport(file)}
      onUndo={() => void (keeping.toast ? keeping.onUndo() : onUndo())}
      onDismissToast={keeping.toast ? keeping.dismiss : undo.dismiss}
      onSearchText={onSearchText}
      onRendered={onRendered}
      pending={pendingView}
      backup={
        <BackupSlot
          t={t}
          backup={settings?.backup}
          total={total}
          disabled={pending !== null || headTotal !== null || importing}
          onExportAll={() =>
            void onExport(
              "json",
              store.items.map((i) => i.record),
              { wikilinks: false },
            )
          }
          onError={(error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) })}
        />
      }
    />
  );
}
