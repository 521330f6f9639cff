// The tooltip's behaviour: hover opens it after the reader's delay, keyboard steps and the popup's
// "reveal" open it at once, and Esc, leaving, or scrolling the mark away close it. The DOM (host, shadow
// root, Preact tree) is only built the first time something is shown.
import factbase from "randnotiz:factbase";
import type { TooltipState } from "../../platform/messages";
import { type Lang, type Translate, translator } from "../../ui/i18n";
import { type Annotator, liveRange, type Mark } from "../annotator";
import { entity as lookup } from "../entities";
import { type Hit, HoverTracker } from "../hover";
import { Navigator, type Position } from "../navigator";
import { RelationIndex, TYPE_KEYS, tooltipView } from "./model";
import { type Point, TooltipHost } from "./view";

export interface ExplainerOptions {
  /** settings.tooltipDelay, in ms. */
  delay: number;
  lang: Lang;
}

/** Time to cross the gap between a mark and its tooltip before it closes. */
const GRACE_MS = 200;

/** Built on first show: start-up stays free of work the reader may never need. */
let relations: RelationIndex | null = null;

export class Explainer {
  private readonly view: TooltipHost;
  private readonly hover: HoverTracker;
  private readonly navigator: Navigator;
  private t: Translate;
  private open: Mark | null = null;
  private pending: Mark | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && this.open) this.close();
  };

  constructor(
    private readonly annotator: Annotator,
    private options: ExplainerOptions,
  ) {
    this.t = translator(options.lang);
    this.view = new TooltipHost(this.t, () => this.close());
    this.navigator = new Navigator(annotator);
    this.hover = new HoverTracker(
      annotator,
      (target) => this.view.contains(target),
      (hit) => this.onHover(hit),
    );
    document.addEventListener("keydown", this.onKey, true);
  }

  /** The tooltip's host element, once it exists. */
  get host(): Element | null {
    return this.view.element;
  }

  update(options: ExplainerOptions): void {
    const relabel = options.lang !== this.options.lang;
    this.options = options;
    if (!relabel) return;
    this.t = translator(options.lang);
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
    return { open: this.view.isOpen, entity: this.view.entity, text: this.view.text };
  }

  /** After an annotation pass: drop what is no longer painted (filtered out, or its text was changed). */
  marksChanged(): void {
    if (this.open && !this.painted(this.open)) this.close();
    const current = this.navigator.mark;
    if (current && !this.painted(current)) this.annotator.setCurrent(null);
  }

  private painted(mark: Mark): boolean {
    const { startContainer, startOffset } = mark.range;
    return startContainer.isConnected && this.annotator.markAt(startContainer, startOffset) === mark;
  }

  private goTo(position: Position | null): boolean {
    if (!position) return false;
    const { mark, index, total } = position;
    this.cancelOpen();
    this.cancelClose();
    scrollToRange(liveRange(mark));
    this.annotator.setCurrent(mark);
    this.show(mark, null);
    const entity = lookup(mark.entity);
    if (entity) {
      this.view.announce(
        this.t(
          "tooltipAnnounce",
          entity.label[this.options.lang],
          this.t(TYPE_KEYS[entity.type]),
          String(index),
          String(total),
        ),
      );
    }
    return true;
  }

  private onHover(hit: Hit): void {
    if (hit.kind === "tooltip" || (hit.kind === "mark" && hit.mark === this.open)) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (hit.kind === "mark") {
      if (hit.mark === this.pending) return;
      this.cancelOpen();
      this.pending = hit.mark;
      const { mark, pointer } = hit;
      const open = () => {
        this.pending = null;
        this.openTimer = undefined;
        this.cancelClose();
        this.show(mark, pointer);
      };
      if (this.options.delay <= 0) open();
      else this.openTimer = setTimeout(open, this.options.delay);
      return;
    }
    this.cancelOpen();
    if (this.open && this.closeTimer === undefined) {
      this.closeTimer = setTimeout(() => {
        this.closeTimer = undefined;
        this.close();
      }, GRACE_MS);
    }
  }

  private show(mark: Mark, pointer: Point | null): void {
    const entity = lookup(mark.entity);
    if (!entity) return;
    relations ??= new RelationIndex(factbase.entities);
    this.open = mark;
    const view = tooltipView(entity, lookup, relations, this.options.lang, this.t);
    this.view.show(view, { range: liveRange(mark), pointer });
  }

  private close(): void {
    this.cancelOpen();
    this.cancelClose();
    this.open = null;
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

/**
 * Brings the mark to the middle of the viewport by scrolling, never by changing the DOM. The element
 * scroll handles nested scroll containers; a paragraph taller than the viewport then needs a finer step.
 */
function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    window.scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior: "instant" });
  }
}
