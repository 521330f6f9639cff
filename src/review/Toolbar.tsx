// The controls above the list: search, grouping, sorting, filters, export and import. All are native
// inputs, selects and buttons, so the keyboard and screen readers work without custom handling.
import { useState } from "preact/hooks";
import type { Facet, GroupBy, ReviewQuery, SortOrder } from "../core/highlights/search";
import { COLOURS, type Colour } from "../core/highlights/types";
import { COLOUR_NAMES } from "../ui/colour-names";
import type { Lang, MessageKey, Translate } from "../ui/i18n";
import { DateField } from "./DateField";
import { ImportButton } from "./ImportButton";
import type { EntityLookup, ExportFormat, ExportOptions } from "./model";

export interface ToolbarProps {
  t: Translate;
  lang: Lang;
  query: ReviewQuery;
  sort: SortOrder;
  groupBy: GroupBy;
  sites: readonly Facet[];
  entities: readonly Facet[];
  tags: readonly Facet[];
  colours: readonly Facet[];
  lookup: EntityLookup;
  shown: number;
  total: number;
  disabled: boolean;
  onQuery: (patch: Partial<ReviewQuery>) => void;
  onClear: () => void;
  onSort: (sort: SortOrder) => void;
  onGroupBy: (groupBy: GroupBy) => void;
  onExport: (format: ExportFormat, options: ExportOptions) => void;
  onImport: (file: File) => void;
}

/** Each export button names the file it downloads; its title says what the file is for. */
const FORMATS: Array<[ExportFormat, string, MessageKey]> = [
  ["json", "JSON-LD", "reviewExportJsonLd"],
  ["markdown", "Markdown", "reviewExportMarkdown"],
  ["obsidian", "Obsidian (.zip)", "reviewExportObsidian"],
  ["csv", "CSV", "reviewExportCsv"],
];

export function Toolbar(props: ToolbarProps) {
  const { t, query, sort, groupBy, lookup, disabled, onQuery } = props;
  const [wikilinks, setWikilinks] = useState(false);
  const filtered =
    query.text !== "" ||
    query.entity !== null ||
    query.site !== null ||
    query.from !== null ||
    query.to !== null ||
    query.tag !== null ||
    query.colour !== null;
  // ?tag= compares without case: the menu shows the spelling in use.
  const tagValue =
    query.tag === null
      ? ""
      : (props.tags.find((f) => f.value.toLocaleLowerCase() === query.tag!.toLocaleLowerCase())?.value ??
        query.tag);
  const entityOptions = props.entities
    .map((f) => ({ ...f, label: lookup(f.value)?.label ?? f.value }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <div class="toolbar">
      <div class="search-row">
        <label class="sr-only" for="search">
          {t("reviewSearch")}
        </label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t("reviewSearchPlaceholder")}
          value={query.text}
          onInput={(event) => onQuery({ text: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key === "Escape" && event.currentTarget.value) {
              event.preventDefault();
              onQuery({ text: "" });
            }
          }}
        />
        <output class="count" data-shown={props.shown} data-total={props.total} for="search">
          {props.total === 1
            ? t("reviewCountOne", String(props.shown))
            : t("reviewCount", String(props.shown), String(props.total))}
        </output>
        {/* Always there, hidden while nothing is filtered: the row keeps its place. */}
        <button
          type="button"
          class="link clear"
          aria-hidden={filtered ? undefined : "true"}
          tabIndex={filtered ? undefined : -1}
          onClick={props.onClear}
        >
          {t("reviewClearFilters")}
        </button>
      </div>
      <fieldset class="filters" disabled={disabled}>
        <legend class="sr-only">{t("reviewFilters")}</legend>
        <label class="field">
          <span>{t("reviewGroupBy")}</span>
          <select
            id="group-by"
            value={groupBy}
            onChange={(event) => props.onGroupBy(event.currentTarget.value as GroupBy)}
          >
            <option value="page">{t("reviewGroupPage")}</option>
            <option value="entity">{t("reviewGroupEntity")}</option>
          </select>
        </label>
        <label class="field">
          <span>{t("reviewSort")}</span>
          <select
            id="sort"
            value={sort}
            onChange={(event) => props.onSort(event.currentTarget.value as SortOrder)}
          >
            <option value="newest">{t("reviewSortNewest")}</option>
            <option value="oldest">{t("reviewSortOldest")}</option>
            <option value="page">{t("reviewSortPage")}</option>
          </select>
        </label>
        <label class="field">
          <span>{t("reviewFilterEntity")}</span>
          <select
            id="filter-entity"
            value={query.entity ?? ""}
            onChange={(event) => onQuery({ entity: event.currentTarget.value || null })}
          >
            <option value="">{t("reviewFilterAll")}</option>
            {entityOptions.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t("reviewFilterSite")}</span>
          <select
            id="filter-site"
            value={query.site ?? ""}
            onChange={(event) => onQuery({ site: event.currentTarget.value || null })}
          >
            <option value="">{t("reviewFilterAll")}</option>
            {props.sites.map((f) => (
              <option key={f.value} value={f.value}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t("reviewFilterTag")}</span>
          <select
            id="filter-tag"
            value={tagValue}
            onChange={(event) => onQuery({ tag: event.currentTarget.value || null })}
          >
            <option value="">{t("reviewFilterAll")}</option>
            {/* A tag asked for in the address but no longer in use still shows as chosen. */}
            {query.tag !== null && !props.tags.some((f) => f.value === tagValue) ? (
              <option value={query.tag}>{query.tag} (0)</option>
            ) : null}
            {props.tags.map((f) => (
              <option key={f.value} value={f.value}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t("reviewFilterColour")}</span>
          <select
            id="filter-colour"
            value={query.colour ?? ""}
            onChange={(event) => onQuery({ colour: (event.currentTarget.value || null) as Colour | null })}
          >
            <option value="">{t("reviewFilterAll")}</option>
            {COLOURS.map((colour) => (
              <option key={colour} value={colour}>
                {t(COLOUR_NAMES[colour])} ({props.colours.find((f) => f.value === colour)?.count ?? 0})
              </option>
            ))}
          </select>
        </label>
        <DateField
          id="filter-from"
          label={t("reviewFilterFrom")}
          lang={props.lang}
          t={t}
          value={query.from}
          onValue={(from) => onQuery({ from })}
        />
        <DateField
          id="filter-to"
          label={t("reviewFilterTo")}
          lang={props.lang}
          t={t}
          value={query.to}
          onValue={(to) => onQuery({ to })}
        />
      </fieldset>
      <div class="transfer">
        <span class="transfer-label">{t("reviewExport")}</span>
        {FORMATS.map(([format, name, hint]) => (
          <button
            type="button"
            key={format}
            class={`export export-${format}`}
            title={t(hint)}
            disabled={disabled || props.shown === 0}
            onClick={() => props.onExport(format, { wikilinks })}
          >
            {name}
          </button>
        ))}
        <label class="export-option">
          <input
            type="checkbox"
            class="export-wikilinks"
            checked={wikilinks}
            onChange={(e) => setWikilinks(e.currentTarget.checked)}
          />
          {t("reviewExportWikilinks")}
        </label>
        <ImportButton
          class="import"
          inputId="import-file"
          label={t("reviewImport")}
          disabled={disabled}
          onImport={props.onImport}
        />
      </div>
    </div>
  );
}
