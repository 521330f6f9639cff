// What a tooltip shows about one entity, as plain data: the background computes it (src/ui/entity-view.ts)
// and sends it to the page (docs/decisions/0004-background-computes-tooltips.md). Types only, so that
// the message contract in src/platform can name them without depending on the UI.

/** The languages of the interface and of the fact base's labels. */
export type Lang = "de" | "en";

export interface FactView {
  text: string;
  /**
   * "Stand: 07.02.2024" — the date the statement was known to be true; null where that is the source's
   * own date, so no date is shown twice.
   */
  asOf: string | null;
  /** "Reuters, 27.11.2022", "Wikipedia, abgerufen 27.11.2026" or "nato.int, abgerufen 07.12.2026". */
  source: string;
  /** "Story-Paket": the pack the fact comes from. */
  pack: string;
  url: string | null;
  /** The verbatim seed sentence the fact rests on, where the seed is the source. */
  quote: string | null;
}

export interface RelationView {
  label: string;
  names: string[];
}

export interface TooltipView {
  entity: string;
  lang: Lang;
  label: string;
  type: string;
  description: string;
  facts: FactView[];
  relations: RelationView[];
  wikipedia: { url: string; text: string; lang: Lang } | null;
  /** The reader's own entry: their note, never mixed with bundled facts (which it has none of). */
  own: OwnView | null;
}

export interface OwnView {
  note: string;
  /** "Added 02.12.2026". */
  added: string;
  link: string | null;
}
