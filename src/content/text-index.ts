// Reads page text into blocks: runs of text nodes that render as one piece of prose, so that a name split
// by inline markup (Berg<em>karabach</em>) is matched as one string. The DOM is only read, never changed.

/** Elements whose text is never annotated: code, form fields, non-rendered and foreign content. */
const SKIP = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION CODE PRE SVG svg MATH math IFRAME OBJECT CANVAS VIDEO AUDIO KBD SAMP HEAD NOFRAMES NOEMBED".split(
    " ",
  ),
);
// XHTML served as XML keeps tag names in lower case: both spellings, so the lookup stays one Set.has.
for (const name of [...SKIP]) SKIP.add(name.toLowerCase());

/** Elements that continue the surrounding line of text instead of starting a new block. */
const INLINE = new Set(
  "A ABBR B BDI BDO CITE DATA DEL DFN EM FONT I INS LABEL MARK Q RUBY S SMALL SPAN STRONG SUB SUP TIME U VAR WBR NOBR BIG TT".split(
    " ",
  ),
);
for (const name of [...INLINE]) INLINE.add(name.toLowerCase());

/** Text nodes that read as one run of prose. Marks keep only this, not the text, to spare memory. */
export interface TextRun {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in the run's text. */
  starts: number[];
}

export interface Block extends TextRun {
  text: string;
}

/** True for elements whose subtree must not be read: see SKIP, editable regions, hidden ones, our host. */
export function isSkipped(el: Element, host: Element | null): boolean {
  if (SKIP.has(el.tagName) || el === host) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable !== "false";
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/** Whether any ancestor of `node` (up to, not including, `stop`) is skipped. Cheap: depth is small. */
export function insideSkipped(node: Node, host: Element | null, stop: Node | null = null): boolean {
  for (let el = node.parentElement; el && el !== stop; el = el.parentElement) {
    if (isSkipped(el, host)) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character at `i` (a whole surrogate pair where there is one) is a letter or digit. */
function wordCharAt(text: string, i: number): boolean {
  const code = text.codePointAt(i);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

/** The index of the last character of `text`, stepping back over a surrogate pair's second half. */
function lastCharIndex(text: string): number {
  const i = text.length - 1;
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/** Whether every element from `node` up to `owner` is laid out inline (CSS can turn a <small> into a block). */
function rendersInline(node: Node, owner: Node | null): boolean {
  for (let el = node.parentElement; el && el !== owner; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    if (!display.startsWith("inline") && display !== "contents") return false;
  }
  return true;
}

/**
 * Whether `next` continues the line of text that `prev` ended. A seam that would glue two words together
 * ("Ausland" + "Moskau") is joined only if nothing stands between the nodes and both really render inline.
 * Only such seams are checked, so style lookups stay rare.
 */
function joinsAsOneLine(prev: Text, next: Text, owner: Node | null): boolean {
  // Only the two characters at the seam matter: testing the whole block so far made long paragraphs quadratic.
  if (!wordCharAt(prev.data, lastCharIndex(prev.data)) || !wordCharAt(next.data, 0)) return true;
  if (prev.parentElement === next.parentElement) return prev.nextSibling === next;
  return rendersInline(prev, owner) && rendersInline(next, owner);
}

/** The nearest ancestor that is not inline: text nodes with the same owner can form one block. */
export function blockOwner(el: Element | null): Element | null {
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/**
 * Walks the text nodes under `root` and yields blocks lazily. A block ends where the owning block element
 * changes, at skipped text, and at a seam that would glue words across a <br> or a block-level box.
 * The walker reads text nodes only (no per-element filter callback, which cost 3× the walk itself); whether
 * a parent is skipped is worked out once per parent element and cached.
 */
/**
 * Yielded (with `pause`) when a block is still being read and the caller's slice is over: one paragraph of
 * thousands of inline elements took a 35 ms slice to read whole. Only callers that pass `pause` see it.
 */
export const PAUSED: Block = { nodes: [], starts: [], text: "" };

export function* iterateBlocks(root: Node, host: Element | null, pause?: () => boolean): Generator<Block> {
  const skippedCache = new Map<Element, boolean>();
  const isUnderSkipped = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    const known = skippedCache.get(el);
    if (known !== undefined) return known;
    const result = isSkipped(el, host) || isUnderSkipped(el.parentElement);
    skippedCache.set(el, result);
    return result;
  };
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = "";
  let owner: Element | null = null;
  let parent: Element | null = null;
  let parentSkipped = false;
  let parentOwner: Element | null = null;
  let pendingBreak = false;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (pause && (++count & 255) === 0 && pause()) yield PAUSED;
    if (node.parentElement !== parent) {
      parent = node.parentElement;
      parentSkipped = isUnderSkipped(parent);
      // The owner, like the skip state, is worked out once per parent, not once per text node.
      parentOwner = parentSkipped ? null : blockOwner(parent);
    }
    if (parentSkipped) {
      pendingBreak = true;
      continue;
    }
    const data = node.data;
    if (data.length === 0) continue;
    const nodeOwner = parentOwner;
    const last = nodes[nodes.length - 1];
    if (pendingBreak || nodeOwner !== owner || (last && !joinsAsOneLine(last, node, owner))) {
      if (nodes.length > 0 && /\S/.test(text)) yield { nodes, starts, text };
      nodes = [];
      starts = [];
      text = "";
      owner = nodeOwner;
      pendingBreak = false;
    }
    nodes.push(node);
    starts.push(text.length);
    text += data;
  }
  if (nodes.length > 0 && /\S/.test(text)) yield { nodes, starts, text };
}

export function readBlocks(root: Node, host: Element | null): Block[] {
  return [...iterateBlocks(root, host)];
}

/** Index of the node holding `offset` (a position inside block text); binary search over starts. */
export function nodeIndexAt(block: TextRun, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
