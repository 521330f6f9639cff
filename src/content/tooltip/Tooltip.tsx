// The tooltip's content, rendered by Preact into the closed shadow root. Text only: every string from the
// fact base becomes a text node.

import type { OwnView, TooltipView } from "../../core/view/types";
import type { Translate } from "../../ui/i18n";
import { AboutName } from "./KeepingControls";
import { SavedSection } from "./SavedSection";
import type { TooltipActions, TooltipContent } from "./types";

export interface TooltipProps {
  content: TooltipContent | null;
  actions: TooltipActions;
  announcement: string;
  t: Translate;
}

// role="dialog" (non-modal) rather than role="tooltip": it holds links the reader may tab to and click,
// which ARIA does not allow inside a tooltip. Focus is never moved into it, so reading is not interrupted;
// keyboard steps are announced through the live region instead.
export function Tooltip({ content, actions, announcement, t }: TooltipProps) {
  const view = content?.entity;
  return (
    <>
      {content && (
        <div class="panel" role="dialog" aria-label={view?.label ?? t("tooltipSaved")} lang={view?.lang}>
          {/* First, so that Save, the note and Delete are in view even when the facts need scrolling. */}
          <SavedSection content={content} actions={actions} t={t} />
          {view && <EntityFacts view={view} t={t} />}
          {view && content.aboutName && (
            <AboutName about={content.aboutName} lang={view.lang} actions={actions} t={t} />
          )}
          {content.partOf && (
            <p class="part-of">
              {t("tooltipPartOf")}{" "}
              <button type="button" class="link" onClick={() => actions.showOuter()}>
                {content.partOf}
              </button>
            </p>
          )}
        </div>
      )}
      <div class="live" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}

/** The reader's own words, apart from any fact: their note, when they added it, their link. */
function OwnNote({ own, t }: { own: OwnView; t: Translate }) {
  return (
    <section class="own-entry">
      {own.note && <p class="note">{own.note}</p>}
      <p class="meta">
        {own.added}
        {own.link && (
          <>
            {" · "}
            <a href={own.link} target="_blank" rel="noopener noreferrer" title={t("tooltipNewTab")}>
              {hostOf(own.link)}
            </a>
          </>
        )}
      </p>
    </section>
  );
}

function hostOf(link: string): string {
  return URL.canParse(link) ? new URL(link).hostname : link;
}

function EntityFacts({ view, t }: { view: TooltipView; t: Translate }) {
  return (
    <>
      <header>
        <span class="label">{view.label}</span>
        <span class="type">{view.type}</span>
        {view.own && (
          <span class="own" title={t("tooltipOwnHint")}>
            {t("tooltipOwn")}
          </span>
        )}
      </header>
      {view.description && <p class="description">{view.description}</p>}
      {view.own && <OwnNote own={view.own} t={t} />}
      {view.facts.length > 0 && (
        <ul aria-label={t("tooltipFacts")}>
          {view.facts.map((fact) => (
            <li key={fact.text}>
              {fact.text}
              <span class="meta" title={fact.quote ? t("tooltipQuote", fact.quote) : undefined}>
                {fact.asOf && `${fact.asOf} · `}
                {fact.url ? (
                  <a href={fact.url} target="_blank" rel="noopener noreferrer">
                    {fact.source}
                  </a>
                ) : (
                  fact.source
                )}
                {/* The pack's name never breaks at its hyphen ("Welt-|Paket"); the line breaks before "·". */}{" "}
                <span class="pack">· {fact.pack}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.relations.length > 0 && (
        <dl aria-label={t("tooltipRelations")}>
          {view.relations.map((row) => [
            <dt key={`${row.label}-t`}>{row.label}</dt>,
            <dd key={`${row.label}-d`}>{row.names.join(", ")}</dd>,
          ])}
        </dl>
      )}
      {view.wikipedia && (
        <footer>
          <a
            href={view.wikipedia.url}
            target="_blank"
            rel="noopener noreferrer"
            hrefLang={view.wikipedia.lang}
            title={t("tooltipNewTab")}
          >
            {view.wikipedia.text}
          </a>
        </footer>
      )}
    </>
  );
}
