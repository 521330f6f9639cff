// Turns DOM mutations into the list of subtrees whose text must be read again. Only the block element
// that owns changed text is queued, never the whole page, so a live ticker costs what its paragraph costs.
import { shadowOf } from "./shadow";
import { insideSkipped, isInline } from "./text-index";

/** Past this many queued roots, reading the whole root once is cheaper than checking them all. */
const MAX_DIRTY_ROOTS = 500;

export interface DirtyWork {
  /** Subtrees to read again; none of them contains another. */
  roots: Node[];
  /** Something was removed: blocks that left the document must be dropped. */
  prune: boolean;
  /** Subtrees to search for new shadow roots only (their text is known): see rescan(). */
  scan: Node[];
}

export class DirtyTracker {
  private queue: Node[] = [];
  private scanQueue: Node[] = [];
  private prune = false;
  /** Open shadow roots found so far; each is observed like the document. */
  private readonly shadows = new Set<ShadowRoot>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: () => Element | null,
    onDirty: () => void,
  ) {
    this.observer = new MutationObserver((records) => {
      this.collect(records);
      onDirty();
    });
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
    this.queue.push(this.root);
  }

  /** Observes a newly found shadow root and queues its text; false if it was known already. */
  watch(shadow: ShadowRoot): boolean {
    if (this.shadows.has(shadow)) return false;
    this.shadows.add(shadow);
    this.observer.observe(shadow, { childList: true, characterData: true, subtree: true });
    this.queue.push(shadow);
    return true;
  }

  /**
   * Asks for a search of the whole page for shadow roots. A custom element defined after load attaches its
   * root and renders into it without any mutation that the observer could see.
   */
  rescan(): void {
    this.scanQueue.push(this.root);
  }

  /** The open shadow roots that are still in the document: hit-testing has to name them to see inside. */
  shadowRoots(): ShadowRoot[] {
    return [...this.shadows].filter((r) => r.isConnected);
  }

  get pending(): boolean {
    return this.queue.length > 0 || this.scanQueue.length > 0 || this.prune;
  }

  take(): DirtyWork {
    let roots = [...new Set(this.queue)];
    if (roots.length > MAX_DIRTY_ROOTS) roots = [this.root, ...this.shadows];
    roots = roots.filter((r) => r.isConnected && !roots.some((o) => o !== r && o.contains(r)));
    const scan = this.scanQueue.filter((r) => r.isConnected && !roots.includes(r));
    for (const shadow of this.shadows) if (!shadow.isConnected) this.shadows.delete(shadow);
    const work = { roots, prune: this.prune, scan };
    this.queue = [];
    this.scanQueue = [];
    this.prune = false;
    return work;
  }

  destroy(): void {
    this.observer.disconnect();
    this.queue = [];
    this.scanQueue = [];
    this.shadows.clear();
  }

  private collect(records: MutationRecord[]): void {
    const host = this.host();
    for (const record of records) {
      const target = record.target;
      if (record.removedNodes.length > 0) this.prune = true;
      if (record.type === "characterData") {
        this.enqueueOwner(target, host);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) this.enqueue(node, host);
        else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE)
          this.enqueueOwner(node, host);
      }
      // Removing text or inline content changes the text of the block it sat in; removed blocks are pruned.
      for (const node of record.removedNodes) {
        if (
          node.nodeType === Node.TEXT_NODE ||
          (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element))
        ) {
          this.enqueueOwner(target, host);
          break;
        }
      }
    }
  }

  /** Queues the block element that owns `node`'s text. */
  private enqueueOwner(node: Node, host: Element | null): void {
    let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && isInline(el) && el !== this.root) el = el.parentElement;
    if (el) this.enqueue(el, host);
    else {
      // Inline content at the top of a shadow tree: its block is the whole root.
      const shadow = shadowOf(node);
      if (shadow) this.enqueue(shadow, host);
    }
  }

  private enqueue(node: Node, host: Element | null): void {
    if (!this.inScope(node) || insideSkipped(node, host, this.root)) return;
    this.queue.push(node);
  }

  private inScope(node: Node): boolean {
    if (this.root.contains(node)) return true;
    const shadow = shadowOf(node);
    return shadow !== null && this.shadows.has(shadow) && node.isConnected;
  }
}
