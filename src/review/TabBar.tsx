// The review page's two views. Plain links: each tab has its own URL (review.html, review.html?tab=entries),
// so reload, back and "open in new tab" all work without custom key handling.
import type { Translate } from "../ui/i18n";
import type { Tab } from "./entries-model";

export function TabBar({ t, active }: { t: Translate; active: Tab }) {
  const tab = (name: Tab, href: string, label: string) => (
    <a class={`tab tab-${name}`} href={href} aria-current={active === name ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <nav class="tabs" aria-label={t("reviewTabs")}>
      {tab("highlights", "review.html", t("reviewTabHighlights"))}
      {tab("entries", "review.html?tab=entries", t("reviewTabEntries"))}
    </nav>
  );
}
