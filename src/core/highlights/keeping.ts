// Tags and colours of a saved highlight, read from and written to its W3C Web Annotation (docs/keeping.md):
// a tag is a tagging TextualBody, a colour is `target.styleClass`. Objects written by other tools are read
// leniently (any tagging TextualBody, any styleClass naming one of ours); writes keep every other field.
import { type Body, COLOURS, type Colour, type EntityBody, type TagBody, type WebAnnotation } from "./types";

export const STYLE_PREFIX = "randnotiz-";
/** Tags longer than this are cut; a tag is a word or two, not a note. */
export const MAX_TAG = 60;

export const styleClassOf = (colour: Colour): string => `${STYLE_PREFIX}${colour}`;

export function isColour(value: unknown): value is Colour {
  return typeof value === "string" && (COLOURS as readonly string[]).includes(value);
}

/** The colour a styleClass names ("randnotiz-green", or a class list holding it); yellow otherwise. */
export function colourOfClass(styleClass: unknown): Colour {
  if (typeof styleClass !== "string") return "yellow";
  for (const name of styleClass.split(/\s+/)) {
    const colour = name.startsWith(STYLE_PREFIX) ? name.slice(STYLE_PREFIX.length) : "";
    if (isColour(colour)) return colour;
  }
  return "yellow";
}

export const colourOf = (a: WebAnnotation): Colour => colourOfClass(a.target.styleClass);

/** A tag as stored: spaces collapsed, trimmed, at most MAX_TAG characters; "" when nothing is left. */
export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, " ").trim().slice(0, MAX_TAG).trim();
}

/** Tags compare without case: "Sanktionen" and "sanktionen" are one tag. */
export const tagKey = (tag: string): string => cleanTag(tag).toLocaleLowerCase();

export function isTagBody(b: Body): b is TagBody {
  return b.type === "TextualBody" && b.purpose === "tagging" && typeof (b as TagBody).value === "string";
}

/** The highlight's tags in stored order, without blanks and repeats. */
export function tagsOf(a: WebAnnotation): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const body of a.body ?? []) {
    if (!isTagBody(body)) continue;
    const tag = cleanTag(body.value);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Entity ids: those it was saved about ("identifying") first, then the names marked in its quote. */
export function entitiesOf(a: WebAnnotation): string[] {
  const bodies = (a.body ?? []).filter(
    (b): b is EntityBody =>
      b.type === "SpecificResource" &&
      (b.purpose === "identifying" || b.purpose === "linking") &&
      typeof b.source === "string",
  );
  const ordered = [
    ...bodies.filter((b) => b.purpose === "identifying"),
    ...bodies.filter((b) => b.purpose === "linking"),
  ];
  return [...new Set(ordered.map((b) => b.source))];
}

/** The bodies for a new highlight's entities: the tooltip's name as "identifying", marked names as "linking". */
export function entityBodies(entity: string | undefined, mentions: readonly string[] = []): EntityBody[] {
  const out: EntityBody[] = [];
  if (entity) out.push({ type: "SpecificResource", purpose: "identifying", source: entity });
  for (const id of new Set(mentions))
    if (id !== entity) out.push({ type: "SpecificResource", purpose: "linking", source: id });
  return out;
}

function withBodies(a: WebAnnotation, bodies: Body[], now: string): WebAnnotation {
  const { body: _old, ...rest } = a;
  const next: WebAnnotation = { ...rest, modified: now };
  if (bodies.length) next.body = bodies;
  return next;
}

/**
 * A copy whose tags are `tags` (cleaned, repeats dropped), `modified` set to `now`. Kept tags stay where
 * they were, new ones go after every other body, and the other bodies are untouched.
 */
export function withTags(a: WebAnnotation, tags: readonly string[], now: string): WebAnnotation {
  const wanted = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanTag(tag);
    if (clean && !wanted.has(tagKey(clean))) wanted.set(tagKey(clean), clean);
  }
  const bodies: Body[] = [];
  for (const body of a.body ?? []) {
    if (!isTagBody(body)) {
      bodies.push(body);
      continue;
    }
    const key = tagKey(body.value);
    const tag = wanted.get(key);
    if (tag === undefined) continue;
    bodies.push(tag === body.value ? body : { ...body, value: tag });
    wanted.delete(key);
  }
  for (const value of wanted.values()) bodies.push({ type: "TextualBody", purpose: "tagging", value });
  return withBodies(a, bodies, now);
}

/** A copy with `colour` as its styleClass (other classes an outside tool set are kept). */
export function withColour(a: WebAnnotation, colour: Colour, now: string): WebAnnotation {
  const ours = (c: string) => c.startsWith(STYLE_PREFIX) && isColour(c.slice(STYLE_PREFIX.length));
  const others =
    typeof a.target.styleClass === "string"
      ? a.target.styleClass.split(/\s+/).filter((c) => c && !ours(c))
      : [];
  const styleClass = [styleClassOf(colour), ...others].join(" ");
  return { ...a, modified: now, target: { ...a.target, styleClass } };
}

/**
 * Renames tag `from` to `to` (or removes it when `to` is blank) on one highlight; null when it has no such
 * tag, so the caller writes only what changed.
 */
export function renameTag(a: WebAnnotation, from: string, to: string, now: string): WebAnnotation | null {
  const key = tagKey(from);
  if (!tagsOf(a).some((t) => tagKey(t) === key)) return null;
  const next = cleanTag(to);
  // In place, so the renamed tag keeps its position; withTags then drops a repeat it may now be.
  const bodies = (a.body ?? []).flatMap((b): Body[] =>
    isTagBody(b) && tagKey(b.value) === key ? (next ? [{ ...b, value: next }] : []) : [b],
  );
  const renamed = withBodies(a, bodies, now);
  return withTags(renamed, tagsOf(renamed), now);
}
