// The page's text space of docs/interfaces.md, annotations message: the data of every Text node under <body>, in tree
// order, concatenated. The annotations and highlights messages report offsets in it, and saved highlights
// are anchored in it. Read on demand only: the annotator's own index skips scripts and fields, this does not.

export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  /** Node → its offset, built on first use. */
  offsets(): Map<Text, number>;
}

export function readPageText(body: Node): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let total = 0;
  const walker = (body.ownerDocument ?? document).createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    starts.push(total);
    parts.push(node.data);
    total += node.data.length;
  }
  let map: Map<Text, number> | null = null;
  return {
    text: parts.join(""),
    nodes,
    starts,
    offsets: () => {
      map ??= new Map(nodes.map((node, i) => [node, starts[i]!]));
      return map;
    },
  };
}

/** Index of the node holding `offset`; with `end`, the node an end offset belongs to (never an empty next). */
function nodeAt(page: PageText, offset: number, end: boolean): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = page.starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A static range over text[start, end); null when the page has no text there. */
export function rangeIn(page: PageText, start: number, end: number): StaticRange | null {
  if (page.nodes.length === 0 || start < 0 || end > page.text.length || end <= start) return null;
  const a = nodeAt(page, start, false);
  const b = nodeAt(page, end, true);
  return new StaticRange({
    startContainer: page.nodes[a]!,
    startOffset: start - page.starts[a]!,
    endContainer: page.nodes[b]!,
    endOffset: end - page.starts[b]!,
  });
}

/** The text-space offset of a boundary point, if it lies in (or just at) one of the page's text nodes. */
export function offsetIn(page: PageText, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const base = page.offsets().get(node as Text);
    return base === undefined ? null : base + offset;
  }
  // An element boundary (a triple-click selection ends at one): the start of the first text after it.
  const point = (node.ownerDocument ?? document).createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = page.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(page.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < page.nodes.length ? page.starts[lo]! : page.text.length;
}
