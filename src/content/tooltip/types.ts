// What one open tooltip holds: facts about an entity, the reader's saved highlight at that place, or both.
import type { Colour } from "../../core/highlights/types";
import type { TooltipView } from "../../core/view/types";
import type { AboutView } from "../keeping";

export interface SavedView {
  id: string;
  note: string;
  /** "Saved 01.12.2026". */
  date: string;
  /** Labels of the entities the highlight is about. */
  about: string[];
  colour: Colour;
  tags: string[];
}

export interface TooltipContent {
  entity: TooltipView | null;
  saved: SavedView | null;
  /** Offer "Save" (an entity mark that is not inside a saved highlight yet). */
  canSave: boolean;
  /** Open the note editor with focus in it: right after a save. */
  editing: boolean;
  /** The highlight here was just deleted from this tooltip: say so, and offer to undo it. */
  deleted: boolean;
  /** The note was just stored: say so before the tooltip closes. */
  noteSaved: boolean;
  /** A failed save or delete, said to the reader rather than swallowed. */
  error: string | null;
  /** The longer name this one is nested in ("Krieg gegen die Ukraine"), one click away. */
  partOf: string | null;
  /** Tags in use elsewhere, the most used first: suggestions while typing one. */
  tagSuggestions: string[];
  /** The link just put on the clipboard, said back to the reader. */
  copied: string | null;
  /** What the reader saved about this name before, and where to see all of it. */
  aboutName: AboutView | null;
}

/** What the tooltip's buttons do; the TooltipController supplies them. */
export interface TooltipActions {
  save(): void;
  /** Keeps `note` for highlight `id`: by id, since a blur can arrive after the tooltip moved on. */
  setNote(id: string, note: string): void;
  remove(): void;
  /** Stores the highlight deleted from this tooltip again. */
  undo(): void;
  setColour(id: string, colour: Colour): void;
  setTags(id: string, tags: string[]): void;
  /** Puts the highlight's passage link (a text fragment) on the clipboard. */
  copyLink(id: string): void;
  /** Opens the review page's timeline of `entity`. */
  openTimeline(entity: string): void;
  /** Switches the tooltip to the name this one is nested in. */
  showOuter(): void;
}
