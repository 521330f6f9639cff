// Decides, for the whole page, which marks of ambiguous aliases count: "Georgia" is the country only where
// the page also names a neighbour or the Caucasus, "Peskov" the spokesman only near the Kremlin or a role
// word (the fact base says which). The rule itself is pure (core/match resolveEvidence); this feeds it.
import { resolveEvidence } from "../core/match";
import type { Mark } from "./marks";
import type { TextRun } from "./text-index";

/** The marks the page does not support now. The page's text is read again only if the marks cannot decide. */
export function unsupportedMarks(blocks: ReadonlyMap<TextRun, readonly Mark[]>): Set<Mark> {
  const all: Mark[] = [];
  for (const marks of blocks.values()) all.push(...marks);
  const out = new Set<Mark>();
  if (!all.some((m) => m.evidence)) return out;
  let kept = new Set(resolveEvidence(all, []));
  if (all.some((m) => m.evidence && m.evidence.words.length > 0 && !kept.has(m))) {
    const texts = [...blocks.keys()].map((run) => run.nodes.map((n) => n.data).join(""));
    kept = new Set(resolveEvidence(all, texts));
  }
  for (const mark of all) if (!kept.has(mark)) out.add(mark);
  return out;
}
