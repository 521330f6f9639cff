// A date filter as a text field in the UI language ("07.12.2026", "7 Dec 2026"), not a native date input,
// which follows the browser's locale whatever the reader chose (docs/review-page.md). The day is applied
// when the reader leaves the field or presses Enter; what is no day is said, and changes nothing.
import { useEffect, useState } from "preact/hooks";
import { DAY_PLACEHOLDER, parseDay } from "../ui/dates";
import { formatDate, type Lang, type Translate } from "../ui/i18n";

interface Props {
  id: string;
  label: string;
  lang: Lang;
  t: Translate;
  /** "YYYY-MM-DD" or null. */
  value: string | null;
  onValue: (day: string | null) => void;
}

export function DateField({ id, label, lang, t, value, onValue }: Props) {
  const shown = value ? formatDate(value, lang) : "";
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(shown);
    setInvalid(false);
  }, [shown]);
  const commit = (input: HTMLInputElement) => {
    const day = parseDay(input.value);
    setInvalid(day === null);
    input.setCustomValidity(day === null ? t("reviewDateInvalid", DAY_PLACEHOLDER[lang]) : "");
    if (day === null) {
      input.reportValidity();
      return;
    }
    if ((day || null) !== value) onValue(day || null);
    else setDraft(shown);
  };
  return (
    <label class="field">
      <span>{label}</span>
      <input
        id={id}
        class="date"
        type="text"
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        placeholder={DAY_PLACEHOLDER[lang]}
        aria-invalid={invalid ? "true" : undefined}
        value={draft}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          event.currentTarget.setCustomValidity("");
          setInvalid(false);
        }}
        onBlur={(event) => commit(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(event.currentTarget);
          }
        }}
      />
    </label>
  );
}
