// Open shadow roots (web components) hold text that the document's TreeWalker never enters. They are found
// by a separate element walk, in slices, and then read, observed and painted like the document itself.
// Closed roots stay closed: `shadowRoot` does not return them, and we do not reach for them.
import { insideSkipped, isSkipped } from "./text-index";

/** Yielded (as null) when the slice is over and the walk should resume in the next one. */
export type ShadowScan = Generator<ShadowRoot | null>;

/** The next element after the walker's current subtree, or null at the end of `root`. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Every open shadow root attached to an element under `root` (not inside one: nested roots are found when
 * their parent root is scanned in turn). Only `shadowRoot` is read per element, so the walk costs about
 * what reading the text costs; the skip rules are checked only for the rare host found.
 */
export function* shadowRootsUnder(root: Node, host: Element | null, pause: () => boolean): ShadowScan {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let count = 0;
  let node = walker.nextNode();
  while (node) {
    if ((++count & 255) === 0 && pause()) yield null;
    const el = node as Element;
    // Our own tooltip host and its (closed) root are never read.
    if (el === host) {
      node = skipSubtree(walker);
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow && !isSkipped(el, host) && !insideSkipped(el, host)) yield shadow;
    node = walker.nextNode();
  }
}

/** The shadow root `node` lives in, if any. */
export function shadowOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && "host" in root ? (root as ShadowRoot) : null;
}

/** The element in the document itself that `node` sits under: itself, or its outermost shadow host. */
export function lightAncestor(node: Node): Node {
  for (let shadow = shadowOf(node); shadow; shadow = shadowOf(node)) node = shadow.host;
  return node;
}
