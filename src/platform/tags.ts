// Default colours of tags (docs/keeping.md): one storage.local key, "tags:colours", mapping a folded tag to a
// marker colour. A highlight without a colour of its own takes its first tag's default when the tag is added.
import { isColour, tagKey } from "../core/highlights/keeping";
import type { Colour } from "../core/highlights/types";
import { browser, type Storage } from "./browser";
import { onStorageChange } from "./storage-events";

export const TAG_COLOURS_KEY = "tags:colours";

export type TagColours = Record<string, Colour>;

function clean(value: unknown): TagColours {
  const out: TagColours = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [tag, colour] of Object.entries(value)) if (isColour(colour)) out[tagKey(tag)] = colour;
  return out;
}

export async function loadTagColours(): Promise<TagColours> {
  return clean((await browser.storage.local.get(TAG_COLOURS_KEY))[TAG_COLOURS_KEY]);
}

/** Sets (or with null clears) the default colour of `tag`. */
export async function setTagColour(tag: string, colour: Colour | null): Promise<void> {
  const all = await loadTagColours();
  if (colour) all[tagKey(tag)] = colour;
  else delete all[tagKey(tag)];
  await browser.storage.local.set({ [TAG_COLOURS_KEY]: all });
}

export function onTagColoursChanged(callback: (colours: TagColours) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === "local" && TAG_COLOURS_KEY in changes) callback(clean(changes[TAG_COLOURS_KEY]?.newValue));
  };
  return onStorageChange(listener);
}
