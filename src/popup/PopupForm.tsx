// The popup's whole view, from props alone: it never touches storage, tabs or messages, so it can be
// rendered and tested on its own (the container in PopupContainer.tsx supplies the data and callbacks).
import { isActiveOn, type Settings, withSiteActive } from "../core/settings";
import { formatDate, type Lang, type Translate } from "../ui/i18n";
import { Switch } from "../ui/Switch";
import { DiscoverSection, type DiscoverSectionProps } from "./DiscoverSection";
import { EntityList, mentionCount } from "./EntityList";
import { COMMAND_KEYS, type CommandInfo, type EntityLookup, type PageState } from "./model";
import { SettingsFields } from "./SettingsFields";
import { AccessNotice, SiteAccessFields, type SiteAccessProps } from "./SiteAccess";

export interface PopupFormProps {
  t: Translate;
  lang: Lang;
  settings: Settings;
  /** False until the stored settings have been read: the controls show but cannot be used yet. */
  ready: boolean;
  page: PageState;
  lookup: EntityLookup;
  commands: readonly CommandInfo[];
  /** Opens the browser's own page for changing extension shortcuts. */
  onEditShortcuts: () => void;
  factsAsOf?: string;
  onChange: (next: Settings) => void;
  onReveal: (entity: string) => void;
  /** How many highlights the reader has saved in all; null while unknown. */
  savedTotal: number | null;
  onOpenReview: () => void;
  discover: Omit<DiscoverSectionProps, "t" | "available">;
  /** The tab's host when the page does not answer (Firefox, a site not chosen); the page's host wins. */
  tabHost?: string;
  /** "Only on sites I choose"; without it the popup has no access choice. */
  access?: SiteAccessProps;
}

type KnownCommand = CommandInfo & { name: keyof typeof COMMAND_KEYS };

/** Our commands in manifest order; the browser's own (such as _execute_action) are left out. */
function knownCommands(commands: readonly CommandInfo[]): KnownCommand[] {
  const order = Object.keys(COMMAND_KEYS);
  return commands
    .filter((c): c is KnownCommand => Object.hasOwn(COMMAND_KEYS, c.name))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

function siteHint(t: Translate, settings: Settings, host: string, on: boolean): string | null {
  if (settings.access === "chosen") return on ? null : t("popupSiteNotChosen");
  const rule = Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
  if (rule === "on" && !settings.enabled) return t("popupSiteOnlyHere");
  if (rule === "off" && settings.enabled) return t("popupSiteOff");
  return null;
}

export function PopupForm(props: PopupFormProps) {
  const { t, lang, settings, ready, page, lookup, commands, factsAsOf, onChange, onReveal, onEditShortcuts } =
    props;
  const orphans = page.kind === "ready" ? page.summary.saved.orphans : 0;
  const host = page.kind === "ready" ? page.summary.host : (props.tabHost ?? "");
  const { access } = props;
  const chosen = settings.access === "chosen" && access !== undefined;
  // A chosen site counts only while the browser grants it (Firefox can take it away in about:addons).
  const siteOn = host ? isActiveOn(settings, host) && !(chosen && access.granted === false) : false;
  const hint = host ? siteHint(t, settings, host, siteOn) : null;
  const found = page.kind === "ready" && page.summary.active ? page.summary.entities : [];
  const mentions = found.reduce((sum, e) => sum + e.count, 0);
  return (
    <main class="popup">
      <header class="masthead">
        <img src="icons/32.png" alt="" width={24} height={24} />
        <h1>Randnotiz</h1>
      </header>
      <section class="switches" aria-label={t("popupSwitches")}>
        <Switch
          id="master"
          checked={settings.enabled}
          disabled={!ready || chosen}
          label={t("popupMaster")}
          description={chosen ? t("popupMasterChosen") : undefined}
          onChange={(on) => onChange({ ...settings, enabled: on })}
        />
        <Switch
          id="site"
          checked={siteOn}
          disabled={!ready || !host}
          label={chosen ? t("popupSiteAllow") : t("popupSite")}
          description={
            <>
              <span class="host" data-host={host}>
                {host || "—"}
              </span>
              {hint ? <span class="site-hint">{hint}</span> : null}
            </>
          }
          onChange={(on) =>
            chosen ? access.onAllowSite(host, on) : onChange(withSiteActive(settings, host, on))
          }
        />
        {access ? <AccessNotice t={t} notice={access.notice} /> : null}
      </section>
      <section class="found" aria-labelledby="found-heading">
        <h2 id="found-heading">
          {t("popupFound")}
          {found.length > 0 ? (
            <span class="found-count">
              {t(
                "popupFoundCount",
                found.length === 1 ? t("popupNamesOne") : t("popupNamesMany", String(found.length)),
                mentionCount(t, mentions),
              )}
            </span>
          ) : null}
        </h2>
        <EntityList t={t} page={page} lookup={lookup} onReveal={onReveal} />
      </section>
      <DiscoverSection t={t} available={page.kind === "ready"} {...props.discover} />
      <section class="saved" aria-label={t("popupSavedHeading")}>
        {orphans > 0 ? (
          <output class="orphans">
            {orphans === 1 ? t("popupSavedOrphanOne") : t("popupSavedOrphans", String(orphans))}
          </output>
        ) : null}
        <button type="button" class="open-review" onClick={props.onOpenReview}>
          {props.savedTotal === null ? t("popupSavedOpen") : t("popupSavedCount", String(props.savedTotal))}
        </button>
      </section>
      <section class="options" aria-labelledby="options-heading">
        <h2 id="options-heading">{t("popupSettings")}</h2>
        {access ? (
          <SiteAccessFields t={t} access={settings.access} disabled={!ready} onAccess={access.onAccess} />
        ) : null}
        <SettingsFields t={t} settings={settings} disabled={!ready} onChange={onChange} />
      </section>
      {commands.length > 0 ? (
        <section class="shortcuts" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t("popupShortcuts")}</h2>
          <dl>
            {knownCommands(commands).map((command) => (
              <div class="shortcut" key={command.name} data-command={command.name}>
                <dt>{t(COMMAND_KEYS[command.name])}</dt>
                <dd>
                  {command.shortcut ? (
                    <kbd>{command.shortcut}</kbd>
                  ) : (
                    <span class="unset">{t("popupShortcutUnset")}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" class="link" onClick={onEditShortcuts}>
            {t("popupShortcutsChange")}
          </button>
        </section>
      ) : null}
      <footer class="asof">
        {factsAsOf ? <p>{t("popupFactsAsOf", formatDate(factsAsOf, lang))}</p> : null}
        <p class="about-data">{t("popupAboutData")}</p>
      </footer>
    </main>
  );
}
