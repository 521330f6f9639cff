// Decides, for the whole page, which marks of ambiguous aliases count: "Georgia" is the country only where
// the page also names a neighbour or the Caucasus, "Peskov" the spokesman only near the Kremlin or a role
// word (the fact base says which). The rule itself is pure (core/match resolveEvidence); this feeds it.
import { resolveEvidence } from "../core/match";
import type { Mark } from "./marks";
import type { TextRun } from "./text-index";

/**
 * The marks the page does not support now. The rule needs only the conditional marks and one firm mark of
 * each entity, so a page of 50,000 marks hands it a few dozen; the page's text is read again only if those
 * cannot decide.
 */
export function unsupportedMarks(blocks: ReadonlyMap<TextRun, readonly Mark[]>): Set<Mark> {
  const conditional: Mark[] = [];
  const firm = new Map<string, Mark>();
  for (const marks of blocks.values()) {
    for (const mark of marks) {
      if (mark.evidence) conditional.push(mark);
      else if (!firm.has(mark.entity)) firm.set(mark.entity, mark);
    }
  }
  const out = new Set<Mark>();
  if (conditional.length === 0) return out;
  const sample = [...conditional, ...firm.values()];
  let kept = new Set(resolveEvidence(sample, []));
  if (conditional.some((m) => m.evidence!.words.length > 0 && !kept.has(m))) {
    const texts = [...blocks.keys()].map((run) => run.nodes.map((n) => n.data).join(""));
    kept = new Set(resolveEvidence(sample, texts));
  }
  for (const mark of conditional) if (!kept.has(mark)) out.add(mark);
  return out;
}
