// The tooltip's keeping controls on a saved highlight (docs/keeping.md): the marker colour (native radio
// buttons, so arrow keys move between them), tags (type and Enter, suggestions from tags in use, each tag
// removable), and "Copy link"; and on a name, what the reader saved about it before.
import { useState } from "preact/hooks";
import { COLOURS } from "../../core/highlights/types";
import { COLOUR_NAMES } from "../../ui/colour-names";
import { formatDate, type Lang, type Translate } from "../../ui/i18n";
import type { AboutView } from "../keeping";
import type { SavedView, TooltipActions } from "./types";

/** Key presses stay in the tooltip, so the page's own shortcuts never fire while the reader types. */
const keep = (e: Event) => e.stopPropagation();

export function ColourPicker({
  saved,
  actions,
  t,
}: {
  saved: SavedView;
  actions: TooltipActions;
  t: Translate;
}) {
  return (
    <fieldset class="colours">
      <legend>{t("tooltipColour")}</legend>
      {COLOURS.map((colour) => (
        <input
          key={colour}
          type="radio"
          class={`swatch swatch-${colour}`}
          name={`randnotiz-colour-${saved.id}`}
          value={colour}
          aria-label={t(COLOUR_NAMES[colour])}
          title={t(COLOUR_NAMES[colour])}
          checked={saved.colour === colour}
          onKeyDown={keep}
          onChange={() => actions.setColour(saved.id, colour)}
        />
      ))}
    </fieldset>
  );
}

export function TagEditor({
  saved,
  suggestions,
  actions,
  t,
}: {
  saved: SavedView;
  suggestions: readonly string[];
  actions: TooltipActions;
  t: Translate;
}) {
  const [draft, setDraft] = useState("");
  const listId = `randnotiz-tags-${saved.id}`;
  const have = new Set(saved.tags.map((tag) => tag.toLocaleLowerCase()));
  const offered = suggestions.filter((tag) => !have.has(tag.toLocaleLowerCase())).slice(0, 20);
  const add = () => {
    const tag = draft.replace(/\s+/g, " ").trim();
    setDraft("");
    if (tag && !have.has(tag.toLocaleLowerCase())) actions.setTags(saved.id, [...saved.tags, tag]);
  };
  return (
    <div class="tags">
      {saved.tags.length > 0 && (
        <ul aria-label={t("tooltipTags")}>
          {saved.tags.map((tag) => (
            <li key={tag}>
              <span class="tag">{tag}</span>
              <button
                type="button"
                class="tag-remove"
                aria-label={t("tooltipTagRemove", tag)}
                title={t("tooltipTagRemove", tag)}
                onClick={() =>
                  actions.setTags(
                    saved.id,
                    saved.tags.filter((x) => x !== tag),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        class="tag-input"
        list={listId}
        maxLength={60}
        aria-label={t("tooltipTagAdd")}
        placeholder={t("tooltipTagPlaceholder")}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter" && !e.isComposing) {
            e.preventDefault();
            add();
          }
        }}
        onKeyUp={keep}
        onKeyPress={keep}
      />
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}

export function CopyLink({
  saved,
  copied,
  actions,
  t,
}: {
  saved: SavedView;
  copied: string | null;
  actions: TooltipActions;
  t: Translate;
}) {
  return (
    <>
      <button type="button" class="copy-link" onClick={() => actions.copyLink(saved.id)}>
        {t("tooltipCopyLink")}
      </button>
      {copied && <output class="copied">{t("tooltipLinkCopied", copied)}</output>}
    </>
  );
}

/** "You saved n passages about this", the two newest (start of the quote, site, date), and the timeline. */
export function AboutName({
  about,
  lang,
  actions,
  t,
}: {
  about: AboutView;
  lang: Lang;
  actions: TooltipActions;
  t: Translate;
}) {
  const { count, newest } = about.answer;
  const text = count === 1 ? t("tooltipAboutOne") : t("tooltipAboutMany", String(count));
  return (
    <section class="about-name" aria-label={text}>
      <p class="about-count">{text}</p>
      <ul>
        {newest.map((p) => (
          <li key={p.id}>
            <span class="about-quote">
              {p.quote.length > 60 ? `${p.quote.slice(0, 60).trimEnd()}…` : p.quote}
            </span>
            <span class="meta">
              {/^https?:\/\/(?:www\.)?([^/:?#]+)/.exec(p.source)?.[1] ?? p.source} ·{" "}
              {formatDate(p.created.slice(0, 10), lang)}
            </span>
          </li>
        ))}
      </ul>
      {/* A button, not a link: web pages may not open extension pages, the background opens the tab. */}
      <button type="button" class="link about-all" onClick={() => actions.openTimeline(about.entity)}>
        {t("tooltipAboutAll")}
      </button>
    </section>
  );
}
