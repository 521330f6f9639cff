// Wire copy opens with a dateline: the place where the story was filed, often in capitals, sometimes with
// its state, then the source in brackets: "LOS ANGELES (AP) -", "AUSTIN, Texas (AP) --",
// "NEW YORK, (DNA) –", "Altentreptow (ots)." (docs/discovery.md, "Datelines"). Compromise reads the capitals
// as an acronym or a stray word, and the German rules as a sentence start; the form itself says what it is.
import type { Candidate } from "./types";

const WORD = String.raw`\p{Lu}[\p{Lu}\p{Ll}.'’-]*`;
const DATELINE = new RegExp(
  String.raw`^[ \u00a0]*(${WORD}(?:[ \u00a0]${WORD}){0,3})(?:,[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?))?,?[ \u00a0]*\(([\p{L}/ .-]{2,24})\)`,
  "u",
);
// Sources that make a dateline of a place written in ordinary case ("Altentreptow (ots)").
const SOURCES = /^(?:ots|dpa|afp|ap|reuters|kna|epd|sid|apa|sda|tass|xinhua|ddp|lnw)$/i;

const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) =>
    w === w.toUpperCase() && w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w,
  );

export interface Dateline {
  candidates: Candidate[];
  /** Offset after the closing bracket: the rules read on from there. */
  end: number;
}

/** The dateline at the start of `block`, if it has one: a place (all capitals, or before a known source). */
export function dateline(block: string): Dateline | null {
  const m = DATELINE.exec(block);
  if (!m) return null;
  const place = m[1]!;
  const sources = m[3]!.split("/").map((s) => s.trim());
  const capitals = /\p{Lu}{2}/u.test(place) && place === place.toUpperCase();
  if (!capitals && !sources.some((s) => SOURCES.test(s))) return null;
  const out: Candidate[] = [{ text: titleCase(place), kind: "place", surface: place }];
  if (m[2]) out.push({ text: m[2], kind: "place", surface: m[2] });
  for (const s of sources)
    if (/^\p{L}[\p{L} .-]+$/u.test(s) && !/^ots$/i.test(s))
      out.push({ text: s, kind: "organisation", surface: s });
  return { candidates: out, end: m.index + m[0].length };
}
