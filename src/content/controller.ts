// Owns the page side for one document: follows the settings, starts and stops the annotator and the
// tooltip, answers messages. destroy() leaves the page exactly as it was.
import type { Matcher } from "../core/match";
import { matcherFromSerial } from "../core/match/serial";
import { isActiveOn, type Settings } from "../core/settings";
import { countEntities, type PageSummary } from "../core/summary";
import { browser, contextAlive } from "../platform/browser";
import {
  loadEntriesMatcher,
  matcherStamp,
  onEntriesMatcherChanged,
  type StoredEntriesMatcher,
} from "../platform/entries-matcher";
import {
  type AnnotationsAnswer,
  ContentRequest,
  handleMessages,
  sendToBackground,
  type TooltipState,
} from "../platform/messages";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { resolveLang } from "../ui/i18n";
import { toAnnotations } from "./annotations";
import { Annotator } from "./annotator";
import { Discovery } from "./discover";
import { bundledMatcher, factbaseAsOf, setOwnEntities, typeOf } from "./entities";
import { removeLeftovers, watchContext } from "./lifetime";
import type { Mark } from "./marks";
import { highlightsSupported } from "./painter";
import { SavedHighlights } from "./saved";
import { TooltipController, type TooltipControllerOptions } from "./tooltip";

const CLOSED: TooltipState = { open: false, entity: null, text: "" };

export interface PageOptions {
  /** A same-origin frame: it marks its own text but answers no messages (the top page answers for the tab). */
  inFrame: boolean;
  /** The top page's location, whose host the site switch is about. */
  site: Location;
}

/** How long a first pass waits for the background's matcher of the enabled packs (see init). */
const WAIT_FOR_MATCHER_MS = 1500;

export class PageController {
  private annotator: Annotator | null = null;
  private saved: SavedHighlights | null = null;
  private tooltip: TooltipController | null = null;
  private matcher: Matcher | null = null;
  private settings: Settings | null = null;
  private readonly cleanups: Array<() => void> = [];
  /** Set by destroy(): a start-up still awaiting its reads then stops there. */
  private destroyed = false;
  // Asked for by the reader (or an outside tool), whether or not marking is on for this site.
  private readonly discovery = new Discovery({
    root: () => document.body,
    host: () => this.tooltip?.host ?? null,
    matcher: () => this.ensureMatcher(),
  });

  constructor(private readonly page: PageOptions) {}

  async init(): Promise<void> {
    // An update or a reload of the extension leaves this script running, cut off: it then cleans up.
    removeLeftovers();
    this.cleanups.push(watchContext(() => this.destroy()));
    // tabs.sendMessage reaches every frame, and the first answer wins: only the top page answers.
    if (!this.page.inFrame) this.cleanups.push(this.answerMessages());
    this.cleanups.push(onSettingsChanged((s) => this.apply(s)));
    this.cleanups.push(this.watchBody());
    const stamp = matcherStamp(factbaseAsOf);
    this.cleanups.push(onEntriesMatcherChanged(stamp, (stored) => this.entriesChanged(stored)));
    // Both small reads at once; with no entries the second finds nothing and the build's matcher is used.
    const [settings, stored] = await Promise.all([
      loadSettings(),
      loadEntriesMatcher(stamp).catch((error) => {
        console.error("Randnotiz: could not read the reader's entries; marking the fact base only.", error);
        return null;
      }),
    ]);
    // The world pack's names come only with the stored matcher; right after an install or update the
    // background is still writing it, so the first pass waits for it a moment rather than marking the
    // seed pack alone and then everything again (docs/world-pack.md).
    const packs = settings.packs;
    const wanted =
      stored ??
      (packs.world || !packs.seed
        ? await new Promise<StoredEntriesMatcher | null>((resolve) => {
            this.waiting = resolve;
            setTimeout(resolve, WAIT_FOR_MATCHER_MS, null);
          })
        : null);
    this.waiting = null;
    if (this.destroyed) return;
    this.useEntries(wanted);
    this.apply(settings);
  }

  private waiting: ((stored: StoredEntriesMatcher | null) => void) | null = null;

  /** The reader's entries as the background compiled them, or the fact base alone. */
  private useEntries(stored: StoredEntriesMatcher | null): void {
    this.matcher = null;
    setOwnEntities(stored && { entities: stored.serial.entities, types: stored.types });
    if (!stored) return;
    try {
      this.matcher = matcherFromSerial(stored.serial);
    } catch (error) {
      setOwnEntities(null);
      console.error("Randnotiz: the stored entries could not be read; marking the fact base only.", error);
    }
  }

  /** An entry was added, edited or deleted (here or in another tab): mark the page again with it. */
  private entriesChanged(stored: StoredEntriesMatcher | null): void {
    if (this.waiting) {
      this.waiting(stored);
      return;
    }
    this.useEntries(stored);
    this.discovery.invalidate();
    if (!this.annotator || !this.settings) return;
    this.stopAnnotator();
    this.apply(this.settings);
  }

  private answerMessages(): () => void {
    return handleMessages(
      ContentRequest,
      {
        "randnotiz:annotations": () => this.annotations(),
        "randnotiz:summary": () => this.summary(),
        "randnotiz:reveal": ({ entity }) => this.tooltip?.reveal(entity) ?? false,
        "randnotiz:step": ({ direction }) => this.tooltip?.step(direction === -1 ? -1 : 1) ?? false,
        "randnotiz:tooltip-state": () => this.tooltip?.state() ?? CLOSED,
        "randnotiz:highlights": () => ({ url: location.href, highlights: this.saved?.answer() ?? [] }),
        "randnotiz:save-selection": () =>
          this.tooltip?.saveSelection() ?? { ok: false, error: "Randnotiz is switched off on this page." },
        "randnotiz:reveal-highlight": ({ id }) => this.tooltip?.revealSaved(id) ?? false,
        "randnotiz:discover": () => this.discovery.answer(),
        "randnotiz:discover-details": () => this.discovery.details(),
        "randnotiz:reveal-text": ({ text }) =>
          this.discovery.reveal([text], (range) => this.annotator?.setCurrent({ range })),
      },
      { ownsChannel: true },
    );
  }

  /**
   * Some single-page apps replace <body> itself on navigation, some pages add it only after load, and
   * document.open() replaces the whole tree: the annotator then follows the new body. The document is
   * watched as well as its root element, since document.open() swaps the root element too.
   */
  private watchBody(): () => void {
    let root: Element | null = null;
    const observer = new MutationObserver(() => {
      if (document.documentElement !== root) watchRoot();
      if (!this.settings) return;
      if (this.annotator ? this.annotator.root === document.body : !document.body) return;
      this.stopAnnotator();
      this.apply(this.settings);
    });
    const watchRoot = () => {
      root = document.documentElement;
      if (root) observer.observe(root, { childList: true });
    };
    observer.observe(document, { childList: true });
    watchRoot();
    return () => observer.disconnect();
  }

  private get host(): string {
    return this.page.site.hostname;
  }

  private apply(settings: Settings): void {
    if (this.destroyed) return;
    this.settings = settings;
    const active = isActiveOn(settings, this.host) && highlightsSupported() && document.body !== null;
    if (!active) {
      this.stopAnnotator();
      return;
    }
    if (this.annotator) {
      this.annotator.update({ types: settings.types, style: settings.style });
      this.tooltip?.update(this.tooltipOptions(settings));
      return;
    }
    this.annotator = new Annotator(document.body, {
      matcher: this.ensureMatcher(),
      typeOf,
      types: settings.types,
      style: settings.style,
      host: () => this.tooltip?.host ?? null,
      onPass: (marks) => {
        this.discovery.invalidate();
        this.saved?.afterPass();
        this.tooltip?.marksChanged();
        this.report(marks);
      },
    });
    const saved = new SavedHighlights(this.annotator.painter, () => this.tooltip?.marksChanged());
    this.saved = saved;
    this.tooltip = new TooltipController(this.annotator, saved, this.tooltipOptions(settings));
    this.annotator.start();
    saved.start().catch((error) => console.error("Randnotiz: could not load saved highlights.", error));
  }

  private ensureMatcher(): Matcher {
    this.matcher ??= bundledMatcher();
    return this.matcher;
  }

  private tooltipOptions(settings: Settings): TooltipControllerOptions {
    return {
      delay: settings.tooltipDelay,
      lang: resolveLang(settings.language, browser.i18n.getUILanguage()),
    };
  }

  private stopAnnotator(): void {
    if (!this.annotator) return;
    this.tooltip?.destroy();
    this.tooltip = null;
    this.saved?.destroy();
    this.saved = null;
    this.annotator.destroy();
    this.annotator = null;
    this.report([]);
  }

  private report(marks: Iterable<Mark>): void {
    // The badge counts the top page's names; a frame's report would overwrite it. A script whose
    // extension has gone has no badge to set.
    if (this.page.inFrame || !contextAlive()) return;
    const distinct = new Set(Array.from(marks, (m) => m.entity)).size;
    sendToBackground({ type: "randnotiz:page-summary", distinct, active: this.annotator !== null }).catch(
      () => {
        // The background may be restarting; the badge catches up on the next pass.
      },
    );
  }

  annotations(): AnnotationsAnswer {
    const marks = this.annotator?.marks() ?? [];
    return { url: location.href, annotations: document.body ? toAnnotations(document.body, marks) : [] };
  }

  summary(): PageSummary {
    const marks = this.annotator?.marks() ?? [];
    return {
      active: this.annotator !== null,
      host: this.host,
      entities: countEntities(marks.map((m) => m.entity)),
      saved: { total: this.saved?.count ?? 0, orphans: this.saved?.orphans ?? 0 },
    };
  }

  /**
   * Takes everything off the page: marks, tooltip, listeners, observers. Also called when the extension's
   * context has gone, where removing a runtime or storage listener may throw: each step runs regardless.
   */
  destroy(): void {
    this.destroyed = true;
    this.waiting?.(null);
    const steps = [() => this.discovery.destroy(), () => this.stopAnnotator(), ...this.cleanups.splice(0)];
    for (const step of steps) {
      try {
        step();
      } catch {
        // The extension is gone; what is left to undo is on the page, and the other steps do it.
      }
    }
  }
}
