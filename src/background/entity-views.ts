// What tooltips say, computed here for the page: the facts, descriptions and relations of the bundled
// fact base stay out of the content script (which every page loads), and the reader's own entries are
// read from storage only when one is shown.
import factbase from "randnotiz:factbase";
import { entityIdOf, entryIdOf, entryKey, parseEntry } from "../core/entries";
import type { Entity } from "../core/factbase/schema";
import { enabledPacks } from "../core/settings";
import type { TooltipView } from "../core/view/types";
import { browser } from "../platform/browser";
import { loadSettings } from "../platform/storage";
import { ownEntryView, RelationIndex, tooltipView } from "../ui/entity-view";
import { type Lang, translator } from "../ui/i18n";

const byId = new Map<string, Entity>(factbase.entities.map((e) => [e.id, e]));
const lookup = (id: string) => byId.get(id);
let relations: RelationIndex | null = null;

export async function entityViews(
  ids: readonly string[],
  lang: Lang,
): Promise<Record<string, TooltipView | null>> {
  const t = translator(lang);
  // A switched-off pack's facts are not shown, even on an entity another pack still marks.
  const packs = enabledPacks(await loadSettings());
  const out: Record<string, TooltipView | null> = {};
  const own: string[] = [];
  for (const id of ids) {
    const entity = byId.get(id);
    if (entity) {
      relations ??= new RelationIndex(factbase.entities);
      out[id] = tooltipView(entity, lookup, relations, lang, t, packs);
    } else if (entryIdOf(id)) own.push(id);
    else out[id] = null;
  }
  if (own.length > 0) {
    const keys = own.map((id) => entryKey(entryIdOf(id)!));
    const stored = await browser.storage.local.get(keys);
    for (const id of own) out[id] = null;
    for (const key of keys) {
      const parsed = parseEntry(stored[key]);
      if (parsed.ok)
        out[entityIdOf(parsed.entry)] = ownEntryView(parsed.entry, entityIdOf(parsed.entry), lang, t);
    }
  }
  return out;
}
