// Migrations for stored settings. Each step lifts one version to the next, so a value from any older
// release reaches the current shape through the same path. Valibot validates only the final shape.
import { SETTINGS_VERSION } from "./schema";

export type Migrated =
  | { kind: "current"; value: Record<string, unknown> }
  | { kind: "migrated"; from: number | "unversioned"; value: Record<string, unknown> }
  /** Written by a newer release (e.g. synced from another device): read what we can, never overwrite it. */
  | { kind: "newer"; version: number; value: Record<string, unknown> }
  | { kind: "foreign"; reason: string };

type Step = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * STEPS[n] turns version n into version n+1. Version 0 is the unversioned object of the prototype, which
 * had the same fields as version 1 but no `version`; the shape check afterwards keeps its valid fields.
 */
const STEPS: Record<number, Step> = {
  0: (old) => ({ ...old, version: 1 }),
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function migrate(stored: unknown): Migrated {
  if (!isPlainObject(stored))
    return { kind: "foreign", reason: `expected an object, got ${describe(stored)}` };
  const raw = stored.version;
  if (raw !== undefined && (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1)) {
    return { kind: "foreign", reason: `unknown version ${JSON.stringify(raw)}` };
  }
  let version = raw ?? 0;
  if (version > SETTINGS_VERSION) return { kind: "newer", version, value: stored };
  if (version === SETTINGS_VERSION) return { kind: "current", value: stored };
  let value: Record<string, unknown> = stored;
  while (version < SETTINGS_VERSION) {
    const step = STEPS[version];
    if (!step) return { kind: "foreign", reason: `no migration from version ${version}` };
    value = step(value);
    version += 1;
  }
  return { kind: "migrated", from: raw === undefined ? "unversioned" : raw, value };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
