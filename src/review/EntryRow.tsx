// One of the reader's entries in the list: name, type, date, spellings, note and link, with Edit and Delete.
import type { Entry } from "../core/entries";
import { formatDate, type Lang, type Translate, TYPE_NAME_KEYS } from "../ui/i18n";

export function EntryRow({
  t,
  lang,
  entry,
  ...props
}: { t: Translate; lang: Lang; entry: Entry } & {
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
}) {
  return (
    <li class="entry" data-id={entry.id}>
      <div class="entry-head">
        <h2 class="entry-name">{entry.name}</h2>
        <span class={`entry-type type-${entry.type}`}>{t(TYPE_NAME_KEYS[entry.type])}</span>
        <span class="entry-date">{t("entriesAddedOn", formatDate(entry.created.slice(0, 10), lang))}</span>
      </div>
      {entry.aliases.length ? <p class="entry-aliases">{entry.aliases.join(" · ")}</p> : null}
      {entry.note ? <p class="entry-note">{entry.note}</p> : null}
      {entry.link ? (
        <p class="entry-link">
          <a href={entry.link} target="_blank" rel="noopener noreferrer">
            {entry.link}
          </a>
        </p>
      ) : null}
      <div class="entry-row-actions">
        <button type="button" class="entry-edit" onClick={() => props.onEdit(entry)}>
          {t("entriesEdit")}
        </button>
        <button type="button" class="entry-delete danger" onClick={() => props.onDelete(entry)}>
          {t("entriesDelete")}
        </button>
      </div>
    </li>
  );
}
