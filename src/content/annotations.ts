// Builds the `randnotiz:annotations` answer (../shared/DESIGN.md §1.3): offsets into the concatenation of
// every Text node under document.body, in tree order, including text we never read (scripts, fields).
import type { Annotation } from "../platform/messages";
import type { Mark } from "./annotator";
import { nodeIndexAt } from "./text-index";

export function toAnnotations(body: HTMLElement, marks: readonly Mark[]): Annotation[] {
  if (marks.length === 0) return [];
  const offsets = new Map<Text, number>();
  const parts: string[] = [];
  let total = 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    offsets.set(node, total);
    parts.push(node.data);
    total += node.data.length;
  }
  const text = parts.join("");
  const out: Annotation[] = [];
  for (const mark of marks) {
    const { block } = mark;
    const a = nodeIndexAt(block, mark.start);
    const b = nodeIndexAt(block, mark.end - 1);
    const startBase = offsets.get(block.nodes[a]!);
    const endBase = offsets.get(block.nodes[b]!);
    if (startBase === undefined || endBase === undefined) continue; // left the document since the pass
    const start = startBase + mark.start - block.starts[a]!;
    const end = endBase + mark.end - block.starts[b]!;
    out.push({ entity: mark.entity, exact: text.slice(start, end), start, end });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
