// The settings shape (valibot: one declaration gives the runtime check and the type) and its defaults.
import * as v from "valibot";

export const ENTITY_TYPES = ["person", "organisation", "country", "place", "event", "media"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const MARK_STYLES = ["underline", "background", "both"] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const LANGUAGES = ["auto", "de", "en"] as const;

export const ACCESS_MODES = ["all", "chosen"] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const SETTINGS_VERSION = 1;

/** The bundled packs a reader can switch (docs/world-pack.md); the same names as the fact base's. */
export const PACK_NAMES = ["seed", "world"] as const;
export type PackName = (typeof PACK_NAMES)[number];

export const TOOLTIP_DELAY_MAX = 2000;

export const TypesSchema = v.object(
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, v.boolean()])) as Record<
    EntityType,
    v.BooleanSchema<undefined>
  >,
);

export const HostSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(253));
export const SiteRuleSchema = v.picklist(["on", "off"]);

/** The reminder's choices, in weeks; 0 is off. */
export const BACKUP_WEEKS = [0, 1, 2, 4, 8] as const;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  enabled: v.boolean(),
  /** Hostname → explicit rule. "on" with enabled=false means "only here". */
  sites: v.record(HostSchema, SiteRuleSchema),
  types: TypesSchema,
  style: v.picklist(MARK_STYLES),
  tooltipDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TOOLTIP_DELAY_MAX)),
  language: v.picklist(LANGUAGES),
  /**
   * "chosen": active only on sites with rule "on" (optional host permissions per site). Optional, so
   * version-1 settings from before it parse as they are, without a migration step.
   */
  access: v.optional(v.picklist(ACCESS_MODES), "all"),
  /** Which bundled packs mark names; both on by default. Optional, so older settings parse unchanged. */
  packs: v.optional(v.object({ seed: v.boolean(), world: v.boolean() }), { seed: true, world: true }),
  /**
   * The backup reminder (docs/backup.md): every `weeks` weeks (0: off, the default), counted from the last
   * JSON-LD export, or from when it was turned on. Optional, so older settings parse unchanged.
   */
  backup: v.optional(
    v.object({
      weeks: v.picklist(BACKUP_WEEKS),
      last: v.nullable(v.string()),
      since: v.nullable(v.string()),
    }),
    { weeks: 0, last: null, since: null },
  ),
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
  access: "all",
  packs: { seed: true, world: true },
  backup: { weeks: 0, last: null, since: null },
};

/** The packs switched on, as a set (the fact base's pack names). */
export function enabledPacks(settings: Pick<Settings, "packs">): Set<PackName> {
  return new Set(PACK_NAMES.filter((p) => settings.packs[p]));
}
