// "Also on this page": the names the fact base lacks, grouped by kind, from props alone. Discovery starts
// only when the reader opens the section (compromise is loaded then, off the page).
import type { NameKind } from "../core/discover";
import type { DiscoverDetails, DiscoveredDetail } from "../platform/messages";
import type { Translate } from "../ui/i18n";
import { useWholeRows } from "./use-whole-rows";

export type DiscoverState =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "ready"; details: DiscoverDetails }
  | { kind: "failed"; message: string };

export interface DiscoverSectionProps {
  t: Translate;
  /** The tab's content script answers: on a browser page or a store there is nothing to read. */
  available: boolean;
  state: DiscoverState;
  onStart: () => void;
  onReveal: (name: DiscoveredDetail) => void;
  onAdd: (name: DiscoveredDetail) => void;
}

const KINDS: readonly NameKind[] = ["person", "place", "organisation"];
const KIND_KEYS = {
  person: "popupTypePerson",
  place: "popupTypePlace",
  organisation: "popupTypeOrganisation",
} as const satisfies Record<NameKind, string>;

/** A search on Wikipedia in the page's language (de or en): a link the reader follows; we fetch nothing. */
export function wikipediaSearch(text: string, lang: string): string {
  const wiki = lang.startsWith("de") ? "de" : "en";
  return `https://${wiki}.wikipedia.org/w/index.php?search=${encodeURIComponent(text)}`;
}

function Body({ t, state, onReveal, onAdd }: DiscoverSectionProps) {
  const rows = useWholeRows<HTMLDivElement>();
  if (state.kind === "idle") return null;
  if (state.kind === "working") {
    return (
      <output class="state" data-state="working" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        {t("popupDiscoverWorking")}
      </output>
    );
  }
  if (state.kind === "failed" || state.details.error) {
    const message = state.kind === "failed" ? state.message : (state.details.error ?? "");
    return (
      <output class="state" data-state="failed">
        {t("popupDiscoverFailed", message)}
      </output>
    );
  }
  const { names, lang, partial } = state.details;
  if (!lang.startsWith("de") && !lang.startsWith("en")) {
    return (
      <output class="state" data-state="language">
        {t("popupDiscoverLanguage")}
      </output>
    );
  }
  if (names.length === 0) {
    return (
      <output class="state" data-state="empty">
        {t("popupDiscoverNone")}
      </output>
    );
  }
  return (
    <div class="groups" data-state="list" ref={rows}>
      {partial ? <p class="hint">{t("popupDiscoverPartial")}</p> : null}
      {KINDS.map((kind) => {
        const group = names.filter((n) => n.kind === kind);
        if (group.length === 0) return null;
        const headingId = `discover-${kind}`;
        return (
          <section class="group" key={kind} data-kind={kind} aria-labelledby={headingId}>
            <h3 id={headingId}>
              {t(KIND_KEYS[kind])} <span class="group-total">{group.length}</span>
            </h3>
            <ul>
              {group.map((name) => (
                <li key={name.text} class="discovered" data-name={name.text}>
                  <button
                    type="button"
                    class="entity"
                    data-count={name.count}
                    title={t("popupReveal", name.text)}
                    onClick={() => onReveal(name)}
                  >
                    <span class="entity-label">{name.text}</span>
                    <span class="count" aria-hidden="true">
                      {name.count}
                    </span>
                  </button>
                  <a
                    class="wiki"
                    href={wikipediaSearch(name.text, lang)}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={t("popupDiscoverWikipedia", name.text)}
                  >
                    W
                  </a>
                  <button
                    type="button"
                    class="add"
                    title={t("popupDiscoverAdd", name.text)}
                    aria-label={t("popupDiscoverAdd", name.text)}
                    onClick={() => onAdd(name)}
                  >
                    +
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function DiscoverSection(props: DiscoverSectionProps) {
  const { t, state, onStart, available } = props;
  return (
    <section class="discover" aria-labelledby="discover-heading">
      <h2 id="discover-heading">{t("popupDiscoverHeading")}</h2>
      {state.kind === "idle" ? (
        <button type="button" class="discover-start" disabled={!available} onClick={onStart}>
          {t("popupDiscoverStart")}
        </button>
      ) : null}
      <Body {...props} />
    </section>
  );
}
