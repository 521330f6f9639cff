// The saved-highlight data contract (docs/interfaces.md, saved highlights in storage): a W3C Web Annotation per highlight, stored
// under its own `highlight:<uuid>` key, plus the compact record that the review page and indexes derive.
import type { AnchorState } from "../anchor/types";

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | { type: string; [key: string]: unknown };

/** The reader's note. */
export interface TextualBody {
  type: "TextualBody";
  value: string;
  format?: "text/plain";
  purpose?: "commenting";
}

/** A tag (W3C tagging body), one per tag. */
export interface TagBody {
  type: "TextualBody";
  purpose: "tagging";
  value: string;
}

/**
 * A fact-base entity the highlight is about: "identifying" when it was saved from that name's tooltip,
 * "linking" for a name marked inside the quote when it was saved (docs/keeping.md).
 */
export interface EntityBody {
  type: "SpecificResource";
  purpose: "identifying" | "linking";
  /** The entity id, e.g. "ovks". */
  source: string;
}

export type Body = TextualBody | TagBody | EntityBody | { type?: string; [key: string]: unknown };

/** The five marker colours; a highlight without `target.styleClass` is yellow. */
export const COLOURS = ["yellow", "green", "blue", "pink", "purple"] as const;
export type Colour = (typeof COLOURS)[number];

/** One saved highlight, exactly as stored. Only the fields of the example in docs/interfaces.md are required. */
export interface WebAnnotation {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "Annotation";
  motivation: "highlighting" | string;
  created: string;
  modified?: string;
  body?: Body[];
  target: {
    source: string;
    /** The page title when saved (our own addition). */
    title?: string;
    /** The marker colour, "randnotiz-<colour>" (docs/keeping.md); absent means yellow. */
    styleClass?: string;
    /** The page's declared canonical URL (same site) when saved, an extension field (docs/page-identity.md). */
    canonical?: string;
    /**
     * How often the quote occurred on the page when saved and which of those it was (0-based), an extension
     * field (docs/interfaces.md); read leniently (core/anchor/occurrence.ts readOccurrence).
     */
    occurrence?: unknown;
    selector: Selector[];
  };
  [extra: string]: unknown;
}

export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  type: "AnnotationCollection";
  label?: string;
  total: number;
  items: WebAnnotation[];
  [extra: string]: unknown;
}

/** Defined with the anchoring it describes; re-exported for the code that only reads saved highlights. */
export type { AnchorState };

/** The flat form the review page lists and searches; derived, never stored as the source of truth. */
export interface HighlightRecord {
  /** The annotation's id ("urn:uuid:…"). */
  id: string;
  /** Its storage key ("highlight:<uuid>"). */
  key: string;
  /** target.source: the page URL without its fragment. */
  source: string;
  title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  note: string;
  /** Entity ids the highlight is about: "identifying" bodies first, then names marked inside the quote. */
  entities: string[];
  /** Tag values, in the order stored. */
  tags: string[];
  colour: Colour;
  created: string;
  modified: string | null;
  /** The last anchoring result a page reported, if any. */
  state: AnchorState | null;
}

/** Storage key prefixes. `highlight:` keys are the source of truth; `hlindex:` keys are derived. */
export const HIGHLIGHT_PREFIX = "highlight:";
export const PAGE_INDEX_PREFIX = "hlindex:page:";
/**
 * Present, with INDEX_VERSION, only while every `hlindex:page:*` key matches the `highlight:*` keys
 * (docs/integrity.md). Removed when an index write fails; a page that finds it missing reads its
 * highlights directly instead, and asks the background to rebuild.
 */
export const INDEX_META_KEY = "hlindex:meta";
export const INDEX_VERSION = 1;
