// The frozen anchoring evaluation (docs/anchoring.md, "Frozen set"): edit kinds that no rule was tuned on,
// on 30 real news excerpts the anchoring code never saw. Written, with the gold each edit implies, before
// anchorQuote first ran on them; the test checks the cases' hash so that neither changes afterwards.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  applyAll,
  type Edit,
  type Gen,
  INSERTED,
  paragraphs,
  pick,
  type Span,
  sentenceOf,
  track,
  words,
} from "./edits";

/** The 30 "frozen" discovery texts: real news excerpts (docs/discovery-eval.md), never used for anchoring. */
export const FRESH_TEXTS = [
  "de-frozen-ahk-estland",
  "de-frozen-bundesliga-hoffenheim",
  "de-frozen-harzkurier-tuchel",
  "de-frozen-indirekt-goldschatz",
  "de-frozen-kickwelt-bundesliga",
  "de-frozen-saarbruecker-forschung",
  "de-frozen-suedkurier-feuerwehr",
  "de-frozen-sz-abseitige-forschung",
  "de-frozen-tageblatt-landgericht-stade",
  "de-frozen-tagesspiegel-volkswagen",
  "de-frozen-tagesspiegel-woche",
  "de-frozen-taz-klucken",
  "de-frozen-thueringen24-jena",
  "de-frozen-welt-rueckspiegel",
  "de-frozen-wissenschaft-oetzi",
  "en-frozen-arkansasonline-fayetteville",
  "en-frozen-ava360-moyes",
  "en-frozen-bcfocus-toi",
  "en-frozen-businessinsider-airliquide",
  "en-frozen-cnn-charleston",
  "en-frozen-dnainfo-weinstein",
  "en-frozen-footballexaminer-tess",
  "en-frozen-foxbusiness-tyson",
  "en-frozen-kornradio-hot-springs",
  "en-frozen-latimes-serena",
  "en-frozen-lawcom-wooten",
  "en-frozen-mte-cisco-acacia",
  "en-frozen-thehindu-muguruza",
  "en-frozen-thenews-gauff-evans",
  "en-frozen-yahoo-gastonia",
];

export function freshTexts(): { id: string; text: string }[] {
  const dir = join(process.cwd(), "tests/fixtures/discover");
  return FRESH_TEXTS.map((id) => ({
    id,
    text: JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")).text as string,
  }));
}

const near = (text: string, span: Span) =>
  words(text).filter(
    (w) => (w.end <= span[0] && w.end > span[0] - 32) || (w.at >= span[1] && w.at < span[1] + 32),
  );
const inside = (text: string, span: Span) => words(text).filter((w) => w.at >= span[0] && w.end <= span[1]);

/** A typing error in a word: two letters swapped, one doubled, or one dropped. */
function typo(w: { at: number; s: string }, r: () => number): Edit | null {
  if (w.s.length < 4) return null;
  const i = 1 + Math.floor(r() * (w.s.length - 2));
  const k = r();
  const s = w.s;
  const bad =
    k < 0.34
      ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)
      : k < 0.67
        ? s.slice(0, i) + s[i] + s.slice(i)
        : s.slice(0, i) + s.slice(i + 1);
  return bad === s ? null : { at: w.at, del: s.length, ins: bad };
}

const capital = (c: string) => c.toLocaleUpperCase();

export const FRESH_KINDS: Record<string, Gen> = {
  /** Saved while a word inside or near the highlight was misspelt; the page has corrected it since. */
  typoFixed(text, span, r) {
    const pool = r() < 0.5 ? inside(text, span) : near(text, span);
    const w = pool.length ? pick(r, pool) : null;
    const e = w && typo(w, r);
    if (!e) return null;
    const saved = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
    // A one-word highlight is the misspelt word itself.
    const whole = e.at === span[0] && e.at + e.del === span[1];
    const savedSpan: Span | null = whole ? [span[0], span[0] + e.ins.length] : track(span, e);
    if (!savedSpan) return null;
    return { text: saved, span: savedSpan, edited: text, expect: span };
  },
  /** Commas added or removed inside and around the highlight, and double quotes turned into guillemets. */
  punctuation(text, span, r) {
    const edits: Edit[] = [];
    const lo = Math.max(0, span[0] - 40);
    const hi = Math.min(text.length, span[1] + 40);
    for (const m of text.slice(lo, hi).matchAll(/,/g))
      if (r() < 0.6) edits.push({ at: lo + m.index, del: 1, ins: "" });
    for (const w of words(text).filter((w) => w.end > lo && w.end < hi))
      if (r() < 0.12 && /\s/.test(text[w.end] ?? "")) edits.push({ at: w.end, del: 0, ins: "," });
    for (const m of text.matchAll(/["“”„]/g)) {
      if (edits.some((e) => e.at === m.index)) continue;
      const open = m.index === 0 || /\s/.test(text[m.index - 1]!);
      edits.push({ at: m.index, del: 1, ins: open ? "«" : "»" });
    }
    if (!edits.length) return null;
    // One edit per offset, so that applyAll's order is well defined.
    const seen = new Set<number>();
    return applyAll(
      text,
      span,
      edits.filter((e) => !seen.has(e.at) && seen.add(e.at)),
    );
  },
  /** Markup whitespace of another renderer: no-break and thin spaces, CRLF, zero-width spaces, <br>s. */
  whitespace(text, span, r) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/ /g)) {
      const k = r();
      if (k < 0.15) edits.push({ at: m.index, del: 1, ins: "\u00a0" });
      else if (k < 0.2) edits.push({ at: m.index, del: 1, ins: "\u2009" });
      else if (k < 0.25) edits.push({ at: m.index, del: 1, ins: " \u200b" });
      else if (k < 0.3) edits.push({ at: m.index, del: 1, ins: "\n" });
    }
    for (const m of text.matchAll(/\n/g)) edits.push({ at: m.index, del: 1, ins: "\r\n\r\n" });
    return applyAll(text, span, edits);
  },
  /** The highlight's sentence split in two at a comma (or joined to the next with a dash if it has none). */
  sentenceSplit(text, span, r) {
    const own = sentenceOf(text, span[0]);
    if (!own) return null;
    const commas = [...own.s.matchAll(/, (\p{Ll})/gu)].map((m) => own.at + m.index);
    if (commas.length) {
      const mid = (span[0] + span[1]) / 2;
      commas.sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid));
      const c = r() < 0.7 ? commas[0]! : pick(r, commas);
      return applyAll(text, span, [
        { at: c, del: 1, ins: "." },
        { at: c + 2, del: 1, ins: capital(text[c + 2]!) },
      ]);
    }
    const next = text.slice(own.end).match(/^ +(?=\p{L})/u);
    if (!next || !/[.!?]$/.test(own.s)) return null;
    // "… Initiative. Die …" → "… Initiative – Die …": the full stop goes, the rest of the highlight stays.
    const out = applyAll(text, span, [{ at: own.end - 1, del: 1, ins: " –" }]);
    const cut = span[1] === own.end ? 1 : 0;
    return { edited: out.edited, expect: out.expect && [out.expect[0], span[1] - cut] };
  },
  /** Part of the text deleted: the rest of the sentence beside the highlight, or a long quote's end word. */
  partialDeletion(text, span, r) {
    const own = sentenceOf(text, span[0]);
    const ins = inside(text, span);
    if (r() < 0.5 && ins.length >= 5) {
      // The first or last word goes (with its space): at most a fifth of the quote.
      if (r() < 0.5) {
        const w = ins[0]!;
        return applyAll(text, span, [{ at: w.at, del: ins[1]!.at - w.at, ins: "" }]);
      }
      const w = ins.at(-1)!;
      const prev = ins.at(-2)!;
      return applyAll(text, span, [{ at: prev.end, del: w.end - prev.end, ins: "" }]);
    }
    if (!own) return null;
    const before = words(text).filter((w) => w.at >= own.at && w.end <= span[0]);
    const after = words(text).filter((w) => w.at >= span[1] && w.end <= own.end);
    if (before.length >= 2 && (after.length < 2 || r() < 0.5)) {
      // "A said on Monday that B" → "B": the sentence now starts with the highlight's first word.
      return applyAll(text, span, [{ at: before[0]!.at, del: span[0] - before[0]!.at, ins: "" }]);
    }
    if (after.length >= 2) {
      const last = after.at(-1)!;
      return applyAll(text, span, [{ at: span[1], del: last.end - span[1], ins: "" }]);
    }
    return null;
  },
  /** Boilerplate that repeats the highlight: a pull quote of it, or a related-links box with its sentence. */
  boilerplateCopies(text, span, r) {
    const own = sentenceOf(text, span[0]);
    const quote = text.slice(span[0], span[1]);
    const ps = paragraphs(text);
    const box =
      r() < 0.5 || !own
        ? `„${quote}“`
        : `${pick(r, ["Related:", "Mehr zum Thema:", "Read more:", "Lesen Sie auch:"])} ${own.s}`;
    // The copy goes at a paragraph break away from the highlight's own paragraph, or at the very end.
    const breaks = ps.map((p) => p.end).filter((e) => e < span[0] - 1 || e > span[1] + 1);
    const at = breaks.length && r() < 0.6 ? pick(r, breaks) : text.length;
    return applyAll(text, span, [{ at, del: 0, ins: `\n${box}\n` }]);
  },
  /** A republished version: a paragraph added at the top, one nearby word changed, the typo elsewhere fixed. */
  republished(text, span, r) {
    const edits: Edit[] = [{ at: 0, del: 0, ins: `${pick(r, INSERTED)}\n` }];
    // Never at offset 0, where the new paragraph goes.
    const ns = near(text, span).filter((w) => w.at > 0);
    if (ns.length) {
      const w = pick(r, ns);
      edits.push({
        at: w.at,
        del: w.end - w.at,
        ins: pick(r, ["erneut", "again", "offenbar", "apparently"]),
      });
    }
    const far = words(text).filter((w) => w.at > 0 && (w.end < span[0] - 80 || w.at > span[1] + 80));
    const t = far.length ? typo(pick(r, far), r) : null;
    if (t) edits.push(t);
    return applyAll(text, span, edits);
  },
};
