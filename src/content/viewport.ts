// Which text runs are on or near the screen. Only their marks are painted: the browser re-processes every
// registered range when it renders, about 13 µs each in Chromium, so painting all 90,000 marks of a 5 MB
// page froze a frame for a second. Marks elsewhere stay offsets until the reader scrolls near them.
import { shadowOf } from "./shadow";
import { blockOwner, type TextRun } from "./text-index";

/** How far beyond the viewport runs count as near: one screen above and below. */
const MARGIN = "100% 0px 100% 0px";

export class Viewport {
  private readonly observer: IntersectionObserver;
  private readonly runs = new Map<Element, Set<TextRun>>();
  private readonly near = new Set<Element>();
  /** Observed, but the observer has not reported on them yet. */
  private readonly unknown = new Set<Element>();
  private waiters: Array<() => void> = [];

  constructor(
    private readonly root: Element,
    /** Called when runs came near or went away after the first report: time to repaint. */
    private readonly onChange: () => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.report(entries), { rootMargin: MARGIN });
  }

  track(run: TextRun): void {
    const owner = this.ownerOf(run);
    let set = this.runs.get(owner);
    if (!set) {
      set = new Set();
      this.runs.set(owner, set);
      this.unknown.add(owner);
      this.observer.observe(owner);
    }
    set.add(run);
  }

  untrack(run: TextRun): void {
    const owner = this.ownerOf(run);
    const set = this.runs.get(owner);
    if (!set?.delete(run) || set.size > 0) return;
    this.runs.delete(owner);
    this.near.delete(owner);
    this.unknown.delete(owner);
    this.observer.unobserve(owner);
  }

  /** Runs on or near the screen now. */
  *nearRuns(): Generator<TextRun> {
    for (const owner of this.near) yield* this.runs.get(owner) ?? [];
  }

  /**
   * Resolves once the observer has placed every tracked run. A hidden tab renders nothing, so the observer
   * may never report there: after `timeout` ms the rest is placed by its box instead.
   */
  settled(timeout: number): Promise<void> {
    if (this.unknown.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        this.placeByBox();
        resolve();
      }, timeout);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  destroy(): void {
    this.observer.disconnect();
    this.runs.clear();
    this.near.clear();
    this.unknown.clear();
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  private ownerOf(run: TextRun): Element {
    const first = run.nodes[0]!;
    // Text at the top of a shadow tree has no parent element: its host stands for it on screen.
    const owner = blockOwner(first.parentElement) ?? shadowOf(first)?.host ?? null;
    return owner && (this.root.contains(owner) || shadowOf(owner)) ? owner : this.root;
  }

  private report(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const owner = entry.target;
      if (!this.runs.has(owner)) continue;
      const first = this.unknown.delete(owner);
      const was = this.near.has(owner);
      if (entry.isIntersecting) this.near.add(owner);
      else this.near.delete(owner);
      if (!first && was !== entry.isIntersecting) changed = true;
    }
    if (this.unknown.size === 0 && this.waiters.length > 0) {
      for (const waiter of this.waiters.splice(0)) waiter();
    } else if (changed) this.onChange();
  }

  private placeByBox(): void {
    const above = -innerHeight;
    const below = 2 * innerHeight;
    for (const owner of this.unknown) {
      const box = owner.getBoundingClientRect();
      if (box.bottom >= above && box.top <= below && (box.width > 0 || box.height > 0)) this.near.add(owner);
    }
    this.unknown.clear();
  }
}
