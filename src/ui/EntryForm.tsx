// The form for one of the reader's entries, from props alone: the review page and the popup (about 360 px
// wide) both use it. Each control has a visible label; an error is tied to its control with aria-describedby.
// Class names are the style hooks: .entry-form, .entry-field, .entry-hint, .entry-error, .entry-actions.
import { ENTITY_TYPES, type EntityType } from "../core/settings/schema";
import { type MessageKey, type Translate, TYPE_NAME_KEYS } from "./i18n";

/** What the controls hold: the aliases are one text, split with splitAliases() on submit. */
export interface EntryFormValues {
  name: string;
  aliases: string;
  type: EntityType;
  note: string;
  link: string;
}

export interface EntryFormProps {
  t: Translate;
  values: EntryFormValues;
  /** Message keys per field (validateEntryFields); shown under the control. */
  errors?: Partial<Record<keyof EntryFormValues, string>>;
  onChange: (values: EntryFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  /** Prefix of the control ids, so that two forms can share a page. Default "entry". */
  idPrefix?: string;
  /** "add" labels the button Add, "edit" Save. */
  mode?: "add" | "edit";
  busy?: boolean;
  /** A failed save, in words. */
  submitError?: string | null;
}

export function EntryForm(props: EntryFormProps) {
  const { t, values, errors = {}, idPrefix = "entry", busy = false } = props;
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (patch: Partial<EntryFormValues>) => props.onChange({ ...values, ...patch });
  const describedBy = (field: keyof EntryFormValues, hint?: string) =>
    [errors[field] ? id(`${field}-error`) : "", hint ?? ""].filter(Boolean).join(" ") || undefined;
  const error = (field: keyof EntryFormValues) =>
    errors[field] ? (
      <p class="entry-error" id={id(`${field}-error`)}>
        {t(errors[field] as MessageKey)}
      </p>
    ) : null;

  return (
    <form
      class="entry-form"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) props.onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <div class="entry-field">
        <label for={id("name")}>{t("entryName")}</label>
        <input
          id={id("name")}
          type="text"
          autocomplete="off"
          required
          value={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("name")}
          onInput={(event) => set({ name: event.currentTarget.value })}
        />
        {error("name")}
      </div>
      <div class="entry-field">
        <label for={id("aliases")}>{t("entryAliases")}</label>
        <textarea
          id={id("aliases")}
          rows={2}
          value={values.aliases}
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={describedBy("aliases", id("aliases-hint"))}
          onInput={(event) => set({ aliases: event.currentTarget.value })}
        />
        <p class="entry-hint" id={id("aliases-hint")}>
          {t("entryAliasesHint")}
        </p>
        {error("aliases")}
      </div>
      <div class="entry-field">
        <label for={id("type")}>{t("entryType")}</label>
        <select
          id={id("type")}
          value={values.type}
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={describedBy("type")}
          onChange={(event) => set({ type: event.currentTarget.value as EntityType })}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(TYPE_NAME_KEYS[type])}
            </option>
          ))}
        </select>
        {error("type")}
      </div>
      <div class="entry-field">
        <label for={id("note")}>{t("entryNote")}</label>
        <textarea
          id={id("note")}
          rows={3}
          maxLength={2000}
          value={values.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy("note")}
          onInput={(event) => set({ note: event.currentTarget.value })}
        />
        {error("note")}
      </div>
      <div class="entry-field">
        <label for={id("link")}>{t("entryLink")}</label>
        <input
          id={id("link")}
          type="url"
          inputMode="url"
          autocomplete="off"
          placeholder="https://"
          value={values.link}
          aria-invalid={errors.link ? true : undefined}
          aria-describedby={describedBy("link")}
          onInput={(event) => set({ link: event.currentTarget.value })}
        />
        {error("link")}
      </div>
      {props.submitError ? (
        <p class="entry-error" role="alert">
          {props.submitError}
        </p>
      ) : null}
      <div class="entry-actions">
        <button type="submit" class="primary entry-submit" disabled={busy}>
          {t(props.mode === "edit" ? "entrySave" : "entryAdd")}
        </button>
        <button type="button" class="entry-cancel" onClick={props.onCancel}>
          {t("entryCancel")}
        </button>
      </div>
    </form>
  );
}
