// One reader's entry as stored under `entry:<uuid>` in storage.local: valibot checks it, and `v` says which
// shape it has, so an older one can be migrated on read and a newer one refused rather than misread.
import * as v from "valibot";
import { ENTITY_TYPES, type EntityType } from "../settings/schema";

export const ENTRY_VERSION = 1;
export const MAX_NAME = 200;
export const MAX_ALIAS = 200;
export const MAX_ALIASES = 50;
export const MAX_NOTE = 2000;
export const MAX_LINK = 2000;
/** Shorter names would mark stray letters all over a page. */
export const MIN_NAME = 2;

/** "" (no link) or an absolute http(s) URL: nothing that could run script or open a local file. */
export function isLink(text: string): boolean {
  if (text === "") return true;
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return false;
  return /^https?:$/.test(new URL(text).protocol);
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/;
const isoTime = v.pipe(
  v.string("must be a string"),
  v.check((s) => ISO_TIME.test(s) && !Number.isNaN(Date.parse(s)), "must be an ISO time (UTC)"),
);

export const EntrySchema = v.object(
  {
    v: v.literal(ENTRY_VERSION, `must be ${ENTRY_VERSION}`),
    id: v.pipe(v.string("must be a string"), v.uuid("must be a UUID")),
    name: v.pipe(
      v.string("must be a string"),
      v.check((s) => s.trim().length >= MIN_NAME, `must have at least ${MIN_NAME} characters`),
      v.maxLength(MAX_NAME, `is longer than ${MAX_NAME} characters`),
    ),
    aliases: v.pipe(
      v.array(
        v.pipe(
          v.string("must be a string"),
          v.maxLength(MAX_ALIAS, `is longer than ${MAX_ALIAS} characters`),
        ),
        "must be an array",
      ),
      v.maxLength(MAX_ALIASES, `has more than ${MAX_ALIASES} entries`),
    ),
    type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(", ")}`),
    note: v.pipe(
      v.string("must be a string"),
      v.maxLength(MAX_NOTE, `is longer than ${MAX_NOTE} characters`),
    ),
    link: v.pipe(
      v.string("must be a string"),
      v.maxLength(MAX_LINK, `is longer than ${MAX_LINK} characters`),
      v.check(isLink, 'must be "" or an http(s) URL'),
    ),
    created: isoTime,
    modified: isoTime,
  },
  "must be an object",
);

export type Entry = v.InferOutput<typeof EntrySchema>;
export type { EntityType };

/** Steps from version n to n + 1, applied in order on read. None yet: v1 is the first shape. */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type EntryParse = { ok: true; entry: Entry } | { ok: false; error: string };

function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) =>
    typeof p.key === "number" ? `[${p.key}]` : `.${String(p.key)}`,
  );
  const where = path.join("").replace(/^\./, "");
  const message =
    issue.kind === "schema" && issue.input === undefined && where ? "is missing" : issue.message;
  return where ? `${where} ${message}` : `entry ${message}`;
}

/** Checks (and, for an older version, migrates) one stored or imported value. */
export function parseEntry(raw: unknown): EntryParse {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, error: "entry must be an object" };
  let value = raw as Record<string, unknown>;
  const version = value.v;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0)
    return { ok: false, error: "v must be a whole version number" };
  if (version > ENTRY_VERSION)
    return {
      ok: false,
      error: `v ${version} is from a newer Randnotiz (this one reads up to ${ENTRY_VERSION})`,
    };
  for (let from = version; from < ENTRY_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, error: `v ${from} has no migration` };
    value = { ...step(value), v: from + 1 };
  }
  const result = v.safeParse(EntrySchema, value, { abortEarly: true });
  if (!result.success) return { ok: false, error: describe(result.issues[0]) };
  return { ok: true, entry: result.output };
}
