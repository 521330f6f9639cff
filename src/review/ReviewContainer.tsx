// The review page's connection to the extension: loads every highlight and follows storage changes,
// deletes with undo, saves notes, exports and imports, and asks the background to open a highlight.
// Everything it knows reaches ReviewForm as props.
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { parseImport, toCollection, toCsv, toMarkdown } from "../core/highlights/exchange";
import { toRecord, withNote } from "../core/highlights/model";
import type { HighlightRecord, WebAnnotation } from "../core/highlights/types";
import type { Settings } from "../core/settings";
import { browser } from "../platform/browser";
import {
  deleteHighlights,
  loadAllAnnotations,
  loadPageHighlights,
  loadRecords,
  onHighlightsChanged,
  putHighlights,
  saveHighlight,
} from "../platform/highlights";
import { sendToBackground } from "../platform/messages";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { entityInfo } from "../ui/entity-info";
import { resolveLang, translator } from "../ui/i18n";
import type { ExportFormat, Notice, Toast } from "./model";
import { ReviewForm } from "./ReviewForm";
import { download, HighlightStore } from "./store";

export const READY_MARK = "randnotiz:review-ready";
const UNDO_MS = 8000;

const labelDe = entityInfo("de");
const labelEn = entityInfo("en");
/** Search finds an entity by its German or English label, whatever the page's language. */
const names = (id: string): string[] => {
  const de = labelDe(id)?.label;
  const en = labelEn(id)?.label;
  return [de, en].filter((x): x is string => !!x);
};

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The stored annotations behind some records, for undo, note edits and the JSON export. Each page's index
 * is read first (a few keys instead of every one); a record the index does not list yet (the background
 * updates it just after a write) falls back to a full scan.
 */
async function annotationsFor(records: readonly HighlightRecord[]): Promise<WebAnnotation[]> {
  const wanted = new Set(records.map((r) => r.key));
  const sources = [...new Set(records.map((r) => r.source))];
  const found = new Map<string, WebAnnotation>();
  if (sources.length <= 20) {
    for (const list of await Promise.all(sources.map(loadPageHighlights)))
      for (const { key, annotation } of list) if (wanted.has(key)) found.set(key, annotation);
  }
  if (found.size < wanted.size)
    for (const { key, annotation } of await loadAllAnnotations())
      if (wanted.has(key)) found.set(key, annotation);
  return records.flatMap((r) => found.get(r.key) ?? []);
}

let marked = false;

export function ReviewContainer({ search }: { search: string }) {
  const store = useMemo(() => new HighlightStore(names), []);
  const [items, setItems] = useState<HighlightStore["items"] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const undo = useRef<{ annotations: WebAnnotation[]; removed: ReturnType<HighlightStore["remove"]> } | null>(
    null,
  );
  const toastTimer = useRef(0);

  const lang = resolveLang(settings?.language ?? "auto", browser.i18n.getUILanguage());
  const t = useMemo(() => translator(lang), [lang]);
  const lookup = useMemo(() => entityInfo(lang), [lang]);
  const initialText = useMemo(() => new URLSearchParams(search).get("q") ?? "", [search]);

  useEffect(() => {
    let live = true;
    // Changes that arrive while the first load is under way are applied after it, in order.
    let pending: Parameters<Parameters<typeof onHighlightsChanged>[0]>[0][] | null = [];
    const stop = onHighlightsChanged((changes) => {
      if (pending) pending.push(changes);
      else {
        store.apply(changes, toRecord);
        setItems(store.items);
      }
    });
    const settingsLoaded = loadSettings().then((s) => live && setSettings(s));
    const stopSettings = onSettingsChanged(setSettings);
    Promise.all([loadRecords(), settingsLoaded])
      .then(([records]) => {
        if (!live) return;
        store.load(records);
        for (const changes of pending ?? []) store.apply(changes, toRecord);
        pending = null;
        setItems(store.items);
        store.warm();
      })
      .catch((error) => live && setLoadError(message(error)));
    return () => {
      live = false;
      stop();
      stopSettings();
      store.destroy();
      clearTimeout(toastTimer.current);
    };
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("reviewTitle");
  }, [lang, t]);

  const onRendered = useCallback(() => {
    if (marked) return;
    marked = true;
    performance.mark(READY_MARK);
  }, []);

  const showToast = (next: Omit<Toast, "id">, ms = UNDO_MS) => {
    clearTimeout(toastTimer.current);
    setToast({ ...next, id: Date.now() });
    toastTimer.current = window.setTimeout(() => {
      undo.current = null;
      setToast(null);
    }, ms);
  };

  const onDelete = async (records: HighlightRecord[]) => {
    const keys = records.map((r) => r.key);
    setNotice(null);
    try {
      const annotations = await annotationsFor(records);
      await deleteHighlights(keys);
      undo.current = { annotations, removed: store.remove(keys) };
      setItems(store.items);
      const n = records.length;
      showToast({ text: n === 1 ? t("reviewDeletedOne") : t("reviewDeletedMany", String(n)), undo: true });
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  const onUndo = async () => {
    const last = undo.current;
    undo.current = null;
    if (!last) return;
    try {
      await putHighlights(last.annotations);
      // Back with the anchoring state they had; the change events that follow keep it.
      store.put(last.removed);
      setItems(store.items);
      showToast({ text: t("reviewRestored"), undo: false }, 3000);
    } catch (error) {
      setToast(null);
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  const onSaveNote = async (record: HighlightRecord, note: string) => {
    const [annotation] = await annotationsFor([record]);
    if (!annotation) throw new Error(record.id);
    const next = withNote(annotation, note, new Date().toISOString());
    await saveHighlight(next);
    store.putRecord(toRecord(record.key, next, record.state));
    setItems(store.items);
  };

  const onExport = async (format: ExportFormat, records: HighlightRecord[]) => {
    const stamp = new Date().toISOString();
    const name = `randnotiz-highlights-${stamp.slice(0, 10)}`;
    try {
      if (format === "json") {
        const annotations = await annotationsFor(records);
        const text = JSON.stringify(toCollection(annotations, stamp), null, 2);
        download(text, "application/ld+json", `${name}.jsonld`);
      } else if (format === "markdown") download(toMarkdown(records, lang), "text/markdown", `${name}.md`);
      else download(toCsv(records), "text/csv", `${name}.csv`);
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewFailed", message(error)) });
    }
  };

  const onImport = async (file: File) => {
    setNotice(null);
    try {
      const result = parseImport(await file.text(), store.ids());
      if (!result.ok) {
        setNotice({ kind: "error", text: t("reviewImportRefused", result.error) });
        return;
      }
      await putHighlights(result.annotations);
      const added = result.annotations.length;
      setNotice({ kind: "info", text: t("reviewImported", String(added), String(result.duplicates)) });
    } catch (error) {
      setNotice({ kind: "error", text: t("reviewImportRefused", message(error)) });
    }
  };

  const onOpen = (record: HighlightRecord) => {
    sendToBackground({ type: "randnotiz:open-highlight", source: record.source, id: record.id }).catch(
      (error) => setNotice({ kind: "error", text: t("reviewFailed", message(error)) }),
    );
  };

  const onSearchText = useCallback((text: string) => {
    const url = new URL(location.href);
    if (text) url.searchParams.set("q", text);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  }, []);

  return (
    <ReviewForm
      t={t}
      lang={lang}
      lookup={lookup}
      items={items}
      loadError={loadError}
      initialText={initialText}
      notice={notice}
      toast={toast}
      onOpen={onOpen}
      onDelete={(records) => void onDelete(records)}
      onSaveNote={onSaveNote}
      onExport={(format, records) => void onExport(format, records)}
      onImport={(file) => void onImport(file)}
      onUndo={() => void onUndo()}
      onDismissToast={() => {
        clearTimeout(toastTimer.current);
        undo.current = null;
        setToast(null);
      }}
      onSearchText={onSearchText}
      onRendered={onRendered}
    />
  );
}
