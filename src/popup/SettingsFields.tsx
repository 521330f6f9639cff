// What is marked and how: type filters, mark style, tooltip delay and UI language.
import { ENTITY_TYPES, LANGUAGES, MARK_STYLES, PACK_NAMES, type Settings } from "../core/settings";
import type { Translate } from "../ui/i18n";
import { TYPE_KEYS } from "../ui/i18n";

export interface SettingsFieldsProps {
  t: Translate;
  settings: Settings;
  disabled: boolean;
  onChange: (next: Settings) => void;
}

const STYLE_KEYS = {
  underline: "popupStyleUnderline",
  background: "popupStyleBackground",
  both: "popupStyleBoth",
} as const;

const PACK_KEYS = { seed: "popupPackSeed", world: "popupPackWorld" } as const;

const LANGUAGE_KEYS = { auto: "popupLanguageAuto", de: "popupLanguageDe", en: "popupLanguageEn" } as const;

/** Steps a reader can tell apart; a select keeps storage.sync's write quota safe, unlike a dragged slider. */
const DELAYS = [0, 150, 300, 500, 800, 1200];

export function SettingsFields({ t, settings, disabled, onChange }: SettingsFieldsProps) {
  const delays = DELAYS.includes(settings.tooltipDelay)
    ? DELAYS
    : [...DELAYS, settings.tooltipDelay].sort((a, b) => a - b);
  return (
    <fieldset class="settings" disabled={disabled}>
      <fieldset class="packs">
        <legend>{t("popupPacks")}</legend>
        {PACK_NAMES.map((pack) => (
          <label class="chip" key={pack}>
            <input
              type="checkbox"
              name="pack"
              value={pack}
              checked={settings.packs[pack]}
              onChange={(event) =>
                onChange({ ...settings, packs: { ...settings.packs, [pack]: event.currentTarget.checked } })
              }
            />
            <span>{t(PACK_KEYS[pack])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="types">
        <legend>{t("popupTypes")}</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="chip" key={type}>
            <input
              type="checkbox"
              name="type"
              value={type}
              checked={settings.types[type]}
              onChange={(event) =>
                onChange({ ...settings, types: { ...settings.types, [type]: event.currentTarget.checked } })
              }
            />
            <span>{t(TYPE_KEYS[type])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="styles">
        <legend>{t("popupStyle")}</legend>
        <div class="segmented">
          {MARK_STYLES.map((style) => (
            <label key={style} data-style={style}>
              <input
                type="radio"
                name="style"
                value={style}
                checked={settings.style === style}
                onChange={() => onChange({ ...settings, style })}
              />
              <span>{t(STYLE_KEYS[style])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="delay">{t("popupDelay")}</label>
        <select
          id="delay"
          value={String(settings.tooltipDelay)}
          onChange={(event) => onChange({ ...settings, tooltipDelay: Number(event.currentTarget.value) })}
        >
          {delays.map((ms) => (
            <option key={ms} value={String(ms)}>
              {t("popupDelayValue", String(ms))}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="language">{t("popupLanguage")}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(event) =>
            onChange({ ...settings, language: event.currentTarget.value as Settings["language"] })
          }
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(LANGUAGE_KEYS[lang])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
