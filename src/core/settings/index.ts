// The settings model: schema, defaults, migrations and the per-site rule. Stored as one versioned object.
import * as v from "valibot";
import { migrate } from "./migrate";
import {
  DEFAULT_SETTINGS,
  ENTITY_TYPES,
  HostSchema,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
  SiteRuleSchema,
} from "./schema";

export { migrate } from "./migrate";
export * from "./schema";

export interface ParsedSettings {
  settings: Settings;
  /** Set when part or all of the stored value was unusable and defaults were used for it. */
  error?: string;
  /** The stored value should be rewritten as `settings` (it was migrated or repaired). */
  rewrite: boolean;
}

function defaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/**
 * Turns whatever storage holds into valid settings; never throws. Older versions are migrated first.
 * A field that fails the schema falls back to its default on its own, so one bad value (say a site rule
 * written by a buggy release) does not throw away the reader's other choices.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === undefined || stored === null) return { settings: defaults(), rewrite: false };
  const migrated = migrate(stored);
  if (migrated.kind === "foreign") {
    return {
      settings: defaults(),
      error: `Stored settings are not usable (${migrated.reason}); using defaults.`,
      rewrite: true,
    };
  }
  const value = { ...migrated.value, version: SETTINGS_VERSION };
  const result = v.safeParse(SettingsSchema, value);
  const newer =
    migrated.kind === "newer"
      ? ` (written by a newer version ${migrated.version}; read what this one knows)`
      : "";
  if (result.success) {
    return {
      settings: result.output,
      rewrite: migrated.kind === "migrated",
      ...(newer ? { error: `Stored settings${newer}.` } : {}),
    };
  }
  const { settings, bad } = salvage(value);
  const where = bad.map((p) => `"${p}"`).join(", ");
  return {
    settings,
    ...(bad.length > 0 || newer
      ? {
          error: `Stored settings${bad.length ? ` are invalid at ${where}` : ""}${newer}; using defaults there.`,
        }
      : {}),
    rewrite: migrated.kind !== "newer",
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What to store for `settings` over the stored value `stored` (docs/integrity.md): the fields of a current
 * or newer version that this one does not know are kept, also inside `types`, and a newer `version` is
 * never lowered, so settings synced from a newer release survive a toggle here. Fields of an older
 * version are not carried over: its migration decided what becomes of them.
 */
export function settingsForWrite(settings: Settings, stored: unknown): Record<string, unknown> {
  if (!isObject(stored)) return settings;
  const version = stored.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < SETTINGS_VERSION)
    return settings;
  const types = isObject(stored.types) ? { ...stored.types, ...settings.types } : settings.types;
  return { ...stored, ...settings, types, version: Math.max(version, settings.version) };
}

function salvage(value: Record<string, unknown>): { settings: Settings; bad: string[] } {
  const settings = defaults();
  const bad: string[] = [];
  const keys = Object.keys(SettingsSchema.entries) as Array<keyof Settings>;
  for (const key of keys) {
    // A missing field is what an older release simply did not have: its default is the right value.
    if (key === "version" || key === "sites" || key === "types" || value[key] === undefined) continue;
    const field = v.safeParse(SettingsSchema.entries[key], value[key]);
    if (field.success) (settings as Record<string, unknown>)[key] = field.output;
    else bad.push(key);
  }
  const sites = value.sites;
  if (typeof sites === "object" && sites !== null && !Array.isArray(sites)) {
    for (const [host, rule] of Object.entries(sites)) {
      if (v.is(HostSchema, host) && v.is(SiteRuleSchema, rule)) settings.sites[host] = rule;
      else bad.push(`sites.${host}`);
    }
  } else if (sites !== undefined) bad.push("sites");
  const types = value.types;
  if (typeof types === "object" && types !== null && !Array.isArray(types)) {
    for (const type of ENTITY_TYPES) {
      const on = (types as Record<string, unknown>)[type];
      if (typeof on === "boolean") settings.types[type] = on;
      else if (on !== undefined) bad.push(`types.${type}`);
    }
  } else if (types !== undefined) bad.push("types");
  return { settings, bad };
}

/**
 * Whether annotation runs on this host: a site rule wins over the master switch. With access "chosen" only
 * a site the reader allowed (rule "on") is active, whatever the master switch says.
 */
export function isActiveOn(settings: Settings, host: string): boolean {
  const rule = Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
  if (rule === "on") return true;
  if (settings.access === "chosen") return false;
  if (rule === "off") return false;
  return settings.enabled;
}

/**
 * The settings with `host` switched to `active`. A rule is stored only where it differs from the master
 * switch, so "off here" and "on only here" stay explicit and turning the master switch back leaves no
 * stale rules that agree with it.
 */
export function withSiteActive(settings: Settings, host: string, active: boolean): Settings {
  const sites = { ...settings.sites };
  delete sites[host];
  // With access "chosen" the rule "on" is the reader's choice itself, so it is kept whatever the master switch.
  const differs = settings.access === "chosen" ? active : settings.enabled !== active;
  if (differs) sites[host] = active ? "on" : "off";
  return { ...settings, sites };
}

/**
 * The settings with site access `access`. "Only on sites I choose" starts with no site chosen (in Firefox
 * the sites' permissions go with the switch), so "on" rules are dropped; "off" rules mean nothing there
 * but are kept for the way back. Back to "all", chosen sites whose rule now agrees with the master
 * switch are dropped, as withSiteActive would not have stored them.
 */
export function withAccess(settings: Settings, access: Settings["access"]): Settings {
  if (settings.access === access) return settings;
  const sites: Settings["sites"] = {};
  for (const [host, rule] of Object.entries(settings.sites)) {
    const keep = access === "chosen" ? rule === "off" : (rule === "on") !== settings.enabled;
    if (keep) sites[host] = rule;
  }
  return { ...settings, access, sites };
}
