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
  usableMatcher,
} from "../platform/entries-matcher";
import {
  type AnnotationsAnswer,
  ContentRequest,
  handleMessages,
  sendToBackground,
  type TooltipState,
} from "../platform/messages";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { hearThroughBackground } from "../platform/storage-notice";
import { resolveLang } from "../ui/i18n";
import { toAnnotations } from "./annotations";
import { Annotator } from "./annotator";
import { Discovery } from "./discover";
import { factbaseAsOf, setOwnEntities, typeOf } from "./entities";
import { removeLeftovers, watchContext } from "./lifetime";
import type { Mark } from "./marks";
import { highlightsSupported } from "./painter";
import { SavedHighlights } from "./saved";
import { TooltipController, type TooltipControllerOptions } from "./tooltip";

const CLOSED: TooltipState = { open: false, entity: null, text: "" };
/** How long a page first waits before asking a background that did not answer (restarting) again. */
const ASK_AGAIN_MS = 500;

const sameMatcher = (a: StoredEntriesMatcher, b: StoredEntriesMatcher): boolean =>
  a.types === b.types &&
  a.serial.keys === b.serial.keys &&
  a.serial.spelling === b.serial.spelling &&
  a.serial.entities === b.serial.entities &&
  a.serial.tables === b.serial.tables;

export interface PageOptions {
  /** A same-origin frame: it marks its own text but answers no messages (the top page answers for the tab). */
  inFrame: boolean;
  /** The top page's location, whose host the site switch is about. */
  site: Location;
}

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
    matcher: () => this.matcher,
  });

  constructor(private readonly page: PageOptions) {}

  async init(): Promise<void> {
    // An update or a reload of the extension leaves this script running, cut off: it then cleans up.
    removeLeftovers();
    this.cleanups.push(watchContext(() => this.destroy()));
    // tabs.sendMessage reaches every frame, and the first answer wins: only the top page answers.
    if (!this.page.inFrame) this.cleanups.push(this.answerMessages());
    // Before any storage listener: this frame hears storage.local through the background's notices.
    this.cleanups.push(hearThroughBackground());
    this.cleanups.push(onSettingsChanged((s) => this.apply(s)));
    this.cleanups.push(this.watchBody());
    this.cleanups.push(onEntriesMatcherChanged(this.stamp, (stored) => this.entriesChanged(stored)));
    // Both small reads at once. The stored matcher holds the enabled packs and the reader's entries; when
    // there is none yet (a fresh install, storage cleared) apply() asks the background for it.
    const [settings, stored] = await Promise.all([
      loadSettings(),
      loadEntriesMatcher(this.stamp).catch((error) => {
        console.error("Randnotiz: could not read the stored matcher; asking for it.", error);
        return null;
      }),
    ]);
    if (this.destroyed) return;
    if (stored) this.entriesChanged(stored);
    this.apply(settings);
  }

  private readonly stamp = matcherStamp(factbaseAsOf);
  /** The stored form the matcher was read from: a second write of the same one changes nothing. */
  private stored: StoredEntriesMatcher | null = null;
  /** A request to the background is under way (see ask). */
  private asking = false;
  private rebuilt = false;
  private askAgainMs = ASK_AGAIN_MS;

  /** The page's names as the background compiled them; false when the stored form cannot be read. */
  private useEntries(stored: StoredEntriesMatcher): boolean {
    if (this.stored && sameMatcher(this.stored, stored)) return true;
    try {
      const matcher = matcherFromSerial(stored.serial);
      this.matcher = matcher;
      this.stored = stored;
      setOwnEntities({ entities: stored.serial.entities, types: stored.types, labels: stored.labels });
      return true;
    } catch (error) {
      console.error("Randnotiz: the stored matcher could not be read; asking for a new one.", error);
      return false;
    }
  }

  /**
   * No readable matcher yet: the background sends it, writing it first when it is missing. Whichever
   * arrives first, its answer or the storage change, starts the pass (entriesChanged); a background that
   * is restarting is asked again, so a page never stays without marks because of the order of events.
   */
  private ask(rebuild = false): void {
    if (this.asking || this.destroyed || !contextAlive()) return;
    this.asking = true;
    sendToBackground({ type: "randnotiz:matcher", rebuild }).then(
      (answer) => {
        this.asking = false;
        const stored = usableMatcher(answer, this.stamp);
        if (stored) this.entriesChanged(stored);
        else this.askLater();
      },
      () => {
        this.asking = false;
        this.askLater();
      },
    );
  }

  /** Each failed request waits twice as long as the one before (up to a minute): pages never flood it. */
  private askLater(): void {
    if (this.matcher) return;
    setTimeout(() => this.ask(), this.askAgainMs);
    this.askAgainMs = Math.min(this.askAgainMs * 2, 60_000);
  }

  /** The stored matcher was written (here or for another tab): mark the page again with it. */
  private entriesChanged(stored: StoredEntriesMatcher | null): void {
    if (this.destroyed) return;
    // Removed (storage cleared): the background writes it again; until then the page keeps its marks.
    if (!stored) {
      if (!this.matcher) this.ask();
      return;
    }
    const previous = this.matcher;
    if (!this.useEntries(stored)) {
      // Damaged as stored: compiled once more; a second failure is logged, not retried without end.
      if (!this.rebuilt) {
        this.rebuilt = true;
        this.asking = false;
        this.ask(true);
      }
      return;
    }
    if (this.matcher === previous) return;
    this.discovery.invalidate();
    if (!this.settings) return;
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
        // Every frame's own listener hears it (platform/storage-notice.ts); this only accepts it.
        "randnotiz:storage-changed": () => undefined,
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
    if (!this.matcher) {
      this.ask();
      return;
    }
    this.annotator = new Annotator(document.body, {
      matcher: this.matcher,
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
