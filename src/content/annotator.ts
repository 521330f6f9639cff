// The page-side pipeline: text index → matcher → marks → painter. Runs in measured slices, re-reads only
// the blocks that mutations touched, and can be destroyed without a trace.
import type { Matcher, Mention } from "../core/match";
import { dropNestedPlaces } from "../core/match/places";
import { WindowedFind } from "../core/match/windows";
import type { EntityType, MarkStyle } from "../core/settings";
import { measured, SLICE_MS, yieldToPage } from "./budget";
import { DirtyTracker, type DirtyWork } from "./dirty";
import { unsupportedMarks } from "./evidence";
import { type Mark, newMark } from "./marks";
import { WindowPainter } from "./paint-window";
import { Painter } from "./painter";
import { lightAncestor, type ShadowScan, shadowRootsUnder } from "./shadow";
import { ShadowStyles } from "./shadow-styles";
import { liveRange } from "./targets";
import { type Block, iterateBlocks, PAUSED, type TextRun } from "./text-index";
import { Viewport } from "./viewport";

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
/** Blocks longer than this (characters) are matched in windows, so one giant paragraph cannot block. */
const LONG_BLOCK = 16_384;
/** Characters matched per step of a long block: cold code matches 8 KB in a few milliseconds. */
const WINDOW = 8_192;
/** How long a pass waits for the viewport's first report before placing runs by their boxes. */
const SETTLE_MS = 150;
/** When the page is searched again for web components that were defined (and rendered) after load. */
const RESCAN_MS = [1500, 6000];

export class Annotator {
  private readonly blocks = new Map<TextRun, Mark[]>();
  private readonly blockOf = new WeakMap<Text, TextRun>();
  /** Shared with the saved highlights, which paint their own layer through it. */
  readonly painter: Painter;
  private readonly dirty: DirtyTracker;
  private readonly viewport: Viewport;
  private readonly window: WindowPainter;
  private readonly shadowStyles = new ShadowStyles();
  private rescans: Array<ReturnType<typeof setTimeout>> = [];
  private running = false;
  private repaintPending = false;
  private destroyed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private earliestNext = 0;
  private sorted: Mark[] | null = null;
  private partial: { run: TextRun; finder: WindowedFind; marks: Mark[] } | null = null;
  /** A block read but not matched: it would have crossed the slice's deadline (indexSlice). */
  private held: Block | null = null;
  /** Marks of ambiguous aliases that the page does not support now ("Georgia" with no word of the Caucasus). */
  private unsupported = new Set<Mark>();
  /** How many marks of ambiguous aliases were made; zero on most pages, which then skip the evidence step. */
  private conditional = 0;
  /** False once a mutation pass appended blocks out of document order. */
  private inTreeOrder = true;
  /** The current slice's deadline, which the text walk checks inside a block (iterateBlocks' pause). */
  private deadline = 0;

  constructor(
    readonly root: HTMLElement,
    private options: AnnotatorOptions,
  ) {
    this.painter = new Painter(options.style);
    this.dirty = new DirtyTracker(root, options.host, () => this.schedule());
    this.viewport = new Viewport(root, () => {
      if (!this.running) this.window.request();
    });
    this.window = new WindowPainter(
      this.painter,
      this.viewport,
      (run) => this.blocks.get(run),
      (mark) => this.shown(mark),
    );
  }

  start(): void {
    this.dirty.start();
    void this.run();
    this.rescans = RESCAN_MS.map((ms) =>
      setTimeout(() => {
        this.dirty.rescan();
        this.schedule();
      }, ms),
    );
  }

  /** Open shadow roots whose text is read: hit-testing must name them to see inside. */
  shadowRoots(): ShadowRoot[] {
    return this.dirty.shadowRoots();
  }

  /** Marks currently painted (type filter applied), in no particular order: cheap. */
  *visibleMarks(): Generator<Mark> {
    for (const marks of this.blocks.values()) {
      for (const mark of marks) if (this.shown(mark)) yield mark;
    }
  }

  /** Marks currently painted, in document order. Blocks are sorted only when mutations broke their order. */
  marks(): readonly Mark[] {
    if (!this.sorted) {
      if (!this.inTreeOrder) {
        const entries = [...this.blocks].sort(([a], [b]) => inPageOrder(a.nodes[0]!, b.nodes[0]!));
        this.blocks.clear();
        for (const [block, marks] of entries) this.blocks.set(block, marks);
        this.inTreeOrder = true;
      }
      this.sorted = [...this.visibleMarks()];
    }
    return this.sorted;
  }

  /** The innermost mark covering `offset` in `node`, if any: "Ukraine" inside "Krieg gegen die Ukraine". */
  markAt(node: Node, offset: number): Mark | undefined {
    const block = node.nodeType === Node.TEXT_NODE ? this.blockOf.get(node as Text) : undefined;
    if (!block) return undefined;
    const index = block.nodes.indexOf(node as Text);
    const at = block.starts[index]! + offset;
    let best: Mark | undefined;
    for (const m of this.blocks.get(block) ?? []) {
      if (m.start > at) break; // sorted by start
      if (at < m.end && this.shown(m) && (!best || m.end - m.start < best.end - best.start)) best = m;
    }
    return best;
  }

  /** The closest painted mark that `mark` lies inside, if any. */
  outerOf(mark: Mark): Mark | undefined {
    let best: Mark | undefined;
    for (const m of this.blocks.get(mark.block) ?? []) {
      if (m.start > mark.start) break;
      if (m === mark || m.end < mark.end || !this.shown(m)) continue;
      if (!best || m.end - m.start < best.end - best.start) best = m;
    }
    return best;
  }

  update(options: Partial<Pick<AnnotatorOptions, "types" | "style">>): void {
    this.options = { ...this.options, ...options };
    if (options.style) this.painter.setStyle(options.style);
    this.sorted = null;
    void this.run(true);
  }

  setCurrent(mark: Pick<Mark, "range"> | null): void {
    this.painter.setCurrent(mark ? liveRange(mark) : null);
  }

  destroy(): void {
    this.destroyed = true;
    this.dirty.destroy();
    for (const timer of this.rescans) clearTimeout(timer);
    this.shadowStyles.destroy();
    clearTimeout(this.timer);
    this.window.destroy();
    this.viewport.destroy();
    this.painter.destroy();
    this.blocks.clear();
    this.partial = null;
    this.held = null;
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
    // A pass that only searched for web components and found none has nothing to repaint or report.
    let changed = repaintOnly;
    while (!repaintOnly && !this.destroyed && this.dirty.pending) {
      const { roots, scan, prune } = this.takeWork();
      if (roots.length > 0 || prune) changed = true;
      for (const root of roots) {
        const blocks = iterateBlocks(root, this.options.host(), () => performance.now() > this.deadline);
        if (root !== this.root) this.inTreeOrder = false;
        while (!this.destroyed && !slice((deadline) => this.indexSlice(blocks, deadline)))
          await yieldToPage();
      }
      // Every subtree read may hold web components; the roots found are queued and read in the next round.
      for (const root of [...roots, ...scan]) {
        const found = shadowRootsUnder(root, this.options.host(), () => performance.now() > this.deadline);
        while (!this.destroyed && !slice((deadline) => this.scanSlice(found, deadline))) await yieldToPage();
      }
    }
    if (!changed) {
      this.running = false;
      if (this.repaintPending) void this.run(true);
      return;
    }
    this.repaintPending = false;
    if (!repaintOnly && this.conditional > 0) {
      // Sliced like the walk: on a dense page it reads every mark, and maybe the page's text again.
      const steps = unsupportedMarks(this.blocks);
      while (!this.destroyed && !slice((deadline) => this.weighSlice(steps, deadline))) await yieldToPage();
    } else if (!repaintOnly) this.unsupported = new Set();
    // Marks are painted only near the screen: wait until the viewport knows where the new runs are.
    if (!this.destroyed) await this.viewport.settled(SETTLE_MS);
    if (!this.destroyed) once(() => this.window.paint());
    if (!this.destroyed) {
      this.earliestNext = performance.now() + cost * IDLE_FACTOR;
      this.options.onPass?.(this.visibleMarks());
      document.dispatchEvent(new CustomEvent("randnotiz:annotated"));
    }
    this.running = false;
    if (this.repaintPending) void this.run(true);
    else if (this.dirty.pending) this.schedule();
  }

  /**
   * Indexes blocks until the deadline; returns true when the walk is complete. The deadline is checked
   * before every block, and a block that would cross it at this slice's rate so far (characters per
   * millisecond, walk and match together) waits for the next slice: a slice stops near SLICE_MS instead of
   * after whatever block it happened to start (docs/scanner.md, "Slices").
   */
  private indexSlice(blocks: Iterator<Block>, deadline: number): boolean {
    this.deadline = deadline;
    const begin = performance.now();
    let chars = 0;
    for (;;) {
      if (this.partial) {
        if (!this.continueLongBlock(deadline)) return false;
        continue;
      }
      let block = this.held;
      this.held = null;
      if (!block) {
        const next = blocks.next();
        if (next.done) return true;
        // A huge block is read across slices: the walk stopped inside it and resumes in the next slice.
        if (next.value === PAUSED) return false;
        block = next.value;
      }
      const now = performance.now();
      const length = Math.min(block.text.length, WINDOW);
      if (chars > 0 && (now > deadline || now + ((now - begin) / chars) * length > deadline)) {
        this.held = block;
        return false;
      }
      chars += length;
      // Marks keep the run without its text: the page's text is not held twice once it is matched.
      const run: TextRun = { nodes: block.nodes, starts: block.starts };
      if (block.text.length > LONG_BLOCK) {
        this.partial = { run, finder: new WindowedFind(this.options.matcher, block.text, WINDOW), marks: [] };
      } else {
        this.storeBlock(run, this.toMarks(run, this.options.matcher.find(block.text)));
      }
    }
  }

  /** Watches the shadow roots found until the deadline; returns true when the search is complete. */
  private scanSlice(found: ShadowScan, deadline: number): boolean {
    this.deadline = deadline;
    for (;;) {
      const next = found.next();
      if (next.done) return true;
      if (next.value === null) return false;
      if (this.dirty.watch(next.value)) this.shadowStyles.adopt(next.value);
    }
  }

  /** A block of huge text (one giant paragraph) is matched window by window, across slices. */
  private continueLongBlock(deadline: number): boolean {
    const partial = this.partial!;
    for (;;) {
      const seen = partial.finder.mentions.length;
      const done = partial.finder.step();
      partial.marks.push(...this.toMarks(partial.run, partial.finder.mentions.slice(seen)));
      if (done) {
        this.storeBlock(partial.run, partial.marks);
        this.partial = null;
        return true;
      }
      if (performance.now() > deadline) return false;
    }
  }

  private toMarks(block: TextRun, mentions: readonly Mention[]): Mark[] {
    const marks: Mark[] = [];
    for (const mention of dropNestedPlaces(mentions, this.options.typeOf)) {
      const type = this.options.typeOf(mention.entity);
      if (!type) continue;
      marks.push(newMark(mention.entity, type, block, mention.start, mention.end, mention.evidence));
      if (mention.evidence) this.conditional++;
    }
    return marks;
  }

  private shown(mark: Mark): boolean {
    return this.options.types[mark.type] && !this.unsupported.has(mark);
  }

  /** Weighs the evidence until the deadline; returns true (with `unsupported` set) when it is done. */
  private weighSlice(steps: Iterator<void, Set<Mark>>, deadline: number): boolean {
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.unsupported = step.value;
        this.sorted = null;
        return true;
      }
      if (performance.now() > deadline) return false;
    }
  }

  private storeBlock(block: TextRun, marks: Mark[]): void {
    if (marks.length === 0) return;
    // Marks come sorted by start, outer first: one that reaches over the next one's start contains it.
    for (let i = 0; i + 1 < marks.length; i++)
      if (marks[i + 1]!.start < marks[i]!.end) marks[i]!.outer = true;
    this.blocks.set(block, marks);
    this.viewport.track(block);
    for (const node of block.nodes) this.blockOf.set(node, block);
    this.sorted = null;
  }

  /** Drops blocks under the dirty roots (they are read again) and blocks that left the document. */
  private takeWork(): DirtyWork {
    const work = this.dirty.take();
    const { roots, prune } = work;
    if (roots.length > 0 || prune) {
      measured(() => {
        for (const block of this.blocks.keys()) {
          const first = block.nodes[0]!;
          const gone = !first.isConnected || !block.nodes[block.nodes.length - 1]!.isConnected;
          if (gone || roots.some((r) => r.contains(first))) {
            this.viewport.untrack(block);
            this.blocks.delete(block);
          }
        }
        this.sorted = null;
      });
    }
    return work;
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

/** Sort order of two text nodes as the page shows them: a web component's text sits where its host is. */
function inPageOrder(a: Node, b: Node): number {
  const hostA = lightAncestor(a);
  const hostB = lightAncestor(b);
  const [x, y] = hostA === hostB ? [a, b] : [hostA, hostB];
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
