// One import, as both review tabs run it: progress in the notice while it writes, then a notice that says
// exactly what happened (docs/integrity.md). The storage work is ../platform/import.ts.
import { errorMessage } from "../core/errors";
import { type ImportOutcome, importFile } from "../platform/import";
import type { Translate } from "../ui/i18n";
import type { Notice } from "./model";

const message = errorMessage;

const number = (n: number) => n.toLocaleString();

/** Reads `file`, imports it all or nothing and reports through `notify`; the outcome, or null on a read error. */
export async function runImport(
  file: File,
  existing: () => Promise<{ highlights: ReadonlySet<string>; entries: ReadonlySet<string> }>,
  t: Translate,
  notify: (notice: Notice) => void,
  success: (outcome: Extract<ImportOutcome, { ok: true }>) => string,
): Promise<ImportOutcome | null> {
  let outcome: ImportOutcome;
  try {
    notify({ kind: "info", text: t("reviewImportReading") });
    const [text, known] = await Promise.all([file.text(), existing()]);
    outcome = await importFile(text, known, ({ written, total }) =>
      notify({ kind: "info", text: t("reviewImporting", number(written), number(total)) }),
    );
  } catch (error) {
    notify({ kind: "error", text: t("reviewImportRefused", message(error)) });
    return null;
  }
  if (outcome.ok) notify({ kind: "info", text: success(outcome) });
  else if (!outcome.changed) notify({ kind: "error", text: t("reviewImportRefused", outcome.error) });
  else notify({ kind: "error", text: t("reviewImportPartial", outcome.error, number(outcome.left)) });
  return outcome;
}
