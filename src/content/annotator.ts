// The page-side pipeline: text index → matcher → marks → painter. Runs in measured slices, re-reads only
// the blocks that mutations touched, and can be destroyed without a trace.
import type { Matcher } from "../core/match";
import type { EntityType, MarkStyle } from "../core/settings";
import { measured, SLICE_MS, yieldToPage } from "./budget";
import { Painter, type PaintJob } from "./painter";
import { type Block, insideSkipped, isInline, iterateBlocks, nodeIndexAt } from "./text-index";

export interface Mark {
  entity: string;
  type: EntityType;
  block: Block;
  /** Offsets into block.text. */
  start: number;
  end: number;
  range: Range;
}

export interface AnnotatorOptions {
  matcher: Matcher;
  typeOf: (entity: string) => EntityType | undefined;
  types: Record<EntityType, boolean>;
  style: MarkStyle;
  /** The tooltip host, whose subtree is never read. */
  host: () => Element | null;
  /** Called after every pass with the marks now painted (in no particular order). */
  onPass?: (marks: Iterable<Mark>) => void;
}

const DEBOUNCE_MS = 50;
/** After a mutation pass that cost C ms, wait at least C × this before the next: caps us near 10 %. */
const IDLE_FACTOR = 9;
const MAX_DIRTY_ROOTS = 500;

export class Annotator {
  private readonly blocks = new Map<Block, Mark[]>();
  private readonly blockOf = new WeakMap<Text, Block>();
  private readonly painter: Painter;
  private readonly observer: MutationObserver;
  private queue: Node[] = [];
  private running = false;
  private repaintPending = false;
  /** A full repaint is due (first pass, new style or type filter); otherwise passes paint only the delta. */
  private needsFullPaint = true;
  private added: Mark[] = [];
  private removed: Mark[] = [];
  private destroyed = false;
  private pruneNeeded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private earliestNext = 0;
  private sorted: Mark[] | null = null;
  /** False once a mutation pass appended blocks out of document order. */
  private inTreeOrder = true;

  constructor(
    private readonly root: HTMLElement,
    private options: AnnotatorOptions,
  ) {
    this.painter = new Painter(options.style);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
    this.queue.push(this.root);
    void this.run();
  }

  /** Marks currently painted (type filter applied), in no particular order: cheap. */
  *visibleMarks(): Generator<Mark> {
    for (const marks of this.blocks.values()) {
      for (const mark of marks) if (this.options.types[mark.type]) yield mark;
    }
  }

  /** Marks currently painted, in document order. Blocks are sorted only when mutations broke their order. */
  marks(): readonly Mark[] {
    if (!this.sorted) {
      if (!this.inTreeOrder) {
        const entries = [...this.blocks].sort(([a], [b]) =>
          a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        );
        this.blocks.clear();
        for (const [block, marks] of entries) this.blocks.set(block, marks);
        this.inTreeOrder = true;
      }
      this.sorted = [...this.visibleMarks()];
    }
    return this.sorted;
  }

  /** The mark covering `offset` in `node`, if any. */
  markAt(node: Node, offset: number): Mark | undefined {
    const block = node.nodeType === Node.TEXT_NODE ? this.blockOf.get(node as Text) : undefined;
    if (!block) return undefined;
    const index = block.nodes.indexOf(node as Text);
    const at = block.starts[index]! + offset;
    return this.blocks.get(block)?.find((m) => m.start <= at && at < m.end && this.options.types[m.type]);
  }

  update(options: Partial<Pick<AnnotatorOptions, "types" | "style">>): void {
    this.options = { ...this.options, ...options };
    if (options.style) this.painter.setStyle(options.style);
    this.sorted = null;
    this.needsFullPaint = true;
    void this.run(true);
  }

  setCurrent(mark: Mark | null): void {
    this.painter.setCurrent(mark?.range ?? null);
  }

  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.painter.destroy();
    this.blocks.clear();
    this.queue = [];
    this.sorted = [];
  }

  /** One pass: read the queued roots, then repaint. `repaintOnly` skips straight to painting. */
  private async run(repaintOnly = false): Promise<void> {
    if (this.running || this.destroyed) {
      if (repaintOnly) this.repaintPending = true;
      return;
    }
    this.running = true;
    let cost = 0;
    const slice = (work: (deadline: number) => boolean): boolean => {
      const t0 = performance.now();
      const done = measured(() => work(t0 + SLICE_MS));
      cost += performance.now() - t0;
      return done;
    };
    const once = (work: () => void): void => {
      slice(() => {
        work();
        return true;
      });
    };
    while (!repaintOnly && !this.destroyed && (this.queue.length > 0 || this.pruneNeeded)) {
      for (const root of this.takeRoots()) {
        const blocks = iterateBlocks(root, this.options.host());
        if (root !== this.root) this.inTreeOrder = false;
        while (!this.destroyed && !slice((deadline) => this.indexSlice(blocks, deadline)))
          await yieldToPage();
      }
    }
    this.repaintPending = false;
    if (this.needsFullPaint) {
      this.needsFullPaint = false;
      this.added = [];
      this.removed = [];
      const job = this.painter.begin();
      const marks = this.visibleMarks();
      while (!this.destroyed && !slice((deadline) => fill(job, marks, deadline))) await yieldToPage();
      if (!this.destroyed) once(() => job.commit());
    } else {
      const visible = (m: Mark) => this.options.types[m.type];
      const added = this.added.filter(visible);
      const removed = this.removed.filter(visible);
      this.added = [];
      this.removed = [];
      once(() => this.painter.update(added, removed));
    }
    if (!this.destroyed) {
      this.earliestNext = performance.now() + cost * IDLE_FACTOR;
      this.options.onPass?.(this.visibleMarks());
      document.dispatchEvent(new CustomEvent("randnotiz:annotated"));
    }
    this.running = false;
    if (this.repaintPending) void this.run(true);
    else if (this.queue.length > 0 || this.pruneNeeded) this.schedule();
  }

  /** Indexes blocks until the deadline; returns true when the walk is complete. */
  private indexSlice(blocks: Iterator<Block>, deadline: number): boolean {
    for (let n = 0; ; n++) {
      if ((n & 7) === 7 && performance.now() > deadline) return false;
      const next = blocks.next();
      if (next.done) return true;
      this.addBlock(next.value);
    }
  }

  private addBlock(block: Block): void {
    const mentions = this.options.matcher.find(block.text);
    if (mentions.length === 0) return;
    const marks: Mark[] = [];
    for (const mention of mentions) {
      const type = this.options.typeOf(mention.entity);
      if (!type) continue;
      const range = document.createRange();
      const a = nodeIndexAt(block, mention.start);
      const b = nodeIndexAt(block, mention.end - 1);
      range.setStart(block.nodes[a]!, mention.start - block.starts[a]!);
      range.setEnd(block.nodes[b]!, mention.end - block.starts[b]!);
      marks.push({ entity: mention.entity, type, block, start: mention.start, end: mention.end, range });
    }
    this.blocks.set(block, marks);
    if (!this.needsFullPaint) this.added.push(...marks);
    for (const node of block.nodes) this.blockOf.set(node, block);
    this.sorted = null;
  }

  /** Drops blocks under the queued roots (they are read again) and blocks that left the document. */
  private takeRoots(): Node[] {
    let roots = [...new Set(this.queue)];
    this.queue = [];
    if (roots.length > MAX_DIRTY_ROOTS) roots = [this.root];
    roots = roots.filter((r) => r.isConnected && !roots.some((o) => o !== r && o.contains(r)));
    const prune = this.pruneNeeded;
    this.pruneNeeded = false;
    if (roots.length > 0 || prune) {
      measured(() => {
        for (const block of this.blocks.keys()) {
          const first = block.nodes[0]!;
          const gone = !first.isConnected || !block.nodes[block.nodes.length - 1]!.isConnected;
          if (gone || roots.some((r) => r.contains(first))) {
            this.removed.push(...this.blocks.get(block)!);
            this.blocks.delete(block);
          }
        }
        this.sorted = null;
      });
    }
    return roots;
  }

  private onMutations(records: MutationRecord[]): void {
    const host = this.options.host();
    for (const record of records) {
      const target = record.target;
      if (record.removedNodes.length > 0) this.pruneNeeded = true;
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
    this.schedule();
  }

  /** Queues the block element that owns `node`'s text. */
  private enqueueOwner(node: Node, host: Element | null): void {
    let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && isInline(el) && el !== this.root) el = el.parentElement;
    if (el) this.enqueue(el, host);
  }

  private enqueue(node: Node, host: Element | null): void {
    if (!this.root.contains(node) || insideSkipped(node, host, this.root)) return;
    this.queue.push(node);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.destroyed) return;
    const wait = Math.max(DEBOUNCE_MS, this.earliestNext - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }
}

/** Adds marks to the paint job until the deadline; true when all are in. */
function fill(job: PaintJob, marks: Iterator<Mark>, deadline: number): boolean {
  for (let n = 1; ; n++) {
    const next = marks.next();
    if (next.done) return true;
    job.add(next.value);
    if ((n & 255) === 0 && performance.now() > deadline) return false;
  }
}
