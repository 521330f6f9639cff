// The entry model: storage key, the entity id that marks and messages carry, creating and editing an entry,
// and the per-field checks the form shows before anything is saved.
import { ENTITY_TYPES, type EntityType } from "../settings/schema";
import {
  ENTRY_VERSION,
  type Entry,
  isLink,
  MAX_ALIAS,
  MAX_ALIASES,
  MAX_LINK,
  MAX_NAME,
  MAX_NOTE,
  MIN_NAME,
} from "./schema";

export const ENTRY_PREFIX = "entry:";
/** Marks of the reader's own entries carry this entity prefix; bundled ids are slugs without it. */
export const OWN_PREFIX = "my-";

export interface EntryFields {
  name: string;
  aliases: readonly string[];
  type: EntityType;
  note: string;
  link: string;
}

export const entryKey = (id: string): string => ENTRY_PREFIX + id;
export const entityIdOf = (entry: Pick<Entry, "id">): string => OWN_PREFIX + entry.id;
export const isOwnEntity = (entity: string): boolean => entity.startsWith(OWN_PREFIX);
/** The entry id behind an entity id of entityIdOf(), or null for a bundled entity. */
export const entryIdOf = (entity: string): string | null =>
  isOwnEntity(entity) ? entity.slice(OWN_PREFIX.length) : null;

const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Trimmed aliases without blanks, repeats or the name itself, first spelling kept. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([squeeze(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const text = squeeze(alias);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

/** The form's one aliases field: split at commas, semicolons, "|" and line breaks. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[,;|\r\n]+/)
    .map(squeeze)
    .filter(Boolean);
}

export const joinAliases = (aliases: readonly string[]): string => aliases.join(", ");

function normalised(fields: EntryFields): Omit<Entry, "v" | "id" | "created" | "modified"> {
  const name = squeeze(fields.name);
  return {
    name,
    aliases: cleanAliases(name, fields.aliases),
    type: fields.type,
    note: fields.note.replace(/\s+$/, ""),
    link: fields.link.trim(),
  };
}

export function newEntry(
  fields: EntryFields,
  now: string = new Date().toISOString(),
  id: string = crypto.randomUUID(),
): Entry {
  return { v: ENTRY_VERSION, id, ...normalised(fields), created: now, modified: now };
}

/** A copy with the given fields changed and `modified` set; id and created stay. */
export function withChanges(
  entry: Entry,
  fields: Partial<EntryFields>,
  now: string = new Date().toISOString(),
): Entry {
  const merged = { ...entry, ...fields } as EntryFields;
  return { ...entry, ...normalised(merged), modified: now };
}

/** Message keys (assets/_locales) per field that is not acceptable yet; empty when all are. */
export type EntryErrors = Partial<Record<keyof EntryFields, string>>;

export function validateEntryFields(fields: EntryFields): EntryErrors {
  const errors: EntryErrors = {};
  const name = squeeze(fields.name);
  if (name.length < MIN_NAME) errors.name = "entryErrorNameShort";
  else if (name.length > MAX_NAME) errors.name = "entryErrorNameLong";
  const aliases = cleanAliases(name, fields.aliases);
  if (aliases.length > MAX_ALIASES) errors.aliases = "entryErrorAliasesMany";
  else if (aliases.some((a) => a.length > MAX_ALIAS)) errors.aliases = "entryErrorAliasLong";
  if (!(ENTITY_TYPES as readonly string[]).includes(fields.type)) errors.type = "entryErrorType";
  if (fields.note.length > MAX_NOTE) errors.note = "entryErrorNoteLong";
  const link = fields.link.trim();
  if (link.length > MAX_LINK || !isLink(link)) errors.link = "entryErrorLink";
  return errors;
}
