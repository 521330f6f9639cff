// The one set of limits for saved highlights (docs/integrity.md). Every write path (tooltip, selection,
// review editor, import) checks an annotation with checkForWrite before it writes; the reader accepts
// whatever is structurally sound and flags, never hides, what breaks these limits (older rules allowed more).
import { parseAnnotation } from "./schema";
import type { HighlightRecord, WebAnnotation } from "./types";

export const LIMITS = {
  /** The highlighted passage (TextQuoteSelector.exact). */
  quote: 20_000,
  /** The reader's note. */
  note: 20_000,
  /** The context saved around the quote (prefix, suffix each). */
  context: 1_000,
  /** The page title (clipped when saving from a page: it is not the reader's text). */
  title: 1_000,
  /** The page URL. */
  source: 8_192,
  /** Any other string anywhere in the annotation (fields of other tools). */
  other: 100_000,
} as const;

export type LimitField = "quote" | "note" | "context" | "title" | "source";

export interface LimitProblem {
  field: LimitField;
  length: number;
  max: number;
}

const over = (field: LimitField, text: string | undefined | null): LimitProblem | null =>
  typeof text === "string" && text.length > LIMITS[field]
    ? { field, length: text.length, max: LIMITS[field] }
    : null;

/** What of a record (as the review page lists it) breaks the limits; empty for every highlight saved now. */
export function recordProblems(record: HighlightRecord): LimitProblem[] {
  return [
    over("quote", record.exact),
    over("note", record.note),
    over("context", record.prefix.length >= record.suffix.length ? record.prefix : record.suffix),
    over("title", record.title),
    over("source", record.source),
  ].filter((p): p is LimitProblem => p !== null);
}

const NAMES: Record<LimitField, string> = {
  quote: "the quote",
  note: "the note",
  context: "the quote's context",
  title: "the page title",
  source: "the page address",
};

/** "the note has 100,001 characters (at most 20,000)": English, for import messages and logs. */
export function describeProblem(p: LimitProblem): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `${NAMES[p.field]} has ${n(p.length)} characters (at most ${n(p.max)})`;
}

/** Every TextualBody value of the annotation: the note and whatever other text bodies (tags) it has. */
function textBodies(a: WebAnnotation): Array<{ value: string; note: boolean }> {
  const out: Array<{ value: string; note: boolean }> = [];
  for (const body of a.body ?? []) {
    const value = (body as { value?: unknown }).value;
    if (body.type !== "TextualBody" || typeof value !== "string") continue;
    const purpose = (body as { purpose?: unknown }).purpose;
    out.push({ value, note: purpose === undefined || purpose === "commenting" });
  }
  return out;
}

/** The limits an annotation breaks, first the ones the reader can fix (quote, note). */
export function annotationProblems(a: WebAnnotation): LimitProblem[] {
  const problems: Array<LimitProblem | null> = [];
  for (const selector of a.target.selector) {
    if (selector.type !== "TextQuoteSelector") continue;
    const s = selector as { exact?: unknown; prefix?: unknown; suffix?: unknown };
    problems.push(over("quote", typeof s.exact === "string" ? s.exact : null));
    problems.push(over("context", typeof s.prefix === "string" ? s.prefix : null));
    problems.push(over("context", typeof s.suffix === "string" ? s.suffix : null));
  }
  for (const body of textBodies(a)) problems.push(over("note", body.value));
  problems.push(over("title", typeof a.target.title === "string" ? a.target.title : null));
  problems.push(over("source", a.target.source));
  return problems.filter((p): p is LimitProblem => p !== null);
}

export type WriteCheck =
  | { ok: true; annotation: WebAnnotation }
  | { ok: false; error: string; problem?: LimitProblem };

/**
 * The check every write runs before it writes: the reader's structural checks, no string longer than
 * LIMITS.other anywhere, and the limits above. On success the annotation is `value` itself.
 */
export function checkForWrite(value: unknown): WriteCheck {
  const parsed = parseAnnotation(value, LIMITS.other);
  const first = (a: WebAnnotation) => annotationProblems(a)[0];
  if (parsed.ok) {
    const problem = first(parsed.annotation);
    return problem ? { ok: false, error: describeProblem(problem), problem } : parsed;
  }
  // Refused: name the limit the reader can act on (a long note) before another over-long string.
  const loose = parseAnnotation(value);
  const problem = loose.ok ? first(loose.annotation) : undefined;
  return problem ? { ok: false, error: describeProblem(problem), problem } : parsed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What an id names, compared the way storage keys are made: "urn:uuid:X", "URN:UUID:X" and a bare "X"
 * are the same highlight, and a UUID's case does not matter (RFC 4122).
 */
export function identityOf(id: string): string {
  const bare = id.replace(/^urn:uuid:/i, "");
  return UUID.test(bare) ? bare.toLowerCase() : bare;
}

/** A write refused by the limits; `problem` lets each page say it in the reader's language. */
export class LimitError extends Error {
  constructor(readonly problem: LimitProblem) {
    super(describeProblem(problem));
    this.name = "LimitError";
  }
}

/** Throws a LimitError, or a plain Error for a structural problem, when `annotation` may not be written. */
export function assertWritable(annotation: WebAnnotation): void {
  const check = checkForWrite(annotation);
  if (check.ok) return;
  throw check.problem ? new LimitError(check.problem) : new Error(check.error);
}
