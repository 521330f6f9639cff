// The backup reminder as the review page wires it (docs/backup.md): whether an export is due, and saving
// the reader's choice of how often. BackupBar.tsx draws it from props.
import { type Backup, backupDue, chooseBackup } from "../core/settings/backup";
import { updateSettings } from "../platform/storage";
import type { Translate } from "../ui/i18n";
import { BackupBar } from "./BackupBar";

export interface BackupSlotProps {
  t: Translate;
  /** The settings' backup rule; nothing is drawn until the settings are loaded. */
  backup: Backup | undefined;
  /** How many highlights the library holds: with none there is nothing to remind of. */
  total: number;
  disabled: boolean;
  onExportAll: () => void;
  onError: (error: unknown) => void;
}

export function BackupSlot({ t, backup, total, disabled, onExportAll, onError }: BackupSlotProps) {
  if (!backup) return null;
  const due = total > 0 ? backupDue(backup, Date.now()) : null;
  const onChoose = (weeks: Backup["weeks"]) =>
    updateSettings((s) => ({ ...s, backup: chooseBackup(s.backup, weeks, new Date().toISOString()) })).catch(
      onError,
    );
  return (
    <BackupBar
      t={t}
      weeks={backup.weeks}
      due={due}
      never={backup.last === null}
      disabled={disabled}
      onChoose={(weeks) => void onChoose(weeks)}
      onExportAll={onExportAll}
    />
  );
}
