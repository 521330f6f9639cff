// The saved-highlight model: building a W3C Web Annotation from a saved quote, reading it back, and the
// storage key and page key every context derives from it.
import { readOccurrence } from "../anchor/occurrence";
import type { SavedQuote } from "../anchor/types";
import { colourOf, entitiesOf, entityBodies, styleClassOf, tagsOf } from "./keeping";
import { LIMITS } from "./limits";
import { ANNOTATION_CONTEXT } from "./schema";
import {
  type AnchorState,
  type Body,
  type Colour,
  HIGHLIGHT_PREFIX,
  type HighlightRecord,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
  type WebAnnotation,
} from "./types";

/** The storage key of an annotation id: "urn:uuid:X" → "highlight:X", any other id → "highlight:" + id. */
export function keyOf(id: string): string {
  const uuid = /^urn:uuid:(.+)$/i.exec(id);
  return HIGHLIGHT_PREFIX + (uuid ? uuid[1] : id);
}

export function newAnnotation(input: {
  uuid: string;
  source: string;
  /** The page's canonical URL, if it declares one on the same site. */
  canonical?: string | null;
  title: string;
  quote: SavedQuote;
  entity?: string;
  /** Entity ids marked inside the quote when it was saved. */
  mentions?: readonly string[];
  note?: string;
  tags?: readonly string[];
  /** Left out for yellow, the colour of a highlight without one. */
  colour?: Colour;
  created: string;
}): WebAnnotation {
  const { quote } = input;
  const selector: WebAnnotation["target"]["selector"] = [
    { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  if (quote.start !== null && quote.end !== null)
    selector.push({ type: "TextPositionSelector", start: quote.start, end: quote.end });
  const body: Body[] = [...entityBodies(input.entity, input.mentions)];
  if (input.note?.trim()) body.push(commentBody(input.note));
  for (const value of input.tags ?? []) body.push({ type: "TextualBody", purpose: "tagging", value });
  const hash = input.source.indexOf("#");
  const annotation: WebAnnotation = {
    "@context": ANNOTATION_CONTEXT,
    id: `urn:uuid:${input.uuid}`,
    type: "Annotation",
    motivation: "highlighting",
    created: input.created,
    target: {
      // docs/interfaces.md, saved highlights in storage: target.source never carries the fragment.
      source: hash < 0 ? input.source : input.source.slice(0, hash),
      selector,
    },
  };
  // The page's title is not the reader's text: clipped to the limit rather than refusing the save.
  if (input.title) annotation.target.title = input.title.slice(0, LIMITS.title);
  if (input.colour && input.colour !== "yellow") annotation.target.styleClass = styleClassOf(input.colour);
  if (input.canonical) annotation.target.canonical = input.canonical;
  // How often the page repeated the quote when saved (docs/interfaces.md, extension fields).
  if (quote.occurrence) annotation.target.occurrence = { ...quote.occurrence };
  if (body.length) annotation.body = body;
  return annotation;
}

const commentBody = (value: string): TextualBody => ({
  type: "TextualBody",
  value,
  format: "text/plain",
  purpose: "commenting",
});

function isQuote(s: unknown): s is TextQuoteSelector {
  return (
    (s as TextQuoteSelector)?.type === "TextQuoteSelector" &&
    typeof (s as TextQuoteSelector).exact === "string"
  );
}

function isPosition(s: unknown): s is TextPositionSelector {
  const p = s as TextPositionSelector;
  return p?.type === "TextPositionSelector" && Number.isInteger(p.start) && Number.isInteger(p.end);
}

export function quoteOf(a: WebAnnotation): SavedQuote {
  const quote = a.target.selector.find(isQuote);
  const position = a.target.selector.find(isPosition);
  return {
    exact: quote?.exact ?? "",
    prefix: typeof quote?.prefix === "string" ? quote.prefix : "",
    suffix: typeof quote?.suffix === "string" ? quote.suffix : "",
    start: position ? position.start : null,
    end: position ? position.end : null,
    // Read leniently: a malformed value (another tool's, a hand edit) counts as absent, never as an error.
    occurrence: readOccurrence(a.target.occurrence),
  };
}

function isTextual(b: Body): b is TextualBody {
  return b.type === "TextualBody" && typeof (b as TextualBody).value === "string";
}

/** Index of the note body: a commenting TextualBody, else (as other tools write it) one without a purpose. */
function noteIndex(bodies: readonly Body[]): number {
  const commenting = bodies.findIndex((b) => isTextual(b) && b.purpose === "commenting");
  return commenting >= 0 ? commenting : bodies.findIndex((b) => isTextual(b) && b.purpose === undefined);
}

export function noteOf(a: WebAnnotation): string {
  const bodies = a.body ?? [];
  const body = bodies[noteIndex(bodies)];
  return body && isTextual(body) ? body.value : "";
}

/** A copy with the note set, replaced or (when blank) removed, and `modified` set to `now`. */
export function withNote(a: WebAnnotation, note: string, now: string): WebAnnotation {
  const bodies = [...(a.body ?? [])];
  const at = noteIndex(bodies);
  if (!note.trim()) {
    if (at >= 0) bodies.splice(at, 1);
  } else if (at >= 0) bodies[at] = { ...(bodies[at] as TextualBody), value: note };
  else bodies.push(commentBody(note));
  const { body: _old, ...rest } = a;
  const next: WebAnnotation = { ...rest, modified: now };
  if (bodies.length) next.body = bodies;
  return next;
}

/** Whether two stored values are the same JSON, whatever the order of their keys (a storage round trip may reorder them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson((a as Record<string, unknown>)[k], rb[k]));
}

/** A copy of `a` as a highlight of its own (new id, `modified` now): "keep both" after a conflict. */
export function asCopy(a: WebAnnotation, uuid: string, now: string): WebAnnotation {
  return { ...a, id: `urn:uuid:${uuid}`, modified: now };
}

export function toRecord(key: string, a: WebAnnotation, state: AnchorState | null): HighlightRecord {
  const quote = quoteOf(a);
  return {
    id: a.id,
    key,
    source: a.target.source,
    title: typeof a.target.title === "string" ? a.target.title : "",
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: quote.start,
    end: quote.end,
    note: noteOf(a),
    entities: entitiesOf(a),
    tags: tagsOf(a),
    colour: colourOf(a),
    created: a.created,
    modified: typeof a.modified === "string" ? a.modified : null,
    state,
  };
}
