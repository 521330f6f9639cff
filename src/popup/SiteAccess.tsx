// "Site access" in the popup, from props alone: all sites, or only the sites the reader allows one by one.
// The container (PopupContainer/use-site-access) asks the browser for the permissions these choices need.
import { ACCESS_MODES, type AccessMode } from "../core/settings";
import type { MessageKey, Translate } from "../ui/i18n";

/** What the site switch and the access choice need beyond the settings themselves. */
export interface SiteAccessProps {
  /** Whether the browser grants this tab's host; null while unknown or when there is no host. */
  granted: boolean | null;
  /** A message key to show after a request: refused, or Chrome keeping its access. */
  notice: MessageKey | null;
  /** Called from the click itself, so that the container can start a permission request in it. */
  onAccess: (access: AccessMode) => void;
  /** "Allow on this site" switched; called from the click, like onAccess. */
  onAllowSite: (host: string, allow: boolean) => void;
}

const ACCESS_KEYS = { all: "popupAccessAll", chosen: "popupAccessChosen" } as const satisfies Record<
  AccessMode,
  MessageKey
>;

export function SiteAccessFields(props: {
  t: Translate;
  access: AccessMode;
  disabled: boolean;
  onAccess: (access: AccessMode) => void;
}) {
  const { t, access, disabled, onAccess } = props;
  return (
    <fieldset class="access" disabled={disabled}>
      <legend>{t("popupAccess")}</legend>
      {ACCESS_MODES.map((mode) => (
        <label class="access-choice" key={mode}>
          <input
            type="radio"
            name="access"
            value={mode}
            checked={access === mode}
            onChange={() => onAccess(mode)}
          />
          <span>{t(ACCESS_KEYS[mode])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function AccessNotice({ t, notice }: { t: Translate; notice: MessageKey | null }) {
  return notice ? (
    <output class="access-notice" data-notice={notice}>
      {t(notice)}
    </output>
  ) : null;
}
