// The backup reminder on the review page (docs/backup.md): the reader's choice of how often, off by
// default, and the reminder itself when an export of everything is due. Props only; the container saves.

import type { Backup } from "../core/settings/backup";
import { BACKUP_WEEKS } from "../core/settings/schema";
import type { Translate } from "../ui/i18n";

export interface BackupBarProps {
  t: Translate;
  weeks: Backup["weeks"];
  /** Days since the last export (or since the reminder was turned on) when one is due; null when not. */
  due: number | null;
  /** No export of everything since the reminder was turned on. */
  never: boolean;
  disabled: boolean;
  onChoose: (weeks: Backup["weeks"]) => void;
  onExportAll: () => void;
}

export function BackupBar({ t, weeks, due, never, disabled, onChoose, onExportAll }: BackupBarProps) {
  const label = (w: Backup["weeks"]) =>
    w === 0 ? t("backupOff") : w === 1 ? t("backupWeek") : t("backupWeeks", String(w));
  return (
    <div class="backup">
      <label class="backup-choice" title={t("backupHint")}>
        {t("backupLabel")}{" "}
        <select
          id="backup-weeks"
          value={String(weeks)}
          onChange={(event) => onChoose(Number(event.currentTarget.value) as Backup["weeks"])}
        >
          {BACKUP_WEEKS.map((w) => (
            <option key={w} value={String(w)}>
              {label(w)}
            </option>
          ))}
        </select>
      </label>
      {due !== null ? (
        <p class="notice backup-due">
          {never || !Number.isFinite(due) ? t("backupDueNever") : t("backupDueDays", String(due))}{" "}
          <button type="button" class="link backup-now" disabled={disabled} onClick={onExportAll}>
            {t("backupNow")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
