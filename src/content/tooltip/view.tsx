// The tooltip on screen: a host element created on first use, a closed shadow root, Preact inside, kept
// next to the mark while the page scrolls or reflows (placement: ./place.ts, docs/tooltip.md).
import { render } from "preact";
import type { Translate } from "../../ui/i18n";
import { shadowOf } from "../shadow";
import { lineUnder, place } from "./place";
import { HOST_STYLE, SHADOW_CSS } from "./styles";
import { Tooltip } from "./Tooltip";
import type { TooltipActions, TooltipContent } from "./types";

export interface Point {
  x: number;
  y: number;
}

/** Where the tooltip points: the mark's range, and the pointer when a hover opened it. */
export interface Anchor {
  range: Range;
  pointer: Point | null;
}

const ONE_LINE = ".type, .own, .saved .date, .meta .pack";

/** How many lines an element's text is drawn on. */
function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

export class TooltipHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private container: HTMLElement | null = null;
  private view: TooltipContent | null = null;
  private announcement = "";
  private stopUpdates: (() => void) | null = null;
  private generation = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private t: Translate,
    private readonly actions: TooltipActions,
    /** Called when the anchored mark has left the viewport (or the document). */
    private readonly onOutOfView: () => void,
  ) {}

  /** The host element once it exists; the annotator is told never to read it. */
  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.view !== null;
  }

  get entity(): string | null {
    return this.view?.entity?.entity ?? null;
  }

  /** True while the reader types a note in the tooltip: hover must not close it then. */
  get hasFocus(): boolean {
    return this.root?.activeElement?.localName === "textarea";
  }

  /** Takes the focus out of the tooltip (the note is kept), so that it can close like any other. */
  blur(): void {
    (this.root?.activeElement as HTMLElement | null | undefined)?.blur();
  }

  /** How many pixels of the panel's content need scrolling to be seen (0: all of it is in view). */
  get overflow(): number {
    const panel = this.view && this.container?.querySelector(".panel");
    return panel ? Math.max(0, panel.scrollHeight - panel.clientHeight) : 0;
  }

  /** The pieces meant to be one line (type, "My entry", the saved date) that break over more (for tests). */
  get wrapped(): string[] {
    const panel = this.view && this.container?.querySelector(".panel");
    if (!panel) return [];
    return [...panel.querySelectorAll(ONE_LINE)].filter((e) => lineCount(e) > 1).map((e) => e.className);
  }

  /** What the reader sees, as plain text (for the state message). */
  get text(): string {
    return (this.view && this.container?.querySelector(".panel")?.textContent) || "";
  }

  setTranslator(t: Translate): void {
    this.t = t;
  }

  /** True when `target` (an event target seen from the page) is the tooltip. */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(view: TooltipContent, anchor: Anchor): void {
    this.ensureHost();
    this.view = view;
    this.draw();
    this.stopUpdates?.();
    const generation = ++this.generation;
    // After a save the note field takes the focus; after a delete, Undo (the button pressed is gone).
    let focusFor = view.editing || view.deleted ? generation : -1;
    const range = anchor.range;
    const host = this.host!;
    const update = () => {
      if (generation !== this.generation || !this.view) return;
      // While Chromium captures the page (a screenshot), the window reports a 1×1 viewport for a moment:
      // there is nothing to place into then, and no reason to close.
      if (innerWidth < 2 || innerHeight < 2) return;
      if (!inViewport(range)) {
        this.onOutOfView();
        return;
      }
      const line = lineUnder([...range.getClientRects()], anchor.pointer);
      if (!line) return;
      // Measured at its whole height, so that it goes above where only there it fits; a height limit
      // left from the last place would hide that (docs/tooltip.md).
      host.style.removeProperty("--randnotiz-max-height");
      const { width, height } = host.getBoundingClientRect();
      const at = place(line, width, height, document.documentElement.clientWidth || innerWidth, innerHeight);
      host.style.setProperty("--randnotiz-max-height", `${at.maxHeight}px`, "important");
      host.style.setProperty("left", `${Math.round(at.x)}px`, "important");
      host.style.setProperty("top", `${Math.round(at.y)}px`, "important");
      host.style.setProperty("visibility", "visible", "important");
      raise(host);
      // A hidden element cannot take focus: the note field asks for it once the panel is visible, once.
      const field = generation === focusFor ? this.root?.querySelector<HTMLElement>("[data-focus]") : null;
      if (field) {
        focusFor = -1;
        field.focus();
      }
    };
    this.stopUpdates = follow(elementOf(range.startContainer), host, update);
  }

  /** New content for the open tooltip, drawn where it is (a size change re-places it); no focus moves. */
  refresh(view: TooltipContent): void {
    if (!this.view) return;
    this.view = view;
    this.draw();
  }

  hide(): void {
    if (!this.view) return;
    this.generation++;
    this.stopUpdates?.();
    this.stopUpdates = null;
    this.view = null;
    // A reader who tabbed onto a link in the tooltip must not be left focused on something invisible.
    (this.root?.activeElement as HTMLElement | null | undefined)?.blur();
    this.host?.style.setProperty("visibility", "hidden", "important");
    this.draw();
  }

  /**
   * Puts `text` on the clipboard. The async API needs a secure context; elsewhere a textarea inside the
   * closed shadow root is selected and copied, so the page's DOM is never touched.
   */
  async copy(text: string): Promise<void> {
    try {
      // A write that never settles (the page lacks focus) must not leave the reader waiting: after a second
      // the fallback is used.
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 1000));
      await Promise.race([navigator.clipboard.writeText(text), timeout]);
      return;
    } catch {
      // Not allowed here (an http page, or no focus), or no answer: the fallback below.
    }
    const root = this.root;
    if (!root) throw new Error("no tooltip");
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("aria-hidden", "true");
    area.style.cssText = "position:fixed;left:-9999px;top:0;opacity:0";
    root.append(area);
    const active = root.activeElement as HTMLElement | null;
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    active?.focus();
    if (!ok) throw new Error("the browser refused to copy");
  }

  /** Speaks `text` through the polite live region. */
  announce(text: string): void {
    const fresh = this.ensureHost();
    // A live region only speaks changes made after it is in the accessibility tree.
    clearTimeout(this.announceTimer);
    if (fresh) this.announceTimer = setTimeout(() => this.setAnnouncement(text), 100);
    else this.setAnnouncement(text);
  }

  private setAnnouncement(text: string): void {
    if (!this.host) return;
    this.announcement = text;
    this.draw();
  }

  private draw(): void {
    if (this.container)
      render(
        <Tooltip content={this.view} actions={this.actions} announcement={this.announcement} t={this.t} />,
        this.container,
      );
  }

  /** Creates the host on first use; returns true when it was just created. */
  private ensureHost(): boolean {
    if (this.host) {
      // Some pages clear whatever they did not create; put the host back rather than draw into nothing.
      if (!this.host.isConnected) document.documentElement.append(this.host);
      return false;
    }
    const host = document.createElement("randnotiz-tooltip");
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, "important");
    host.style.setProperty("visibility", "hidden", "important");
    // A manual popover can enter the top layer, above a page's modal dialog or fullscreen element,
    // which no z-index can beat. Our inline styles override the popover's default look.
    host.setAttribute("popover", "manual");
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = SHADOW_CSS;
    this.container = document.createElement("div");
    root.append(style, this.container);
    this.root = root;
    // Outside body, so the text offsets of the annotations contract are unchanged.
    document.documentElement.append(host);
    this.host = host;
    return true;
  }

  destroy(): void {
    clearTimeout(this.announceTimer);
    this.generation++;
    this.stopUpdates?.();
    this.stopUpdates = null;
    this.view = null;
    if (this.container) render(null, this.container);
    this.container = null;
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}

function elementOf(node: Node): Element | null {
  // Text at the top of a shadow root has no parent element: its host stands for it.
  return node.nodeType === Node.ELEMENT_NODE
    ? (node as Element)
    : (node.parentElement ?? shadowOf(node)?.host ?? null);
}

function inViewport(range: Range): boolean {
  if (!range.startContainer.isConnected) return false;
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/**
 * Calls `update` now and whenever the page scrolls (any scroller: capture), the window resizes, or the
 * mark's element or the panel changes size; returns the way to stop.
 */
function follow(reference: Element | null, host: HTMLElement, update: () => void): () => void {
  const options = { capture: true, passive: true };
  addEventListener("scroll", update, options);
  addEventListener("resize", update, options);
  const observer = new ResizeObserver(update);
  observer.observe(host);
  if (reference) observer.observe(reference);
  update();
  return () => {
    removeEventListener("scroll", update, options);
    removeEventListener("resize", update, options);
    observer.disconnect();
  };
}

/** Puts the host in the top layer once it is shown. */
function raise(host: HTMLElement): void {
  try {
    if (!host.matches(":popover-open")) host.showPopover();
  } catch {
    // No popover support, or the host is not connected: the z-index still applies.
  }
}
