// A refused write in the reader's language: what is too long, how long it is, and the limit
// (docs/integrity.md). Pages that save highlights show it where the reader's text still is.
import { errorMessage as plainMessage } from "../core/errors";
import { LimitError, type LimitProblem } from "../core/highlights/limits";
import type { Translate } from "./i18n";

export function limitText(t: Translate, problem: LimitProblem): string {
  const n = (x: number) => x.toLocaleString();
  if (problem.field === "quote") return t("limitQuoteTooLong", n(problem.length), n(problem.max));
  if (problem.field === "note") return t("limitNoteTooLong", n(problem.length), n(problem.max));
  return t("limitOtherTooLong", n(problem.length), n(problem.max));
}

/** The text of any error, a LimitError said in the reader's language. */
export function errorMessage(t: Translate, error: unknown): string {
  if (error instanceof LimitError) return limitText(t, error.problem);
  return plainMessage(error);
}
