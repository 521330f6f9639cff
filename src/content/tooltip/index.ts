// The tooltip's behaviour: hover opens it after the reader's delay, keyboard steps and the popup's
// "reveal" open it at once, and Esc, leaving, or scrolling the mark away close it. The DOM (host, shadow
// root, Preact tree) is only built the first time something is shown.

import { LimitError } from "../../core/highlights/limits";
import type { StoredHighlight } from "../../platform/highlights";
import type { SaveResult, TooltipState } from "../../platform/messages";
import { type Lang, type Translate, TYPE_NAME_KEYS, translator } from "../../ui/i18n";
import { limitText } from "../../ui/limit-text";
import type { Annotator } from "../annotator";
import { entity as lookup } from "../entities";
import { EntityViews } from "../entity-views";
import { type Hit, HoverTracker } from "../hover";
import { KeepingLookups } from "../keeping";
import { Navigator, type Position } from "../navigator";
import type { SavedHighlights } from "../saved";
import { isSaved, liveRange, mergeTargets, type SavedMark, type Target } from "../targets";
import { contentFor, type Extra, errorText, same, scrollToRange } from "./content-of";
import { keepingActions, mentionsIn } from "./keeping-actions";
import type { TooltipActions, TooltipContent } from "./types";
import { type Point, TooltipHost } from "./view";

export interface TooltipControllerOptions {
  /** settings.tooltipDelay, in ms. */
  delay: number;
  lang: Lang;
}

/** Time to cross the gap between a mark and its tooltip before it closes. */
const GRACE_MS = 200;
/** How long "Note saved" stays readable before a tooltip the pointer has left closes. */
const CONFIRM_MS = 1500;

export class TooltipController {
  private readonly view: TooltipHost;
  private readonly hover: HoverTracker;
  private readonly navigator: Navigator;
  private readonly views: EntityViews;
  private readonly keeping: KeepingLookups;
  private shownExtra: Extra = {};
  private prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  private t: Translate;
  private open: Target | null = null;
  private pending: Target | null = null;
  /** The pointer was last seen on the open tooltip or its mark. */
  private pointerInside = false;
  /** What the open tooltip deleted, while it can still be undone there. */
  private deleted: StoredHighlight | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && this.open) this.close();
  };

  constructor(
    private readonly annotator: Annotator,
    private readonly saved: SavedHighlights,
    private options: TooltipControllerOptions,
  ) {
    this.t = translator(options.lang);
    this.views = new EntityViews(options.lang, (ids) => this.viewsArrived(ids));
    this.keeping = new KeepingLookups(() => this.refresh());
    this.view = new TooltipHost(this.t, this.actions(), () => this.close());
    this.navigator = new Navigator({ marks: () => mergeTargets(annotator.marks(), saved.marks()) });
    this.hover = new HoverTracker(
      {
        markAt: (node, offset) => annotator.markAt(node, offset),
        savedAt: (node, o) => saved.at(node, o),
        shadowRoots: () => annotator.shadowRoots(),
      },
      (target) => this.view.contains(target),
      (hit) => this.onHover(hit),
    );
    document.addEventListener("keydown", this.onKey, true);
  }

  /** The tooltip's host element, once it exists. */
  get host(): Element | null {
    return this.view.element;
  }

  update(options: TooltipControllerOptions): void {
    const relabel = options.lang !== this.options.lang;
    this.options = options;
    if (!relabel) return;
    this.t = translator(options.lang);
    this.views.setLang(options.lang);
    this.view.setTranslator(this.t);
    if (this.open) this.show(this.open, null);
  }

  /** Keyboard navigation: the next or previous mark. True when it moved. */
  step(direction: 1 | -1): boolean {
    return this.goTo(this.navigator.step(direction));
  }

  /** Scrolls to the first mention of `entity` and explains it. True when the entity is marked here. */
  reveal(entity: string): boolean {
    return this.goTo(this.navigator.first(entity));
  }

  state(): TooltipState {
    return {
      open: this.view.isOpen,
      entity: this.view.entity,
      text: this.view.text,
      overflow: this.view.isOpen ? this.view.overflow : undefined,
      wrapped: this.view.isOpen ? this.view.wrapped : undefined,
    };
  }

  /** Scrolls to a saved highlight and opens it; false when it is not anchored on the page (yet). */
  revealSaved(id: string): boolean {
    const mark = this.saved.marks().find((m) => m.id === id);
    return mark ? this.goTo({ mark, index: 1, total: 1 }, false) : false;
  }

  /** Saves the reader's text selection and opens its note editor. */
  async saveSelection(): Promise<SaveResult> {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
      return { ok: false, error: this.t("tooltipNothingSelected") };
    const range = selection.getRangeAt(0);
    try {
      const mark = await this.saved.save(range, undefined, mentionsIn(this.annotator.marks(), range));
      // The reader may have scrolled away from the selection before pressing the shortcut.
      const rect = range.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight) scrollToRange(liveRange(mark));
      this.show(mark, null, { editing: true });
      return { ok: true, id: mark.id };
    } catch (error) {
      const message = this.describe(error);
      this.view.show(this.contentOf(null, { error: message }), { range, pointer: null });
      return { ok: false, error: message };
    }
  }

  /** After an annotation or anchoring pass: drop what is no longer painted. */
  /** The reader's own entries changed: their views are read again. */
  entriesChanged(ids: Iterable<string>): void {
    this.views.forget(ids);
    if (this.open) this.show(this.open, null);
  }

  private viewsArrived(ids: readonly string[]): void {
    const shown = this.view.entity;
    if (this.open && shown && ids.includes(shown)) this.show(this.open, null);
  }

  /** Asks for the views of the page's entities once the pass is done, so a hover seldom waits. */
  private prefetchViews(): void {
    clearTimeout(this.prefetchTimer);
    this.prefetchTimer = setTimeout(() => {
      const ids = new Set<string>();
      for (const mark of this.annotator.marks()) ids.add(mark.entity);
      this.views.prefetch(ids);
    }, 0);
  }

  marksChanged(): void {
    this.prefetchViews();
    if (this.open && !this.painted(this.open)) {
      const moved = isSaved(this.open) ? this.savedMark(this.open.id) : undefined;
      // A saved highlight is re-anchored on every pass: follow it rather than close it under the reader.
      if (moved) this.open = moved;
      else if (!this.view.hasFocus && !(this.deleted && this.open.range.startContainer.isConnected))
        this.close();
    }
    const current = this.navigator.mark;
    if (current && !this.painted(current)) this.annotator.setCurrent(null);
  }

  private savedMark(id: string): SavedMark | undefined {
    return this.saved.marks().find((m) => m.id === id);
  }

  private painted(mark: Target): boolean {
    const { startContainer, startOffset } = mark.range;
    if (!startContainer.isConnected) return false;
    if (isSaved(mark)) return this.savedMark(mark.id) === mark;
    return this.annotator.markAt(startContainer, startOffset) === mark;
  }

  private actions(): TooltipActions {
    return {
      save: () => {
        const mark = this.open;
        if (!mark || isSaved(mark)) return;
        // Saving is idempotent per span (SavedHighlights.save): a double click stores one highlight.
        this.saved.save(mark.range, mark.entity, mentionsIn(this.annotator.marks(), liveRange(mark))).then(
          () => this.open === mark && this.show(mark, null, { editing: true }),
          (error) => this.show(mark, null, { error: this.describe(error) }),
        );
      },
      setNote: (id, note) => {
        this.saved.setNote(id, note).then(
          () => this.noteKept(id),
          (error) => this.redraw({ error: this.describe(error) }),
        );
      },
      showOuter: () => {
        const open = this.open;
        const outer = open && !isSaved(open) ? this.annotator.outerOf(open) : undefined;
        if (outer) this.show(outer, null);
      },
      ...keepingActions({
        saved: this.saved,
        copy: (text) => this.view.copy(text),
        redraw: (extra) => this.redraw(extra),
        describe: (error) => this.describe(error),
        t: (key, ...substitutions) => this.t(key, ...substitutions),
      }),
      remove: () => {
        const id = this.openSavedId();
        if (!id) return;
        const open = this.open;
        this.saved.remove(id).then(
          (annotation) => {
            if (this.open !== open || !open) return;
            this.deleted = annotation;
            this.show(open, null, { deleted: annotation !== null });
          },
          (error) => this.redraw({ error: this.t("tooltipDeleteFailed", errorText(error)) }),
        );
      },
      undo: () => {
        const annotation = this.deleted;
        if (!annotation) return;
        this.deleted = null;
        this.saved.restore(annotation).then(
          ({ mark, newer }) => {
            const open = this.open;
            if (!open) return;
            if (isSaved(open) && mark) this.open = mark;
            this.redraw(newer ? { error: this.t("tooltipUndoNewer") } : {});
          },
          (error) => this.redraw({ error: this.describe(error) }),
        );
      },
    };
  }

  /** The note is stored: say so, then let the tooltip close like any other once the pointer is away. */
  private noteKept(id: string): void {
    if (this.openSavedId() !== id) return;
    this.redraw({ noteSaved: true });
    this.view.blur();
    if (!this.pointerInside) this.closeLater(CONFIRM_MS);
  }

  private openSavedId(): string | null {
    const open = this.open;
    if (!open) return null;
    if (isSaved(open)) return open.id;
    return this.saved.containing(liveRange(open))?.id ?? null;
  }

  private redraw(extra: Extra): void {
    if (this.open) this.show(this.open, null, extra);
  }

  private describe(error: unknown): string {
    if (error instanceof LimitError) return limitText(this.t, error.problem);
    const text = errorText(error);
    if (text === "outside" || text === "empty") return this.t("tooltipSelectionOutside");
    return this.t("tooltipSaveFailed", text);
  }

  private goTo(position: Position | null, announce = true): boolean {
    if (!position) return false;
    const { mark, index, total } = position;
    this.cancelOpen();
    this.cancelClose();
    scrollToRange(liveRange(mark));
    this.annotator.setCurrent(mark);
    this.show(mark, null);
    if (isSaved(mark)) {
      if (announce) this.view.announce(this.t("tooltipAnnounceSaved", String(index), String(total)));
      return true;
    }
    const entity = lookup(mark.entity);
    if (entity && announce) {
      this.view.announce(
        this.t(
          "tooltipAnnounce",
          entity.label[this.options.lang] || this.t("tooltipOwn"),
          this.t(TYPE_NAME_KEYS[entity.type]),
          String(index),
          String(total),
        ),
      );
    }
    return true;
  }

  private onHover(hit: Hit): void {
    this.pointerInside = hit.kind === "tooltip" || (hit.kind === "mark" && same(hit.mark, this.open));
    if (this.pointerInside) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (hit.kind === "mark") {
      if (same(hit.mark, this.pending)) return;
      this.cancelOpen();
      this.pending = hit.mark;
      const { mark, pointer } = hit;
      const open = () => {
        this.pending = null;
        this.openTimer = undefined;
        this.cancelClose();
        this.show(mark, pointer);
        this.pointerInside = true;
      };
      if (this.options.delay <= 0) open();
      else this.openTimer = setTimeout(open, this.options.delay);
      return;
    }
    this.cancelOpen();
    // A reader typing a note keeps the tooltip however the pointer moves.
    if (this.open && this.closeTimer === undefined && !this.view.hasFocus) this.closeLater(GRACE_MS);
  }

  private closeLater(ms: number): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.close();
    }, ms);
  }

  /**
   * Draws the open tooltip again with what it said last ("Note saved", Undo, a copied link), for answers
   * that arrive later (tags in use, what was saved about the name); it neither moves nor takes the focus.
   */
  private refresh(): void {
    if (this.open && this.view.isOpen) this.view.refresh(this.contentOf(this.open, this.shownExtra));
  }

  private show(mark: Target, pointer: Point | null, extra: Extra = {}): void {
    this.shownExtra = extra;
    const content = this.contentOf(mark, extra);
    if (!content.entity && !content.saved && !content.error && !content.deleted) return;
    // An undo is offered only where the delete happened, and only until the tooltip moves on.
    if (!extra.deleted) this.deleted = null;
    // A close pending for the last target (a kept note) must not close this one.
    if (!same(mark, this.open) || extra.editing) this.cancelClose();
    if (!same(mark, this.open)) this.pointerInside = false;
    this.open = mark;
    this.view.show(content, { range: liveRange(mark), pointer });
  }

  private contentOf(mark: Target | null, extra: Extra): TooltipContent {
    return contentFor(mark, extra, {
      annotator: this.annotator,
      saved: this.saved,
      views: this.views,
      keeping: this.keeping,
      lang: this.options.lang,
      t: this.t,
    });
  }

  private close(): void {
    this.cancelOpen();
    this.cancelClose();
    this.open = null;
    this.deleted = null;
    this.view.hide();
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = null;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  destroy(): void {
    clearTimeout(this.prefetchTimer);
    this.views.destroy();
    this.keeping.destroy();
    this.cancelOpen();
    this.cancelClose();
    this.hover.destroy();
    document.removeEventListener("keydown", this.onKey, true);
    this.annotator.setCurrent(null);
    this.navigator.forget();
    this.open = null;
    this.view.destroy();
  }
}
