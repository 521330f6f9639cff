// UI strings from _locales, in a language the reader can choose. browser.i18n only follows the browser's
// language, so the popup and the tooltip read the bundled messages.json files themselves.
import de from "../../assets/_locales/de/messages.json";
import en from "../../assets/_locales/en/messages.json";
import type { EntityType, Settings } from "../core/settings";

import type { Lang } from "../core/view/types";

export type { Lang };
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<Lang, Messages> = { de, en };

export type MessageKey = keyof typeof en;

/** The language to show: the setting, or the browser's UI language when the setting is "auto". */
export function resolveLang(setting: Settings["language"], uiLanguage: string): Lang {
  if (setting !== "auto") return setting;
  return uiLanguage.toLowerCase().startsWith("de") ? "de" : "en";
}

/** The plural name of each entity type, as lists and the entry forms show it (the tooltip has singular ones). */
export const TYPE_KEYS = {
  person: "popupTypePerson",
  organisation: "popupTypeOrganisation",
  country: "popupTypeCountry",
  place: "popupTypePlace",
  event: "popupTypeEvent",
  media: "popupTypeMedia",
} as const satisfies Record<EntityType, MessageKey>;

/**
 * The singular name of one thing's type ("Place"): a tooltip, an entry and the entry form's choice all say
 * it the same way. Headings over a list of them use TYPE_KEYS ("Places").
 */
export const TYPE_NAME_KEYS = {
  person: "tooltipTypePerson",
  organisation: "tooltipTypeOrganisation",
  country: "tooltipTypeCountry",
  place: "tooltipTypePlace",
  event: "tooltipTypeEvent",
  media: "tooltipTypeMedia",
} as const satisfies Record<EntityType, MessageKey>;

export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/**
 * A translator for `lang`. Substitutions follow the messages.json rules: named placeholders map to $1…$9.
 * A key missing in the language falls back to English, then to the key itself, so nothing is blank.
 */
export function translator(lang: Lang): Translate {
  return (key, ...subs) => {
    const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
    if (!entry) return key;
    let text = entry.message;
    for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
      text = text
        .replaceAll(`$${name.toUpperCase()}$`, placeholder.content)
        .replaceAll(`$${name}$`, placeholder.content);
    }
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
  };
}

/** "27.11.2022" or "27 Nov 2022" from an ISO date, without time-zone surprises. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    day: lang === "de" ? "2-digit" : "numeric",
    month: lang === "de" ? "2-digit" : "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
