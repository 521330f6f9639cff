// The language an extension page speaks: the reader's setting, else the browser's. It also labels the
// document (lang, title) so screen readers and the tab strip follow a switch at once.
import { useEffect, useMemo } from "preact/hooks";
import type { Settings } from "../core/settings";
import { browser } from "../platform/browser";
import { entityInfo } from "./entity-info";
import { type Lang, type MessageKey, resolveLang, type Translate, translator } from "./i18n";

export function useLanguage(
  settings: Settings | null,
  titleKey: MessageKey,
): { lang: Lang; t: Translate; lookup: ReturnType<typeof entityInfo> } {
  const lang = resolveLang(settings?.language ?? "auto", browser.i18n.getUILanguage());
  const t = useMemo(() => translator(lang), [lang]);
  const lookup = useMemo(() => entityInfo(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(titleKey);
  }, [lang, t, titleKey]);
  return { lang, t, lookup };
}
