// The backup reminder's rule (docs/backup.md): off by default, due after the chosen weeks counted from the
// last export of everything or from when it was turned on; unreadable dates remind.

import * as v from "valibot";
import { backupDue, chooseBackup, exported } from "../../src/core/settings/backup";
import { DEFAULT_SETTINGS, SettingsSchema } from "../../src/core/settings/schema";

const DAY = 86_400_000;
const now = Date.parse("2026-12-07T12:00:00.000Z");
const ago = (days: number) => new Date(now - days * DAY).toISOString();

test("off by default, and settings saved before the reminder existed parse with it off", () => {
  expect(DEFAULT_SETTINGS.backup.weeks).toBe(0);
  const { backup: _, ...older } = DEFAULT_SETTINGS;
  expect(v.parse(SettingsSchema, older).backup).toEqual({ weeks: 0, last: null, since: null });
  expect(backupDue(DEFAULT_SETTINGS.backup, now)).toBeNull();
  expect(
    v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, backup: { weeks: 3, last: null, since: null } })
      .success,
  ).toBe(false);
});

test("turned on: counted from that day; then from the last export", () => {
  const on = chooseBackup(DEFAULT_SETTINGS.backup, 2, ago(13));
  expect(backupDue(on, now)).toBeNull();
  expect(backupDue(chooseBackup(DEFAULT_SETTINGS.backup, 2, ago(14)), now)).toBe(14);
  // Choosing another interval keeps the day it was turned on.
  expect(chooseBackup(on, 1, ago(0)).since).toBe(ago(13));
  expect(backupDue(chooseBackup(on, 1, ago(0)), now)).toBe(13);
  const saved = exported(chooseBackup(on, 1, ago(0)), ago(3));
  expect(backupDue(saved, now)).toBeNull();
  expect(backupDue({ ...saved, last: ago(8) }, now)).toBe(8);
  expect(chooseBackup(saved, 0, ago(0))).toEqual({ weeks: 0, last: ago(3), since: null });
  expect(backupDue(chooseBackup(saved, 0, ago(0)), now)).toBeNull();
});

test("a date that cannot be read reminds rather than stays silent", () => {
  expect(backupDue({ weeks: 1, last: "gestern", since: null }, now)).toBe(Number.POSITIVE_INFINITY);
  expect(backupDue({ weeks: 1, last: null, since: null }, now)).toBe(Number.POSITIVE_INFINITY);
});
