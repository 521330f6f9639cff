// The "My entries" tab as plain data: which tab and which prefilled add form the URL asks for, the form's
// values to and from an entry, and the search over entries.
import { type Entry, type EntryFields, joinAliases, splitAliases } from "../core/entries";
import { ENTITY_TYPES, type EntityType } from "../core/settings/schema";
import type { EntryFormValues } from "../ui/EntryForm";

export type Tab = "highlights" | "entries";

export interface EntriesRequest {
  tab: Tab;
  /** ?add=NAME&aliases=A|B(&type=person): the add form, filled in. */
  add: EntryFormValues | null;
}

export const EMPTY_VALUES: EntryFormValues = { name: "", aliases: "", type: "person", note: "", link: "" };

/** review.html?tab=entries opens the tab; &add= (and &aliases=, &type=) opens the add form prefilled. */
export function parseRequest(search: string): EntriesRequest {
  const params = new URLSearchParams(search);
  const tab: Tab = params.get("tab") === "entries" ? "entries" : "highlights";
  const name = params.get("add");
  if (tab !== "entries" || name === null) return { tab, add: null };
  const type = params.get("type");
  return {
    tab,
    add: {
      ...EMPTY_VALUES,
      name: name.replace(/\s+/g, " ").trim(),
      aliases: joinAliases(splitAliases(params.get("aliases") ?? "")),
      type: (ENTITY_TYPES as readonly string[]).includes(type ?? "") ? (type as EntityType) : "person",
    },
  };
}

/** The URL without the add request, so that a reload does not open the form again. */
export function withoutAddRequest(href: string): string {
  const url = new URL(href);
  for (const key of ["add", "aliases", "type"]) url.searchParams.delete(key);
  return url.href;
}

export const valuesOf = (entry: Entry): EntryFormValues => ({
  name: entry.name,
  aliases: joinAliases(entry.aliases),
  type: entry.type,
  note: entry.note,
  link: entry.link,
});

export const fieldsOf = (values: EntryFormValues): EntryFields => ({
  ...values,
  aliases: splitAliases(values.aliases),
});

/** Lower case without diacritics and ß, so "paschinjan" finds "Paschinján" and "strasse" finds "Straße". */
export const fold = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");

/** Entries whose name, spellings, note or link hold every word of the query, sorted by name. */
export function searchEntries(entries: Iterable<Entry>, query: string, lang: "de" | "en"): Entry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = [...entries].filter((e) => {
    if (!words.length) return true;
    const haystack = fold([e.name, ...e.aliases, e.note, e.link].join("\n"));
    return words.every((w) => haystack.includes(w));
  });
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  return found.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
