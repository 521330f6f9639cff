// Owns the page side for one document: follows the settings, starts and stops the annotator, answers
// messages. destroy() leaves the page exactly as it was.
import { buildMatcher, type Matcher } from "../core/match";
import { isActiveOn, type Settings } from "../core/settings";
import { countEntities, type PageSummary } from "../core/summary";
import {
  type AnnotationsAnswer,
  type ContentApi,
  handleMessages,
  sendToBackground,
} from "../platform/messages";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { toAnnotations } from "./annotations";
import { Annotator, type Mark } from "./annotator";
import { terms, typeOf } from "./entities";
import { highlightsSupported } from "./painter";

export class PageController {
  private annotator: Annotator | null = null;
  private matcher: Matcher | null = null;
  private settings: Settings | null = null;
  private readonly cleanups: Array<() => void> = [];

  async init(): Promise<void> {
    this.cleanups.push(
      handleMessages<ContentApi>({
        "randnotiz:annotations": () => this.annotations(),
        "randnotiz:summary": () => this.summary(),
        "randnotiz:reveal": () => false,
        "randnotiz:step": () => false,
      }),
    );
    this.cleanups.push(onSettingsChanged((s) => this.apply(s)));
    this.apply(await loadSettings());
  }

  private get host(): string {
    return location.hostname;
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    const active = isActiveOn(settings, this.host) && highlightsSupported() && document.body !== null;
    if (!active) {
      this.stopAnnotator();
      return;
    }
    if (this.annotator) {
      this.annotator.update({ types: settings.types, style: settings.style });
      return;
    }
    this.matcher ??= buildMatcher(terms());
    this.annotator = new Annotator(document.body, {
      matcher: this.matcher,
      typeOf,
      types: settings.types,
      style: settings.style,
      host: () => null,
      onPass: (marks) => this.report(marks),
    });
    this.annotator.start();
  }

  private stopAnnotator(): void {
    if (!this.annotator) return;
    this.annotator.destroy();
    this.annotator = null;
    this.report([]);
  }

  private report(marks: Iterable<Mark>): void {
    const distinct = new Set(Array.from(marks, (m) => m.entity)).size;
    sendToBackground({ type: "randnotiz:page-summary", distinct, active: this.annotator !== null }).catch(
      () => {
        // The background may be restarting; the badge catches up on the next pass.
      },
    );
  }

  annotations(): AnnotationsAnswer {
    const marks = this.annotator?.marks() ?? [];
    return { url: location.href, annotations: toAnnotations(document.body, marks) };
  }

  summary(): PageSummary {
    const marks = this.annotator?.marks() ?? [];
    return {
      active: this.annotator !== null,
      host: this.host,
      entities: countEntities(marks.map((m) => m.entity)),
    };
  }

  destroy(): void {
    this.stopAnnotator();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
