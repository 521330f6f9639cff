// The review page's index of every saved highlight, built by the background and read in one piece: keys,
// pages and folded search text, newest first. It lets the page search all 100,000 highlights and pick the
// records of its first screen before it has read a single record (docs/review-scale.md).
import { terms } from "./search";
import type { HighlightRecord } from "./types";

/** Separates records in `hay` (haystackOf never leaves one inside a record). */
const SEP = "\u0000";

/** As stored: plain strings and one typed array, which IndexedDB copies fast. */
export interface LibraryIndex {
  /** Storage keys, newest first, joined by "\n". */
  keys: string;
  /** The folded search text of each record (search.ts haystackOf), same order, joined by NUL. */
  hay: string;
  /** For each record, its page: an index into `pages`. */
  page: Uint32Array;
  /** Every distinct `source`. */
  pages: string[];
}

/** The index of `entries`, which must already be newest first. */
export function buildLibraryIndex(
  entries: ReadonlyArray<{ record: HighlightRecord; hay: string }>,
): LibraryIndex {
  const pageOf = new Map<string, number>();
  const page = new Uint32Array(entries.length);
  entries.forEach(({ record }, i) => {
    let p = pageOf.get(record.source);
    if (p === undefined) {
      p = pageOf.size;
      pageOf.set(record.source, p);
    }
    page[i] = p;
  });
  return {
    keys: entries.map((e) => e.record.key).join("\n"),
    hay: entries.map((e) => e.hay).join(SEP),
    page,
    pages: [...pageOf.keys()],
  };
}

/** Whether a stored value has the shape of a LibraryIndex whose parts agree in length. */
export function validLibraryIndex(value: unknown): value is LibraryIndex {
  const v = value as Partial<LibraryIndex> | undefined;
  return (
    typeof v?.keys === "string" &&
    typeof v.hay === "string" &&
    // Not instanceof: a value read from IndexedDB may come from another realm.
    Object.prototype.toString.call(v.page) === "[object Uint32Array]" &&
    Array.isArray(v.pages) &&
    (v.page as Uint32Array).every((p) => p < (v.pages?.length ?? 0))
  );
}

export class Library {
  readonly size: number;
  private readonly keyList: string[];
  /** Where each record's text starts in `hay`; one more entry marks the end. */
  private readonly starts: Uint32Array;

  constructor(private readonly index: LibraryIndex) {
    this.keyList = index.keys ? index.keys.split("\n") : [];
    this.size = this.keyList.length;
    this.starts = new Uint32Array(this.size + 1);
    let at = 0;
    for (let i = 0; i < this.size; i++) {
      this.starts[i] = at;
      const next = index.hay.indexOf(SEP, at);
      at = next < 0 ? index.hay.length + 1 : next + 1;
    }
    this.starts[this.size] = index.hay.length + 1;
    if (index.page.length !== this.size || (this.size > 0 && at !== index.hay.length + 1))
      throw new Error("The highlight index is damaged: its parts disagree in length.");
  }

  key(i: number): string {
    return this.keyList[i]!;
  }

  /** Position of every key, for records read in another order. */
  positions(): Map<string, number> {
    return new Map(this.keyList.map((k, i) => [k, i]));
  }

  /** Record i's folded search text (a slice: the one index string stays the only copy). */
  haystack(i: number): string {
    return this.index.hay.slice(this.starts[i], this.starts[i + 1]! - 1);
  }

  /** The positions (newest first) whose search text contains every term of `text`; null for no terms. */
  search(text: string): number[] | null {
    const words = terms(text).sort((a, b) => b.length - a.length);
    if (!words.length) return null;
    const [first, ...rest] = words as [string, ...string[]];
    const hay = this.index.hay;
    const out: number[] = [];
    let from = 0;
    for (;;) {
      const at = hay.indexOf(first, from);
      if (at < 0) break;
      const i = this.recordAt(at);
      const text = rest.length ? this.haystack(i) : "";
      if (rest.every((w) => text.includes(w))) out.push(i);
      from = this.starts[i + 1]!;
    }
    return out;
  }

  private recordAt(offset: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The records of the first screen of the default view (newest first, grouped by page): every record,
   * among `among` (all when null), of the pages of the newest ones, until those pages hold `rows` records
   * or there are `maxGroups` of them. Whole pages, so no group grows when the rest arrives.
   */
  firstScreen(among: readonly number[] | null, rows = 40, maxGroups = 12): number[] {
    return firstScreenOf(this.index, among, rows, maxGroups);
  }
}

function firstScreenOf(
  index: Pick<LibraryIndex, "page" | "pages">,
  among: readonly number[] | null,
  rows: number,
  maxGroups: number,
): number[] {
  const order = among ?? { length: index.page.length };
  const at = (n: number) => (among ? among[n]! : n);
  const perPage = new Uint32Array(index.pages.length);
  for (let n = 0; n < order.length; n++) perPage[index.page[at(n)]!]!++;
  const chosen = new Set<number>();
  let count = 0;
  for (let n = 0; n < order.length && count < rows && chosen.size < maxGroups; n++) {
    const p = index.page[at(n)]!;
    if (chosen.has(p)) continue;
    chosen.add(p);
    count += perPage[p]!;
  }
  const out: number[] = [];
  for (let n = 0; n < order.length; n++) if (chosen.has(index.page[at(n)]!)) out.push(at(n));
  return out;
}

/**
 * The first screen of the default view, stored beside the index (docs/review-scale.md): the page shows it
 * after one small read and reads the big index only once that screen is up.
 */
export interface LibraryHead {
  /** How many records the index lists (the snapshot's meta count when both are current). */
  count: number;
  /** The storage keys of the default view's first screen, newest first (Library.firstScreen(null)). */
  keys: string[];
}

/** The head of `index`, without splitting every key. */
export function headOf(index: LibraryIndex): LibraryHead {
  const positions = firstScreenOf(index, null, 40, 12);
  const keys: string[] = [];
  let line = 0;
  let from = 0;
  for (const want of positions) {
    for (; line < want; line++) from = index.keys.indexOf("\n", from) + 1;
    const end = index.keys.indexOf("\n", from);
    keys.push(index.keys.slice(from, end < 0 ? undefined : end));
  }
  return { count: index.page.length, keys };
}

/** Whether a stored value has the shape of a LibraryHead. */
export function validLibraryHead(value: unknown): value is LibraryHead {
  const v = value as Partial<LibraryHead> | undefined;
  return typeof v?.count === "number" && Array.isArray(v.keys) && v.keys.every((k) => typeof k === "string");
}
