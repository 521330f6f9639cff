// The review page's keeping actions (docs/keeping.md): a highlight's tags, "Copy link", and renaming or
// deleting a tag across every highlight with undo (the stored annotations as they were are kept for it),
// and tags' default colours.
import { useEffect, useState } from "preact/hooks";
import { errorMessage } from "../core/errors";
import { passageLink } from "../core/highlights/fragment";
import { renameTag, tagKey, withColour, withTags } from "../core/highlights/keeping";
import { toRecord } from "../core/highlights/model";
import type { Colour, HighlightRecord, WebAnnotation } from "../core/highlights/types";
import { putHighlights } from "../platform/highlights";
import { loadTagColours, onTagColoursChanged, setTagColour, type TagColours } from "../platform/tags";
import type { Translate } from "../ui/i18n";
import type { Notice } from "./model";
import type { HighlightStore } from "./store";
import { useUndoToast } from "./use-undo-toast";

interface Deps {
  store: HighlightStore;
  setItems: (items: HighlightStore["items"]) => void;
  setNotice: (notice: Notice | null) => void;
  t: Translate;
  annotationsFor: (records: readonly HighlightRecord[]) => Promise<WebAnnotation[]>;
}

export function useKeeping({ store, setItems, setNotice, t, annotationsFor }: Deps) {
  const [tagColours, setTagColours] = useState<TagColours>({});
  const undo = useUndoToast<WebAnnotation[]>();
  useEffect(() => {
    let live = true;
    loadTagColours().then(
      (c) => live && setTagColours(c),
      () => {},
    );
    const stop = onTagColoursChanged(setTagColours);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const fail = (error: unknown) => setNotice({ kind: "error", text: t("reviewFailed", errorMessage(error)) });

  /** Writes edited annotations and shows them at once (storage's echo changes nothing more). */
  const write = async (annotations: WebAnnotation[]) => {
    await putHighlights(annotations);
    const byId = new Map(store.items.map((i) => [i.record.id, i.record]));
    for (const a of annotations) {
      const old = byId.get(a.id);
      if (old) store.putRecord(toRecord(old.key, a, old.state));
    }
    setItems(store.items);
  };

  /** Every highlight's annotation that carries `tag`, and its edited copy. */
  const acrossAll = async (tag: string, to: string) => {
    const key = tagKey(tag);
    const records = store.items.map((i) => i.record).filter((r) => r.tags.some((x) => tagKey(x) === key));
    const before = await annotationsFor(records);
    const now = new Date().toISOString();
    const after = before.flatMap((a) => renameTag(a, tag, to, now) ?? []);
    return { before, after };
  };

  return {
    tagColours,
    toast: undo.toast,
    dismiss: undo.dismiss,
    onUndo: () =>
      undo.undo(
        (before) => write(before),
        t("reviewRestored"),
        (error) => fail(error),
      ),
    onSetTags: (record: HighlightRecord, tags: string[]) => {
      void (async () => {
        const [annotation] = await annotationsFor([record]);
        if (!annotation) throw new Error(record.id);
        const now = new Date().toISOString();
        let next = withTags(annotation, tags, now);
        // A highlight still yellow by default takes the default colour of a tag added to it.
        const known = new Set(record.tags.map(tagKey));
        const colour = tags.filter((tag) => !known.has(tagKey(tag))).map((tag) => tagColours[tagKey(tag)])[0];
        if (colour && annotation.target.styleClass === undefined) next = withColour(next, colour, now);
        await write([next]);
      })().catch(fail);
    },
    onCopyLink: (record: HighlightRecord) => {
      navigator.clipboard.writeText(passageLink(record.source, record)).then(
        () => setNotice({ kind: "info", text: t("reviewLinkCopied") }),
        (error) => fail(error),
      );
    },
    onRenameTag: (from: string, to: string) => {
      void (async () => {
        const { before, after } = await acrossAll(from, to);
        await write(after);
        undo.offer(before, t("reviewTagRenamed", from, to, String(after.length)));
      })().catch(fail);
    },
    onDeleteTag: (tag: string) => {
      void (async () => {
        const { before, after } = await acrossAll(tag, "");
        await write(after);
        undo.offer(before, t("reviewTagDeleted", tag, String(after.length)));
      })().catch(fail);
    },
    onTagColour: (tag: string, colour: Colour | null) => {
      setTagColour(tag, colour).catch(fail);
    },
  };
}
