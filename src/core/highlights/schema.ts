// Validation of one stored highlight (docs/interfaces.md, saved highlights in storage). Stored objects may come from an import, another device or
// an outside tool, so only the fields of the example in docs/interfaces.md are required and unknown fields are kept: the
// schema checks, and the caller gets the very object it passed in (valibot's output would drop some keys).
// Reading sets no length limit: what older rules stored is shown, and ./limits.ts flags it; writes check
// those limits (checkForWrite) before they write.
import * as v from "valibot";
import type { WebAnnotation } from "./types";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const MAX_SELECTORS = 16;
export const MAX_BODIES = 32;
/** Nesting depth that any honest annotation stays far below; deeper input is refused before validation. */
export const MAX_DEPTH = 24;

const text = (what = "must be a string") => v.string(what);
const offset = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(0, "must not be negative"),
);

const QuoteSelector = v.looseObject({
  type: v.literal("TextQuoteSelector"),
  exact: text(),
  prefix: v.optional(text()),
  suffix: v.optional(text()),
});

const PositionSelector = v.pipe(
  v.looseObject({ type: v.literal("TextPositionSelector"), start: offset, end: offset }),
  v.check((s) => s.start <= s.end, "has start after end"),
);

// Known selector types are checked field by field; any other type is kept as it is.
const Selector = v.lazy((input: unknown) => {
  const type = typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
  if (type === "TextQuoteSelector") return QuoteSelector;
  if (type === "TextPositionSelector") return PositionSelector;
  return v.looseObject({ type: text() }, "must be an object");
});

const Body = v.pipe(
  v.looseObject({ type: v.optional(text()), purpose: v.optional(text()) }, "must be an object"),
  v.check(
    (b) => b.type !== "TextualBody" || typeof (b as { value?: unknown }).value === "string",
    "is a TextualBody without a string value",
  ),
);

export const AnnotationSchema = v.looseObject(
  {
    "@context": v.literal(ANNOTATION_CONTEXT, `must be "${ANNOTATION_CONTEXT}"`),
    id: v.pipe(text(), v.minLength(1, "must not be empty")),
    type: v.literal("Annotation", 'must be "Annotation"'),
    motivation: text(),
    created: text(),
    modified: v.optional(text()),
    body: v.optional(
      v.pipe(
        v.array(Body, "must be an array"),
        v.maxLength(MAX_BODIES, `has more than ${MAX_BODIES} entries`),
      ),
    ),
    target: v.looseObject(
      {
        source: text(),
        title: v.optional(text()),
        canonical: v.optional(text()),
        selector: v.pipe(
          v.array(Selector, "must be an array"),
          v.maxLength(MAX_SELECTORS, `has more than ${MAX_SELECTORS} entries`),
          v.check((list) => list.some((s) => s.type === "TextQuoteSelector"), "has no TextQuoteSelector"),
        ),
      },
      "must be an object",
    ),
  },
  "must be an object",
);

export type ParseResult = { ok: true; annotation: WebAnnotation } | { ok: false; error: string };

/**
 * Refuses values nested deeper than `limit` or holding a string longer than `maxString`, without recursing
 * further.
 */
export function checkShape(value: unknown, limit = MAX_DEPTH, maxString = Infinity): string | null {
  const walk = (node: unknown, depth: number, path: () => string): string | null => {
    if (typeof node === "string")
      return node.length > maxString ? `${path()} is longer than ${maxString} characters` : null;
    if (typeof node !== "object" || node === null) return null;
    if (depth >= limit) return `${path()} is nested too deeply`;
    // Paths are built only for the message: this runs over every item of a 30 MB import.
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const problem = walk(node[i], depth + 1, () => `${path()}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      const problem = walk((node as Record<string, unknown>)[key], depth + 1, () => `${path()}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
  return walk(value, 0, () => "annotation");
}

function describe(issue: v.BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    const key = String(item.key);
    path += typeof item.key === "number" ? `[${key}]` : path ? `.${key}` : key;
  }
  // A missing key is reported by its parent object's schema: say what is missing rather than "object".
  const message =
    issue.type === "loose_object" && path && issue.input === undefined ? "is missing" : issue.message;
  return path ? `${path} ${message}` : `annotation ${message}`;
}

/** Checks one stored value's structure. On success the annotation is `value` itself, unchanged. */
export function parseAnnotation(value: unknown, maxString = Infinity): ParseResult {
  if (Array.isArray(value)) return { ok: false, error: "annotation must be an object, not an array" };
  const problem = checkShape(value, MAX_DEPTH, maxString);
  if (problem) return { ok: false, error: problem };
  const result = v.safeParse(AnnotationSchema, value, { abortEarly: true });
  if (!result.success) return { ok: false, error: describe(result.issues[0]) };
  return { ok: true, annotation: value as WebAnnotation };
}
