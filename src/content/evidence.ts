// Decides, for the whole page, which marks of ambiguous aliases count: "Georgia" is the country only where
// the page also names a neighbour or the Caucasus, "Peskov" the spokesman only near the Kremlin or a role
// word (the fact base says which). The rule itself is pure (core/match weighEvidence); this feeds it.
import { weighEvidence } from "../core/match";
import type { Mark } from "./marks";
import type { TextRun } from "./text-index";

/** Blocks looked at between two checks of the slice's deadline. */
const STEP = 32;

/**
 * The marks the page does not support now, worked out in steps: each `yield` is a point where the caller
 * may end its slice and resume later (docs/scanner.md, "Slices"). The rule needs only the conditional marks
 * and one firm mark of each entity, so a page of 50,000 marks hands it a few dozen; the page's text is read
 * again, block by block, only while those cannot decide.
 */
export function* unsupportedMarks(blocks: ReadonlyMap<TextRun, readonly Mark[]>): Generator<void, Set<Mark>> {
  const conditional: Mark[] = [];
  const firm = new Map<string, Mark>();
  let n = 0;
  for (const marks of blocks.values()) {
    for (const mark of marks) {
      if (mark.evidence) conditional.push(mark);
      else if (!firm.has(mark.entity)) firm.set(mark.entity, mark);
    }
    if (++n % STEP === 0) yield;
  }
  const out = new Set<Mark>();
  if (conditional.length === 0) return out;
  const weigher = weighEvidence([...conditional, ...firm.values()]);
  for (const run of blocks.keys()) {
    if (!weigher.open) break;
    weigher.read(run.nodes.map((node) => node.data).join(""));
    yield;
  }
  const kept = new Set(weigher.kept());
  for (const mark of conditional) if (!kept.has(mark)) out.add(mark);
  return out;
}
