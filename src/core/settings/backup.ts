// The backup reminder's rule (docs/backup.md): pure, so the review page and the tests agree on it.
import type { Settings } from "./schema";

export type Backup = Settings["backup"];

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whole days since the last export (or since the reminder was turned on) when a reminder is due, else
 * null: off, or not yet `weeks` weeks. A date that cannot be read counts as long ago, so a damaged value
 * reminds rather than stays silent.
 */
export function backupDue(backup: Backup, now: number): number | null {
  if (backup.weeks === 0) return null;
  const from = Date.parse(backup.last ?? backup.since ?? "");
  const days = Number.isNaN(from) ? Number.POSITIVE_INFINITY : Math.floor((now - from) / DAY);
  return days >= backup.weeks * 7 ? days : null;
}

/** The settings after the reader chose `weeks`: turning it on starts the count today. */
export function chooseBackup(backup: Backup, weeks: Backup["weeks"], now: string): Backup {
  return { ...backup, weeks, since: weeks === 0 ? null : (backup.since ?? now) };
}

/** The settings after a JSON-LD export of every highlight. */
export function exported(backup: Backup, now: string): Backup {
  return { ...backup, last: now };
}
