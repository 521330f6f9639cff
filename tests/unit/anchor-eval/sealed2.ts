// The second sealed anchoring evaluation (docs/anchoring.md, "Second sealed set"): 17 real news texts from
// stored public pages that no anchoring code ran on before (tests/fixtures/anchorsealed, each with its source
// address), every edit kind of the earlier sets plus five written for this set and never tuned on. Written,
// with the gold each edit implies, and pinned by hash before anchorQuote first ran on them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  applyAll,
  DEV_KINDS,
  type Edit,
  type Gen,
  HELD_OUT_KINDS,
  move,
  paragraphOf,
  paragraphs,
  pick,
  type Rand,
  REPLACEMENTS,
  sentenceOf,
  sentences,
  words,
} from "./edits";
import { FRESH_KINDS } from "./fresh-kinds";
import { SEALED_ONLY_KINDS } from "./sealed";

export function sealed2Texts(): { id: string; text: string }[] {
  const dir = join(process.cwd(), "tests/fixtures/anchorsealed");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      text: JSON.parse(readFileSync(join(dir, f), "utf8")).text as string,
    }));
}

/** Sentence openers that are no names: lower-cased when the sentence is joined to the one before. */
const OPENERS =
  /^(The|A|An|He|She|It|They|We|This|That|These|In|On|At|After|But|And|Staff|Members|Der|Die|Das|Es|Er|Sie|Im|In|Am|Auch|Dort|Dabei|Danach|Nach|Mit|Ein|Eine|Denn|Doch|Damals|Solche)\b/;

const ATTRIBUTIONS = { de: [", so die Polizei,", ", hieß es,"], en: [", officials said,", ", he added,"] };

const isGerman = (text: string) => /\b(und|der|die|das|nicht)\b/.test(text.slice(0, 2000));

function replaceBy(w: { at: number; end: number; s: string }, r: Rand): Edit {
  let by = pick(r, REPLACEMENTS);
  if (by.toLowerCase() === w.s.toLowerCase()) by = "meanwhile";
  return { at: w.at, del: w.end - w.at, ins: by };
}

/** Edit kinds written for this set; no rule was tuned on them. */
export const SEALED2_ONLY_KINDS: Record<string, Gen> = {
  /** The highlight's sentence joined to the one before with a semicolon, its first word lower-cased. */
  mergedWithPrevious(text, span) {
    const own = sentenceOf(text, span[0]);
    if (!own || own.at < 2 || text[own.at - 2] !== "." || text[own.at - 1] !== " ") return null;
    const edits: Edit[] = [{ at: own.at - 2, del: 1, ins: ";" }];
    const first = OPENERS.exec(own.s);
    if (first) edits.push({ at: own.at, del: 1, ins: own.s[0]!.toLowerCase() });
    return applyAll(text, span, edits);
  },
  /** An attribution ("officials said") put right after the highlight, inside its sentence. */
  attributionInserted(text, span, r) {
    const own = sentenceOf(text, span[0]);
    if (!own || span[1] > own.end || /[.!?"”]/.test(text[span[1] - 1]!)) return null;
    const phrase = pick(r, isGerman(text) ? ATTRIBUTIONS.de : ATTRIBUTIONS.en);
    const next = text[span[1]];
    if (next === " ") return applyAll(text, span, [{ at: span[1], del: 0, ins: phrase }]);
    if (next === "." || next === "!" || next === "?")
      return applyAll(text, span, [{ at: span[1], del: 0, ins: phrase.slice(0, -1) }]);
    return null;
  },
  /**
   * Another house style in and around the highlight (32 characters each side): hyphenated compounds written
   * another way ("Notfall-Seelsorge" → "Notfallseelsorge", "well-being" → "well being"), and in German the
   * Swiss spelling ("Straße" → "Strasse").
   */
  spellingVariant(text, span, r) {
    const lo = Math.max(0, span[0] - 32);
    const hi = Math.min(text.length, span[1] + 32);
    const german = isGerman(text);
    const edits: Edit[] = [];
    for (const m of text.slice(lo, hi).matchAll(/\p{L}-\p{L}/gu)) {
      const at = lo + m.index + 1;
      if (r() < 0.5) continue;
      // German joins the parts; English writes them apart.
      edits.push(german ? { at, del: 2, ins: text[at + 1]!.toLowerCase() } : { at, del: 1, ins: " " });
    }
    if (german)
      for (const m of text.slice(lo, hi).matchAll(/ß/g)) edits.push({ at: lo + m.index, del: 1, ins: "ss" });
    return edits.length ? applyAll(text, span, edits) : null;
  },
  /** Two inner words of a long highlight replaced (never the first or last word). */
  twoWordsInside(text, span, r) {
    const inside = words(text).filter((w) => w.at >= span[0] && w.end <= span[1]);
    if (inside.length < 6) return null;
    const inner = inside.slice(1, -1);
    const i = Math.floor(r() * inner.length);
    let j = Math.floor(r() * inner.length);
    if (Math.abs(i - j) < 2) j = i + 2 < inner.length ? i + 2 : i - 2;
    if (j < 0 || j >= inner.length) return null;
    return applyAll(text, span, [replaceBy(inner[i]!, r), replaceBy(inner[j]!, r)]);
  },
  /** The sentences before and after the highlight's own rewritten, and its paragraph moved to the top. */
  neighboursRewritten(text, span, r) {
    const own = sentenceOf(text, span[0]);
    const para = paragraphOf(text, span[0]);
    if (!own || !para || span[1] > own.end || para.at === 0) return null;
    const inPara = sentences(text).filter((s) => s.at >= para.at && s.end <= para.end);
    const k = inPara.findIndex((s) => s.at === own.at);
    const before = inPara[k - 1];
    const after = inPara[k + 1];
    if (!before && !after) return null;
    const german = isGerman(text);
    const edits: Edit[] = [];
    if (before)
      edits.push({
        at: before.at,
        del: before.end - before.at,
        ins: german ? "Das teilte die Behörde am Abend mit." : "That was announced late in the evening.",
      });
    if (after)
      edits.push({
        at: after.at,
        del: after.end - after.at,
        ins: german ? "Weitere Einzelheiten sind noch offen." : "Further details were not released.",
      });
    const rewritten = applyAll(text, span, edits);
    if (!rewritten.expect) return null;
    // The paragraph moves with its line break; the last one gains one.
    const page = rewritten.edited.endsWith("\n") ? rewritten.edited : `${rewritten.edited}\n`;
    const p = paragraphOf(page, rewritten.expect[0]);
    if (!p || p.at === 0 || paragraphs(page).length < 2) return null;
    void r;
    return move(page, p.at, p.end + 1, 0, rewritten.expect);
  },
};

export const SEALED2_KINDS: Record<string, Gen> = {
  ...DEV_KINDS,
  ...HELD_OUT_KINDS,
  ...FRESH_KINDS,
  ...SEALED_ONLY_KINDS,
  ...SEALED2_ONLY_KINDS,
};
