// One whole word inserted, replaced or deleted inside a quote (docs/anchoring.md, rule 4c): "of the fire" →
// "of apparently the fire", "made an arrest" → "made officials arrest", "the city was in" → "the was in".
// In a short quote one word is more than the quarter the approximate search allows, and its best match stops
// short of the new word. Near the saved position, the places that read as the quote with one inner word
// edited (its first and last words kept) are judged as one replaced word (two errors), never as the only
// place: both sides of the saved context must agree, or one side and the other's text nearby.
import { nearby } from "./bracket";
import { rawSpan } from "./normalise";
import { type Judged, judge, pick } from "./score";
import type { Saved } from "./types";

export function wordEdited(text: string, saved: Saved): { start: number; end: number } | null {
  const w = saved.core.split(" ");
  if (saved.hint === null) return null;
  const norm = nearby(text, saved.hint, saved.exact.length);
  const s = norm.s;
  const found: Judged[] = [];
  const add = (at: number, to: number) => {
    const span = rawSpan(norm, at, to);
    found.push({ ...span, verdict: judge(text, saved, span.start, span.end, 2, false) });
  };
  // A quote of four words or more whose first or last word went: the rest, verbatim (rule 4a).
  for (const rest of w.length > 3 ? [w.slice(1), w.slice(0, -1)] : []) {
    const r = rest.join(" ");
    for (let at = s.indexOf(r); at !== -1; at = s.indexOf(r, at + 1)) add(at, at + r.length);
  }
  // The words before w[i] kept; then a new word and w[i..] (inserted), a new word and w[i+1..] (replaced), or
  // w[i+1..] (deleted), the last word always kept.
  for (let i = 1; i < w.length; i++) {
    const head = `${w.slice(0, i).join(" ")} `;
    for (let at = s.indexOf(head); at !== -1; at = s.indexOf(head, at + 1)) {
      const from = at + head.length;
      const gap = s.indexOf(" ", from) + 1;
      for (const [tail, to] of [
        [w.slice(i).join(" "), gap],
        [w.slice(i + 1).join(" "), gap],
        [w.slice(i + 1).join(" "), from],
      ] as const)
        if (tail && to > at && s.startsWith(tail, to)) add(at, to + tail.length);
    }
  }
  const best = pick(found);
  return best === "ambiguous" ? null : best;
}
