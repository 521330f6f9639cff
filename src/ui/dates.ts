// Reading a day the reader typed, in the UI language's own way of writing dates (docs/review-page.md): the
// review page's date filters are text fields, since a native date input follows the browser's locale and
// showed "mm/dd/yyyy" to a German reader.
import type { Lang } from "./i18n";

/** What the empty field shows: the order of day, month and year in the reader's language. */
export const DAY_PLACEHOLDER: Record<Lang, string> = { de: "TT.MM.JJJJ", en: "DD/MM/YYYY" };

const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|januar|january|jän|jänner)$/, 1],
  [/^(feb|febr|februar|february)$/, 2],
  [/^(mär|mrz|märz|mar|march)$/, 3],
  [/^(apr|april)$/, 4],
  [/^(mai|may)$/, 5],
  [/^(jun|juni|june)$/, 6],
  [/^(jul|juli|july)$/, 7],
  [/^(aug|august)$/, 8],
  [/^(sep|sept|september)$/, 9],
  [/^(okt|oct|oktober|october)$/, 10],
  [/^(nov|november)$/, 11],
  [/^(dez|dec|dezember|december)$/, 12],
];

/**
 * The day `text` names, as "YYYY-MM-DD"; "" for an empty field; null when it is no day. Day before month,
 * as both languages write it (27.11.2022, 27/11/2022, 27 Nov 2022, 27. November 2022), or ISO 2022-11-27.
 */
export function parseDay(text: string): string | null {
  const s = text.trim().toLowerCase();
  if (!s) return "";
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return day(year(m[3]!), +m[2]!, +m[1]!);
  m = /^(\d{1,2})\.?\s*([a-zäöü]+)\.?,?\s*(\d{4})$/.exec(s);
  const month = m && MONTHS.find(([pattern]) => pattern.test(m![2]!))?.[1];
  if (m && month) return day(+m[3]!, month, +m[1]!);
  return null;
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function day(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
