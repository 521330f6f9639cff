// The part of the tooltip about the reader's own highlight: "Save" on a plain mark; on a saved one its
// date, an editable note and a delete button; after a delete, Undo. Key presses stay inside, so the page's shortcuts never fire
// while the reader types a note.
import { useEffect, useState } from "preact/hooks";
import type { Translate } from "../../ui/i18n";
import { ColourPicker, CopyLink, TagEditor } from "./KeepingControls";
import type { TooltipActions, TooltipContent } from "./types";

interface Props {
  content: TooltipContent;
  actions: TooltipActions;
  t: Translate;
}

export function SavedSection({ content, actions, t }: Props) {
  const { saved } = content;
  return (
    <>
      {content.error && (
        <p class="error" role="alert">
          {content.error}
        </p>
      )}
      {content.deleted && (
        // Where Save was: a click that lands here again undoes rather than destroys (docs/tooltip.md).
        <output class="deleted">
          <button type="button" class="undo" data-focus="" onClick={() => actions.undo()}>
            {t("tooltipUndo")}
          </button>
          {t("tooltipDeleted")}
        </output>
      )}
      {saved ? (
        <section class="saved" aria-label={t("tooltipSaved")}>
          <p class="meta">
            <span class="date">{saved.date}</span>
            {saved.about.length > 0 && ` · ${saved.about.join(", ")}`}
          </p>
          <ColourPicker saved={saved} actions={actions} t={t} />
          <TagEditor
            key={`tags-${saved.id}`}
            saved={saved}
            suggestions={content.tagSuggestions}
            actions={actions}
            t={t}
          />
          <NoteEditor
            key={saved.id}
            id={saved.id}
            note={saved.note}
            focus={content.editing}
            confirmed={content.noteSaved}
            actions={actions}
            t={t}
          />
          <CopyLink saved={saved} copied={content.copied} actions={actions} t={t} />
        </section>
      ) : (
        content.canSave && (
          <button type="button" class="save" onClick={() => actions.save()}>
            {t("tooltipSave")}
          </button>
        )
      )}
    </>
  );
}

function NoteEditor({
  id,
  note,
  focus,
  confirmed,
  actions,
  t,
}: {
  id: string;
  note: string;
  focus: boolean;
  confirmed: boolean;
  actions: TooltipActions;
  t: Translate;
}) {
  const [draft, setDraft] = useState(note);
  // What was last sent: Enter and the blur that follows must not save twice.
  const [kept, setKept] = useState(note);
  useEffect(() => {
    setDraft(note);
    setKept(note);
  }, [note]);
  const commit = () => {
    if (draft === kept) return;
    setKept(draft);
    actions.setNote(id, draft);
  };
  return (
    <div class="note">
      <textarea
        data-focus={focus ? "" : undefined}
        rows={2}
        aria-label={t("tooltipNote")}
        placeholder={t("tooltipNotePlaceholder")}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            commit();
          }
        }}
        onKeyUp={(e) => e.stopPropagation()}
        onKeyPress={(e) => e.stopPropagation()}
      />
      {/* Delete sits below the note, away from where Save was clicked: a second click never destroys. */}
      <div class="row">
        <button type="button" class="note-save" disabled={draft === kept} onClick={commit}>
          {t("tooltipNoteSave")}
        </button>
        <output class="confirm">{confirmed && draft === kept ? t("tooltipNoteSaved") : ""}</output>
        <button type="button" class="delete" onClick={() => actions.remove()}>
          {t("tooltipDelete")}
        </button>
      </div>
    </div>
  );
}
