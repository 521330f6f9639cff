// What one tooltip shows for a target: the entity's facts, the reader's saved highlight around it, and the
// name it is nested in. Pure reading of the annotator and the saved highlights; the TooltipController shows it.
import { errorMessage } from "../../core/errors";
import { formatDate, type Lang, type Translate } from "../../ui/i18n";
import type { Annotator } from "../annotator";
import { entity as lookup } from "../entities";
import type { EntityViews } from "../entity-views";
import type { KeepingLookups } from "../keeping";
import type { SavedHighlights } from "../saved";
import { shadowOf } from "../shadow";
import { isSaved, liveRange, type Target } from "../targets";
import type { TooltipContent } from "./types";

/** What the last action left to say: the note field wants focus, or an error. */
export interface Extra {
  editing?: boolean;
  error?: string;
  deleted?: boolean;
  noteSaved?: boolean;
  /** The link just copied. */
  copied?: string;
}

interface Sources {
  annotator: Pick<Annotator, "outerOf">;
  saved: Pick<SavedHighlights, "containing" | "info">;
  views: Pick<EntityViews, "get">;
  keeping: Pick<KeepingLookups, "suggestions" | "about">;
  lang: Lang;
  t: Translate;
}

/** Facts about the entity, and the reader's saved highlight at this place, if any. */
export function contentFor(
  mark: Target | null,
  extra: Extra,
  { annotator, saved, views, keeping, lang, t }: Sources,
): TooltipContent {
  const savedMark = !mark ? undefined : isSaved(mark) ? mark : saved.containing(liveRange(mark));
  const info = savedMark ? saved.info(savedMark.id) : null;
  const entityId = mark && !isSaved(mark) ? mark.entity : info?.entities[0];
  const outer = mark && !isSaved(mark) ? annotator.outerOf(mark) : undefined;
  return {
    entity: (entityId && views.get(entityId, t)) || null,
    saved: info && {
      id: info.id,
      note: info.note,
      date: t("tooltipSavedOn", formatDate(info.created.slice(0, 10), lang)),
      about: info.entities.flatMap((id) => lookup(id)?.label[lang] ?? []),
      colour: info.colour,
      tags: info.tags,
    },
    canSave: mark !== null && !isSaved(mark) && !info && !extra.deleted,
    editing: extra.editing ?? false,
    deleted: (extra.deleted ?? false) && !info,
    noteSaved: (extra.noteSaved ?? false) && info !== null,
    error: extra.error ?? null,
    partOf: (outer && lookup(outer.entity)?.label[lang]) ?? null,
    tagSuggestions: info ? keeping.suggestions() : [],
    copied: extra.copied ?? null,
    aboutName: entityId ? keeping.about(entityId) : null,
  };
}

/** The same target: saved marks are made afresh on every anchoring, so they compare by id. */
export function same(a: Target | null, b: Target | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && isSaved(a) && isSaved(b) && a.id === b.id;
}

export function errorText(error: unknown): string {
  return errorMessage(error);
}

/**
 * Brings the mark to the middle of the viewport by scrolling, never by changing the DOM. The element
 * scroll handles nested scroll containers; a paragraph taller than the viewport then needs a finer step.
 */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  // Text at the top of a shadow root has no parent element: its host scrolls instead.
  const element =
    node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? shadowOf(node)?.host);
  element?.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    window.scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior: "instant" });
  }
}
