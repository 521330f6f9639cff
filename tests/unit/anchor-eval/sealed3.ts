// The third sealed anchoring evaluation (docs/anchoring.md, "Third sealed set"): 79 real news texts that no
// anchoring code ran on (the discovery evaluation's second sealed split and the world pack's two sealed
// sets, all written down for other evaluations; one text on the same board meeting as a second-set text is
// left out), every earlier edit kind and seven written for this set, never tuned on. Written, with the gold
// each edit implies, and pinned by hash before anchorQuote first ran on them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  applyAll,
  type Edit,
  type Gen,
  move,
  paragraphOf,
  paragraphs,
  pick,
  sentenceOf,
  words,
} from "./edits";
import { SEALED2_KINDS } from "./sealed2";

/** Shares its story with en-citizenportal-board-calendar of the second set. */
const LEFT_OUT = new Set(["en-s2-school-board"]);

export function sealed3Texts(): { id: string; text: string }[] {
  const root = join(process.cwd(), "tests/fixtures");
  const from = (dir: string, keep: (f: string) => boolean) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".json") && keep(f))
      .sort()
      .map((f) => ({
        id: `${dir}/${f.replace(/\.json$/, "")}`,
        text: JSON.parse(readFileSync(join(root, dir, f), "utf8")).text as string,
      }))
      .filter((t) => typeof t.text === "string" && t.text.length > 0 && !LEFT_OUT.has(t.id.split("/")[1]!));
  return [
    ...from("discover", (f) => /^(de|en)-sealed2-/.test(f)),
    ...from("worldsealed", () => true),
    ...from("worldsealed2", () => true),
  ];
}

const isGerman = (text: string) => /\b(und|der|die|das|nicht)\b/.test(text.slice(0, 2000));
const inside = (text: string, span: [number, number]) =>
  words(text).filter((w) => w.at >= span[0] && w.end <= span[1]);

/** Edit kinds written for this set; no rule was tuned on them. */
export const SEALED3_ONLY_KINDS: Record<string, Gen> = {
  /** Two neighbouring inner words of the highlight swapped ("am Montag gegen" → "gegen Montag am" is not it). */
  wordsSwappedInside(text, span, r) {
    const ws = inside(text, span);
    if (ws.length < 4) return null;
    const i = 1 + Math.floor(r() * (ws.length - 3));
    const [a, b] = [ws[i]!, ws[i + 1]!];
    if (a.s === b.s) return null;
    return applyAll(text, span, [
      { at: b.at, del: b.end - b.at, ins: a.s },
      { at: a.at, del: a.end - a.at, ins: b.s },
    ]);
  },
  /** A restyled headline or lead: capitalisation of words in and around the highlight toggled. */
  caseRestyled(text, span, r) {
    const edits: Edit[] = words(text)
      .filter((w) => w.end > span[0] - 32 && w.at < span[1] + 32 && r() < 0.3)
      .map((w) => {
        const c = w.s[0]!;
        const t = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
        return { at: w.at, del: 1, ins: t };
      })
      .filter((e) => e.ins !== text[e.at]);
    return edits.length ? applyAll(text, span, edits) : null;
  },
  /** Figures written another way in and around the highlight: "15.000" ↔ "15000", "2,000" → "2000", "14.20 Uhr" → "14:20 Uhr". */
  numbersRestyled(text, span) {
    const lo = Math.max(0, span[0] - 40);
    const hi = Math.min(text.length, span[1] + 40);
    const german = isGerman(text);
    const edits: Edit[] = [];
    for (const m of text.slice(lo, hi).matchAll(/\d+(?:[.,]\d{3})+|\d{4,}|\d{1,2}\.\d{2}(?= Uhr)/g)) {
      const at = lo + m.index;
      const s = m[0];
      let by: string;
      if (/ Uhr/.test(text.slice(at + s.length, at + s.length + 4)) && /^\d{1,2}\.\d{2}$/.test(s))
        by = s.replace(".", ":");
      else if (/[.,]/.test(s)) by = s.replace(/[.,]/g, "");
      else if (/^(19|20)\d\d$/.test(s)) continue;
      else by = s.replace(/\B(?=(\d{3})+$)/g, german ? "." : ",");
      edits.push({ at, del: s.length, ins: by });
    }
    return edits.length ? applyAll(text, span, edits) : null;
  },
  /** A paywall: everything after the highlight's paragraph gives way to one line. */
  paywalled(text, span, r) {
    const para = paragraphOf(text, span[0]);
    if (!para || span[1] > para.end || para.end >= text.length - 1) return null;
    const line = pick(r, [
      "Weiterlesen mit Abo: Sie haben die Wahl.",
      "Subscribe to continue reading this article.",
    ]);
    return applyAll(text, span, [{ at: para.end, del: text.length - para.end, ins: `\n${line}` }]);
  },
  /** The highlight's sentence moved to the end of another paragraph. */
  sentenceMovedAway(text, span, r) {
    const own = sentenceOf(text, span[0]);
    const para = paragraphOf(text, span[0]);
    if (!own || !para || span[1] > own.end) return null;
    const others = paragraphs(text).filter((p) => p.at !== para.at);
    if (!others.length) return null;
    const to = pick(r, others);
    const gap = text[own.end] === " " ? 1 : 0;
    // The sentence goes with the space after it and lands after a space at the other paragraph's end.
    const moved = move(text, own.at, own.end + gap, to.end, span);
    if (!moved) return null;
    const at = to.end > own.at ? to.end - (own.end + gap - own.at) : to.end;
    return applyAll(moved.edited, moved.expect!, [{ at, del: 0, ins: " " }]);
  },
  /** A parenthetical of two to four words put between two inner words of the highlight. */
  phraseInsertedInside(text, span, r) {
    const ws = inside(text, span);
    if (ws.length < 3) return null;
    const w = pick(r, ws.slice(1));
    const phrase = pick(
      r,
      isGerman(text)
        ? ["– so die Polizei – ", "nach eigenen Angaben ", "(Stand Montag) "]
        : ["– police said – ", "according to officials ", "(as of Monday) "],
    );
    return applyAll(text, span, [{ at: w.at, del: 0, ins: phrase }]);
  },
  /** A photo credit splitting the highlight's paragraph right before its sentence. */
  captionBefore(text, span, r) {
    const own = sentenceOf(text, span[0]);
    const para = paragraphOf(text, span[0]);
    if (!own || !para || own.at === para.at || text[own.at - 1] !== " ") return null;
    const caption = pick(r, ["Foto: dpa", "Bild: Archiv", "Photo: AP", "Image: file photo"]);
    return applyAll(text, span, [{ at: own.at - 1, del: 1, ins: `\n${caption}\n` }]);
  },
};

export const SEALED3_KINDS: Record<string, Gen> = { ...SEALED2_KINDS, ...SEALED3_ONLY_KINDS };
