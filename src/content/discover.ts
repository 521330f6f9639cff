// Name discovery on the page (docs/interfaces.md, name discovery message). The page only reads its text, around the screen
// first and up to a cap, in short slices; compromise runs in the background's worker, never here. Names
// the page's matcher knows (the fact base and the reader's own entries) are dropped. The answer is kept
// until the page's text changes.

import { aroundScreen, findName, isStandalone, pageLanguage, withoutLabel } from "../core/discover/around";
import { errorMessage } from "../core/errors";
import type { Matcher } from "../core/match";
import {
  type DiscoverAnswer,
  type DiscoverDetails,
  type DiscoveredDetail,
  sendToBackground,
} from "../platform/messages";
import { yieldToPage } from "./budget";
import { type Block, iterateBlocks, nodeIndexAt } from "./text-index";

/**
 * compromise reads roughly 40–80 KB of English a second on a slow machine, after about half a second to
 * load: this keeps a long page's answer within 2 s. The German rules are regexes and read far more.
 */
const MAX_CHARS: Record<string, number> = { en: 32_000, de: 400_000 };
const SLICE_MS = 8;

export interface DiscoveryOptions {
  root: () => HTMLElement | null;
  host: () => Element | null;
  matcher: () => Matcher | null;
}

export class Discovery {
  private pending: Promise<DiscoverDetails> | null = null;
  private destroyed = false;

  constructor(private readonly options: DiscoveryOptions) {}

  /** The names no entity matched, for the popup; computed on the first request after a text change. */
  details(): Promise<DiscoverDetails> {
    this.pending ??= this.run().catch((error: unknown) => {
      this.pending = null;
      return this.empty(errorMessage(error));
    });
    return this.pending;
  }

  async answer(): Promise<DiscoverAnswer> {
    const { url, names } = await this.details();
    return { url, names: names.map(({ text, kind, count }) => ({ text, kind, count })) };
  }

  /** The page's text changed: the next request reads it again. */
  invalidate(): void {
    this.pending = null;
  }

  /**
   * Marks an occurrence of one of `forms` and scrolls it into view; false when none is on the page. A
   * standalone occurrence anywhere beats one inside a longer name earlier on ("Asia" in "… Central Asia").
   */
  async reveal(forms: readonly string[], show: (range: StaticRange) => void): Promise<boolean> {
    const hits = (await this.readBlocks()).flatMap((block) =>
      forms.map((form) => ({ block, form, at: findName(block.text, form) })).filter((h) => h.at >= 0),
    );
    const best = hits.find((h) => isStandalone(h.block.text, h.form, h.at)) ?? hits[0];
    if (!best) return false;
    const { block, form, at } = best;
    const a = nodeIndexAt(block, at);
    const b = nodeIndexAt(block, at + form.length - 1);
    const range = new StaticRange({
      startContainer: block.nodes[a]!,
      startOffset: at - block.starts[a]!,
      endContainer: block.nodes[b]!,
      endOffset: at + form.length - block.starts[b]!,
    });
    block.nodes[a]!.parentElement?.scrollIntoView({ block: "center" });
    show(range);
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    this.pending = null;
  }

  private empty(error?: string): DiscoverDetails {
    const details: DiscoverDetails = { url: location.href, lang: "", names: [], partial: false };
    if (error) details.error = error;
    return details;
  }

  /** Reads the page's blocks in slices of a few milliseconds, so a huge page never costs a long task. */
  private async readBlocks(): Promise<Block[]> {
    const root = this.options.root();
    if (!root) return [];
    const blocks: Block[] = [];
    let sliceStart = performance.now();
    for (const block of iterateBlocks(root, this.options.host())) {
      blocks.push(block);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (this.destroyed) return [];
        sliceStart = performance.now();
      }
    }
    return blocks;
  }

  private async run(): Promise<DiscoverDetails> {
    const blocks = await this.readBlocks();
    if (this.destroyed || blocks.length === 0) return this.empty();
    const texts = blocks.map(readable);
    const first = firstOnScreen(blocks);
    const sample = aroundScreen(texts, first, 5000)
      .picked.map((i) => texts[i])
      .join("\n");
    const lang = pageLanguage(document.documentElement.lang, sample);
    const max = MAX_CHARS[lang.slice(0, 2)] ?? 0;
    if (max === 0) return { url: location.href, lang, names: [], partial: false };
    const { picked, partial } = aroundScreen(texts, first, max);
    const chosen = picked.map((i) => texts[i]!).filter((t) => t.trim() !== "");
    const found = await sendToBackground({ type: "randnotiz:discover-run", blocks: chosen, lang });
    const known = this.options.matcher();
    const names = known ? found.filter((name) => !coveredBy(known, name)) : found;
    return { url: location.href, lang, names, partial };
  }
}

/**
 * Page furniture whose words are labels, not prose: table headers and captions, definition terms (an
 * infobox's field names), navigation, menus, buttons and form labels (docs/discovery.md, "Structure").
 */
const FURNITURE =
  "th, dt, caption, nav, menu, button, label, legend, select, [role=navigation], [role=menubar], [role=menu], [role=tablist], [role=toolbar], [role=columnheader], [role=rowheader], [aria-label*=breadcrumb i]";

/** What discovery reads of a block: nothing for furniture, the value only for a "Label: value" line. */
function readable(block: Block): string {
  const el = block.nodes[0]?.parentElement;
  if (el?.closest(FURNITURE)) return "";
  return withoutLabel(block.text);
}

function coveredBy(matcher: Matcher, name: DiscoveredDetail): boolean {
  return [name.text, ...name.forms].some((form) => matcher.find(form).length > 0);
}

/** Blocks come in document order, which is top to bottom for prose: a binary search on their tops. */
function firstOnScreen(blocks: readonly Block[]): number {
  const top = (block: Block) => block.nodes[0]?.parentElement?.getBoundingClientRect().bottom ?? 0;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(blocks[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
