// What an error says, for messages shown to the reader or returned in an answer: thrown values need not
// be Errors (a rejected promise may carry a string or a DOMException-like object).

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
