// The settings model: schema, defaults and the per-site rule. Stored as one versioned object.
import * as v from "valibot";

export const ENTITY_TYPES = ["person", "organisation", "country", "place", "event", "media"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const MARK_STYLES = ["underline", "background", "both"] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const SETTINGS_VERSION = 1;

const TypesSchema = v.object(
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, v.boolean()])) as Record<
    EntityType,
    v.BooleanSchema<undefined>
  >,
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  enabled: v.boolean(),
  /** Hostname → explicit rule. "on" with enabled=false means "only here". */
  sites: v.record(v.pipe(v.string(), v.maxLength(253)), v.picklist(["on", "off"])),
  types: TypesSchema,
  style: v.picklist(MARK_STYLES),
  tooltipDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  language: v.picklist(["auto", "de", "en"]),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  sites: {},
  types: { person: true, organisation: true, country: true, place: true, event: true, media: true },
  style: "underline",
  tooltipDelay: 300,
  language: "auto",
};

export interface ParsedSettings {
  settings: Settings;
  /** Set when the stored value was unusable and defaults were used instead. */
  error?: string;
}

/** Turns whatever storage holds into valid settings; never throws. */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === undefined || stored === null) return { settings: structuredClone(DEFAULT_SETTINGS) };
  const result = v.safeParse(SettingsSchema, stored);
  if (result.success) return { settings: result.output };
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    error: `Stored settings are invalid${path ? ` at "${path}"` : ""}: ${issue?.message ?? "unknown"}; using defaults.`,
  };
}

/** Whether annotation runs on this host: a site rule wins over the master switch. */
export function isActiveOn(settings: Settings, host: string): boolean {
  const rule = Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
  if (rule === "on") return true;
  if (rule === "off") return false;
  return settings.enabled;
}
