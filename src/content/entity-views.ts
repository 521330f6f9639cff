// Tooltip views come from the background (background/entity-views.ts), which holds the facts. They are
// asked for in one message per pass for the entities on the page, so a hover seldom waits; until a view
// arrives the tooltip shows the name and type the page knows.

import type { TooltipView } from "../core/view/types";
import { sendToBackground } from "../platform/messages";
import type { Lang, Translate } from "../ui/i18n";
import { TYPE_NAME_KEYS } from "../ui/i18n";
import { entity } from "./entities";

export class EntityViews {
  private readonly views = new Map<string, TooltipView | null>();
  private readonly asked = new Set<string>();
  private destroyed = false;

  constructor(
    private lang: Lang,
    /** Views for these entities arrived: the tooltip redraws if it shows one. */
    private readonly arrived: (entities: readonly string[]) => void,
  ) {}

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.forget();
  }

  /** The view, or a stand-in from the page's names while it is on its way; undefined for an unknown id. */
  get(id: string, t: Translate): TooltipView | undefined {
    const view = this.views.get(id);
    if (view) return view;
    if (view === undefined) this.prefetch([id]);
    const known = entity(id);
    if (!known) return undefined;
    return {
      entity: id,
      lang: this.lang,
      label: known.label[this.lang],
      type: t(TYPE_NAME_KEYS[known.type]),
      description: "",
      facts: [],
      relations: [],
      wikipedia: null,
      own: null,
    };
  }

  prefetch(ids: Iterable<string>): void {
    const missing = [...ids].filter((id) => !this.asked.has(id));
    if (missing.length === 0 || this.destroyed) return;
    for (const id of missing) this.asked.add(id);
    const lang = this.lang;
    sendToBackground({ type: "randnotiz:entity-views", entities: missing, lang }).then(
      (views) => {
        if (this.destroyed || lang !== this.lang) return;
        for (const id of missing) this.views.set(id, views[id] ?? null);
        this.arrived(missing);
      },
      () => {
        // The background was restarting: the next hover asks again.
        for (const id of missing) this.asked.delete(id);
      },
    );
  }

  /** Drops cached views (all, or some: the reader edited an own entry). */
  forget(ids?: Iterable<string>): void {
    if (!ids) {
      this.views.clear();
      this.asked.clear();
      return;
    }
    for (const id of ids) {
      this.views.delete(id);
      this.asked.delete(id);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.forget();
  }
}
