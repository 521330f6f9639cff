// Links that reopen a passage in any browser that supports text fragments, without Randnotiz:
// `<source>#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` (docs/keeping.md, "Links to a passage").
// The directive is as short as it can be while the browser's first match is still the saved passage: a
// long quote becomes its first and last words, and context words are added only when the quote alone would
// match earlier on the page.

/** The quote and what surrounded it when it was saved (TextQuoteSelector). */
export interface FragmentQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The page text now and where the passage is in it; without it the saved context stands in. */
export interface FragmentPage {
  text: string;
  start: number;
}

/** Quotes with more words than this are linked as start,end. */
const WHOLE_WORDS = 8;
/** Words taken from each end of a long quote, at first; more are taken when that is not unique. */
const EDGE_WORDS = [3, 5, 8] as const;
/** Context words tried on each side, one more at a time. */
const CONTEXT_WORDS = 3;
/** Without the page, a quote of fewer words than this gets context words, since a short one may repeat. */
const ALONE_WORDS = 5;

/**
 * Percent-encodes one part of a text directive. Text Fragments require `-`, `,` and `&` to be encoded, as
 * they are the directive's own syntax; encodeURIComponent leaves `-` (and `!'()*~`, which are allowed).
 */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

/** Whitespace runs as one space, trimmed: how the browser compares the text of a directive with the page. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

interface Word {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** The words of `text` (word-like segments: any script, CJK included), with offsets. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const s of segmenter.segment(text))
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length });
  return out;
}

/** The last `n` words of `text`, from the start of the first of them to the end of the text. */
function lastWords(text: string, n: number): string {
  const words = wordsOf(text);
  if (words.length === 0) return "";
  const from = words[Math.max(0, words.length - n)]!.start;
  return collapse(text.slice(from));
}

/** The first `n` words of `text`, from its start to the end of the n-th word. */
function firstWords(text: string, n: number): string {
  const words = wordsOf(text);
  if (words.length === 0) return "";
  return collapse(text.slice(0, words[Math.min(n, words.length) - 1]!.end));
}

export interface Directive {
  prefix: string;
  start: string;
  end: string;
  suffix: string;
}

/** The `text=` value of a directive, each part encoded. */
export function formatDirective(d: Directive): string {
  let out = "";
  if (d.prefix) out += `${encodePart(d.prefix)}-,`;
  out += encodePart(d.start);
  if (d.end) out += `,${encodePart(d.end)}`;
  if (d.suffix) out += `,-${encodePart(d.suffix)}`;
  return out;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces: the browser matches inside their runs, so no word edge is needed there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}]/u;

function edgeOk(text: string, at: number, inside: string | undefined): boolean {
  const outside = text[at];
  if (outside === undefined || inside === undefined) return true;
  if (UNSPACED.test(outside) || UNSPACED.test(inside)) return true;
  return !(LETTER.test(outside) && LETTER.test(inside));
}

/** Every word-bounded occurrence of `needle` in `hay`, from `from` on. */
function* occurrences(hay: string, needle: string, from = 0): Generator<number> {
  if (!needle) return;
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (edgeOk(hay, at - 1, needle[0]) && edgeOk(hay, at + needle.length, needle[needle.length - 1]))
      yield at;
  }
}

/** `hay` from `at` on, after optional spaces, starts with `needle` (word-bounded)? Returns where it ends. */
function followedBy(hay: string, at: number, needle: string): number | null {
  let i = at;
  while (hay[i] === " ") i++;
  if (!hay.startsWith(needle, i)) return null;
  return edgeOk(hay, i + needle.length, needle[needle.length - 1]) ? i + needle.length : null;
}

/** Where the browser's first match of `d` starts in `hay` (collapsed, lower case), or -1. */
export function firstMatch(hay: string, d: Directive): number {
  const start = d.start.toLowerCase();
  const end = d.end.toLowerCase();
  const prefix = d.prefix.toLowerCase();
  const suffix = d.suffix.toLowerCase();
  const starts = prefix
    ? (function* () {
        for (const p of occurrences(hay, prefix)) {
          let i = p + prefix.length;
          while (hay[i] === " ") i++;
          if (hay.startsWith(start, i) && edgeOk(hay, i + start.length, start[start.length - 1])) yield i;
        }
      })()
    : occurrences(hay, start);
  for (const s of starts) {
    const afterStart = s + start.length;
    if (!end) {
      if (!suffix || followedBy(hay, afterStart, suffix) !== null) return s;
      continue;
    }
    for (const e of occurrences(hay, end, afterStart)) {
      if (!suffix || followedBy(hay, e + end.length, suffix) !== null) return s;
    }
  }
  return -1;
}

/** The candidates from shortest to longest: the quote whole or by its ends, then with context. */
function* candidates(exact: string, before: string, after: string): Generator<Directive> {
  const words = wordsOf(exact);
  const bodies: Array<{ start: string; end: string }> = [];
  if (words.length <= WHOLE_WORDS) bodies.push({ start: exact, end: "" });
  else {
    for (const n of EDGE_WORDS) {
      if (2 * n >= words.length) break;
      bodies.push({ start: firstWords(exact, n), end: lastWords(exact, n) });
    }
    bodies.push({ start: exact, end: "" });
  }
  for (const body of bodies) yield { prefix: "", suffix: "", ...body };
  const body = bodies[0]!;
  for (let n = 1; n <= CONTEXT_WORDS; n++) {
    const prefix = lastWords(before, n);
    const suffix = firstWords(after, n);
    if (prefix) yield { ...body, prefix, suffix: "" };
    if (suffix) yield { ...body, prefix: "", suffix };
    if (prefix && suffix) yield { ...body, prefix, suffix };
  }
}

/** Where `offset` of `text` lands in collapse(text), counting each whitespace run as one space. */
function collapsedOffset(text: string, offset: number): number {
  const head = text.slice(0, offset);
  const lead = /^\s*/.exec(text)![0].length;
  if (offset <= lead) return 0;
  return head.slice(lead).replace(/\s+/g, " ").length;
}

/**
 * The shortest directive whose first match on `page` is the passage; without the page, one that carries a
 * few words of saved context when the quote is short. Null for an empty quote.
 */
export function textDirective(quote: FragmentQuote, page?: FragmentPage): Directive | null {
  const exact = collapse(quote.exact);
  if (!exact) return null;
  if (page) {
    const before = page.text.slice(0, page.start);
    const after = page.text.slice(page.start + quote.exact.length);
    const hay = collapse(page.text).toLowerCase();
    // The quote's first word in collapsed coordinates (leading spaces of the quote do not count).
    const lead = quote.exact.length - quote.exact.trimStart().length;
    const target = collapsedOffset(page.text, page.start + lead);
    let last: Directive | null = null;
    for (const d of candidates(exact, before, after)) {
      last = d;
      if (firstMatch(hay, d) === target) return d;
    }
    return last;
  }
  const first = candidates(exact, quote.prefix, quote.suffix).next().value as Directive;
  if (wordsOf(exact).length >= ALONE_WORDS) return first;
  return {
    ...first,
    prefix: lastWords(quote.prefix, CONTEXT_WORDS),
    suffix: firstWords(quote.suffix, CONTEXT_WORDS),
  };
}

/** `source#:~:text=…`: the highlight's shareable link, or the bare source when the quote is empty. */
export function passageLink(source: string, quote: FragmentQuote, page?: FragmentPage): string {
  const hash = source.indexOf("#");
  const base = hash < 0 ? source : source.slice(0, hash);
  const directive = textDirective(quote, page);
  return directive ? `${base}#:~:text=${formatDirective(directive)}` : base;
}
