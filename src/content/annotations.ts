// Builds the `randnotiz:annotations` answer (docs/interfaces.md, annotations message): offsets into the concatenation of
// every Text node under document.body, in tree order, including text we never read (scripts, fields).
import type { Annotation } from "../platform/messages";
import type { Mark } from "./marks";
import { readPageText } from "./page-text";
import { nodeIndexAt } from "./text-index";

export function toAnnotations(body: HTMLElement, marks: readonly Mark[]): Annotation[] {
  if (marks.length === 0) return [];
  const page = readPageText(body);
  const offsets = page.offsets();
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
    out.push({ entity: mark.entity, exact: page.text.slice(start, end), start, end });
  }
  // docs/interfaces.md, annotations message: by start, the longer (outer) first when two start together.
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
