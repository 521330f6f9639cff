// The reader's saved highlights on this page: loaded through the derived page index, anchored over the
// page's text after every annotation pass, painted as their own layer, and saved, annotated or deleted from
// the tooltip. The `highlight:*` storage keys stay the source of truth; this class only follows them.

import { pageIndexKey } from "../core/highlights/index-model";
import { colourOf, entitiesOf, tagsOf, withColour, withTags } from "../core/highlights/keeping";
import { assertWritable } from "../core/highlights/limits";
import { keyOf, newAnnotation, noteOf, quoteOf, withNote } from "../core/highlights/model";
import { canonicalOf } from "../core/highlights/page-url";
import { type AnchorState, COLOURS, type Colour, type WebAnnotation } from "../core/highlights/types";
import {
  belongsTo,
  deleteHighlights,
  loadPageHighlights,
  restoreHighlights,
  type StoredHighlight,
  saveHighlight,
} from "../platform/highlights";
import { type AnchoredHighlight, sendToBackground } from "../platform/messages";
import { onPageHighlightsChanged } from "../platform/storage-notice";
import { measured, SLICE_MS, yieldToPage } from "./budget";
import { offsetIn, type PageText, rangeIn, readPageText } from "./page-text";
import { type Painter, savedLayer } from "./painter";
import { anchorEntry, answerFor, type Entry, uuid } from "./saved-entry";
import { quoteForSave } from "./saved-quote";
import { liveRange, type SavedMark } from "./targets";

/** What the tooltip shows of a saved highlight. */
export interface SavedInfo {
  id: string;
  note: string;
  created: string;
  entities: string[];
  tags: string[];
  colour: Colour;
}

export class SavedHighlights {
  private readonly entries = new Map<string, Entry>();
  private loaded = false;
  private passDone = false;
  private destroyed = false;
  private hadAny = false;
  private anchoring = false;
  private again = false;
  private lastReport = "";
  private stopChanges: (() => void) | null = null;
  /** Saves under way, by span: a second click on the same target joins the first (docs/tooltip.md). */
  private readonly saving = new Map<string, Promise<SavedMark>>();
  /** The page URL; saving drops its fragment (docs/interfaces.md). */
  private readonly source = location.href;
  /** The page's declared canonical URL on the same site, if any: highlights saved there belong here too. */
  private readonly canonical = canonicalOf(location.href, declaredCanonical(document));
  private readonly pages = [this.source, ...(this.canonical ? [this.canonical] : [])];
  private readonly pageKeys = this.pages.map(pageIndexKey);

  constructor(
    private readonly painter: Painter,
    /** Called after each anchoring, when what the tooltip shows may have changed. */
    private readonly onAnchored: () => void,
  ) {}

  async start(): Promise<void> {
    this.stopChanges = onPageHighlightsChanged(this.pageKeys, (changes) => {
      let touched = false;
      for (const { key, annotation } of changes) {
        const known = [...this.entries.values()].find((e) => e.key === key);
        if (annotation && belongsTo(annotation, this.pageKeys)) {
          const old = this.entries.get(annotation.id);
          this.entries.set(annotation.id, {
            ...entryOf(key, annotation),
            result: old?.result ?? null,
            mark: old?.mark ?? null,
          });
          touched = true;
        } else if (known) {
          this.entries.delete(known.annotation.id);
          touched = true;
        }
      }
      if (touched && this.loaded && this.passDone) this.anchor();
    });
    const t0 = performance.now();
    const stored = await loadPageHighlights(this.pages, () =>
      sendToBackground({ type: "randnotiz:index-damaged" }).catch(() => {}),
    );
    // Wall time of finding this page's highlights (an upper bound of our main-thread share): a page with none
    // reads one small index key, however many highlights other pages have.
    performance.measure("randnotiz:highlights-load", { start: t0, end: performance.now() });
    if (this.destroyed) return;
    for (const { key, annotation } of stored) {
      this.entries.set(annotation.id, entryOf(key, annotation));
    }
    this.loaded = true;
    if (this.passDone) this.anchor();
  }

  /** After every annotation pass: the text may have changed, so anchor again (cheap when nothing moved). */
  afterPass(): void {
    this.passDone = true;
    if (this.loaded) this.anchor();
  }

  get count(): number {
    return this.entries.size;
  }

  get orphans(): number {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.result?.state === "orphan") n++;
    return n;
  }

  /** Anchored highlights as marks, in no particular order. */
  marks(): SavedMark[] {
    const out: SavedMark[] = [];
    for (const entry of this.entries.values()) if (entry.mark) out.push(entry.mark);
    return out;
  }

  /** The innermost saved highlight covering the character at `offset` of a text node. */
  at(node: Node, offset: number): SavedMark | undefined {
    let best: { mark: SavedMark; length: number } | undefined;
    for (const mark of this.marks()) {
      const range = liveRange(mark);
      if (!range.isPointInRange(node, offset) || !range.isPointInRange(node, offset + 1)) continue;
      const length = range.toString().length;
      if (!best || length < best.length) best = { mark, length };
    }
    return best?.mark;
  }

  /** The saved highlight that covers all of `range`, if any (an entity mark inside a saved passage). */
  containing(range: Range): SavedMark | undefined {
    return this.marks().find((mark) => {
      const saved = liveRange(mark);
      return (
        saved.compareBoundaryPoints(Range.START_TO_START, range) <= 0 &&
        saved.compareBoundaryPoints(Range.END_TO_END, range) >= 0
      );
    });
  }

  info(id: string): SavedInfo | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const { annotation } = entry;
    return {
      id,
      note: noteOf(annotation),
      created: annotation.created,
      entities: entitiesOf(annotation),
      tags: tagsOf(annotation),
      colour: colourOf(annotation),
    };
  }

  /**
   * Saves `range` of the page; throws a readable Error when it cannot (nothing selected, storage full).
   * `entity` is the name whose tooltip saved it, `mentions` the names marked inside it (docs/keeping.md).
   * Idempotent per span: the same words saved again (a double click, the shortcut pressed twice) give the
   * highlight that is already there, or the save still under way, never a second copy (docs/tooltip.md).
   */
  save(range: AbstractRange, entity?: string, mentions: readonly string[] = []): Promise<SavedMark> {
    const page = readPageText(document.body);
    const span = trimmedSpan(page, range);
    if (!span) return Promise.reject(new Error(spanError(page, range)));
    const key = `${span.start}:${span.end}`;
    const existing = this.marks().find((mark) => {
      const at = offsetIn(page, mark.range.startContainer, mark.range.startOffset);
      return at === span.start && offsetIn(page, mark.range.endContainer, mark.range.endOffset) === span.end;
    });
    if (existing) return Promise.resolve(existing);
    let pending = this.saving.get(key);
    if (!pending) {
      pending = this.store(page, span, entity, mentions).finally(() => this.saving.delete(key));
      this.saving.set(key, pending);
    }
    return pending;
  }

  private async store(
    page: PageText,
    { start, end }: { start: number; end: number },
    entity: string | undefined,
    mentions: readonly string[],
  ): Promise<SavedMark> {
    const annotation = newAnnotation({
      uuid: uuid(),
      source: this.source,
      canonical: this.canonical,
      title: document.title,
      // Worked out by the background (docs/interfaces.md, randnotiz:describe-quote): how often the page
      // repeats the quote is code every page would otherwise load. Without an answer, saved all the same.
      quote: await quoteForSave(
        sendToBackground({ type: "randnotiz:describe-quote", text: page.text, start, end }),
        page.text,
        start,
        end,
      ),
      entity,
      mentions,
      created: new Date().toISOString(),
    });
    // The same limits as every other write (docs/integrity.md): refused here, not hidden after a reload.
    assertWritable(annotation);
    await saveHighlight(annotation);
    const mark: SavedMark = { kind: "saved", id: annotation.id, range: rangeIn(page, start, end)! };
    this.entries.set(annotation.id, {
      ...entryOf(keyOf(annotation.id), annotation),
      result: { state: "exact", start, end },
      mark,
    });
    this.paint();
    return mark;
  }

  async setNote(id: string, note: string): Promise<void> {
    await this.update(id, (a, now) => withNote(a, note, now));
  }

  /**
   * The passage link of highlight `id`: a text fragment unique on this page as it is now. The background
   * encodes it (core/highlights/fragment.ts), which keeps the encoder out of every page's script.
   */
  async link(id: string): Promise<string | null> {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const { source } = entry.annotation.target;
    const { exact, prefix, suffix } = entry.quote;
    const found = entry.result;
    if (!found || found.state === "orphan")
      return sendToBackground({ type: "randnotiz:passage-link", source, quote: { exact, prefix, suffix } });
    const page = readPageText(document.body);
    return sendToBackground({
      type: "randnotiz:passage-link",
      source,
      quote: { exact: page.text.slice(found.start, found.end), prefix, suffix },
      page: { text: page.text, start: found.start },
    });
  }

  async setColour(id: string, colour: Colour): Promise<void> {
    await this.update(id, (a, now) => withColour(a, colour, now));
    this.paint();
  }

  async setTags(id: string, tags: readonly string[]): Promise<void> {
    await this.update(id, (a, now) => withTags(a, tags, now));
  }

  /** Writes an edited copy of highlight `id`; the page keeps it at once, storage's echo changes nothing. */
  private async update(id: string, edit: (a: WebAnnotation, now: string) => WebAnnotation): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    const annotation = edit(entry.annotation, new Date().toISOString());
    assertWritable(annotation);
    await saveHighlight(annotation, entry.key);
    entry.annotation = annotation;
  }

  /** Deletes highlight `id`; resolves to what was deleted (and its key), so that the tooltip can offer to undo it. */
  async remove(id: string): Promise<StoredHighlight | null> {
    const entry = this.entries.get(id);
    if (!entry) return null;
    await deleteHighlights([entry.key]);
    this.entries.delete(id);
    this.paint();
    return { key: entry.key, annotation: entry.annotation };
  }

  /**
   * Undoes a delete: the same annotation (id, date, note) is stored again under its key and anchored at
   * once. When something was written under that key since (another tab, an import), that newer highlight
   * is kept and `newer` is true (docs/integrity.md, concurrent edits).
   */
  async restore(deleted: StoredHighlight): Promise<{ mark: SavedMark | null; newer: boolean }> {
    const { newer } = await restoreHighlights([deleted]);
    if (newer.length) return { mark: null, newer: true };
    const { key, annotation } = deleted;
    const entry = entryOf(key, annotation);
    anchorEntry(entry, readPageText(document.body));
    this.entries.set(annotation.id, entry);
    this.paint();
    return { mark: entry.mark, newer: false };
  }

  /** The `randnotiz:highlights` answer (docs/interfaces.md, highlights message): current offsets, by start, orphans last. */
  answer(): AnchoredHighlight[] {
    return this.entries.size === 0 ? [] : answerFor(this.entries, readPageText(document.body));
  }

  /** Anchors every highlight over the page's text now, in measured slices; one run at a time. */
  private anchor(): void {
    if (this.destroyed || (this.entries.size === 0 && !this.hadAny)) return;
    this.hadAny = true;
    if (this.anchoring) {
      this.again = true;
      return;
    }
    this.anchoring = true;
    void this.anchorAll().finally(() => {
      this.anchoring = false;
      if (this.again && !this.destroyed) {
        this.again = false;
        this.anchor();
      }
    });
  }

  private async anchorAll(): Promise<void> {
    let page = measured(() => readPageText(document.body));
    let sliceStart = performance.now();
    for (const entry of [...this.entries.values()]) {
      if (this.destroyed) return;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        // The page may have changed while we yielded: read it again rather than map stale offsets.
        page = measured(() => readPageText(document.body));
        sliceStart = performance.now();
      }
      measured(() => anchorEntry(entry, page));
    }
    if (this.destroyed) return;
    measured(() => this.paint());
    this.report();
    this.onAnchored();
    document.dispatchEvent(new CustomEvent("randnotiz:anchored"));
  }

  /** One layer per colour, each swapped in whole; a colour with no highlight left is removed. */
  private paint(): void {
    const byColour = new Map<Colour, AbstractRange[]>(COLOURS.map((c) => [c, []]));
    for (const entry of this.entries.values())
      if (entry.mark) byColour.get(colourOf(entry.annotation))!.push(entry.mark.range);
    for (const [colour, ranges] of byColour) this.painter.setLayer(savedLayer(colour), ranges, 1);
  }

  /** Tells the background how highlights anchored, so the review page can flag orphans; only on change. */
  private report(): void {
    const states: Record<string, AnchorState> = {};
    for (const [id, entry] of this.entries) if (entry.result) states[id] = entry.result.state;
    const digest = JSON.stringify(states);
    if (digest === this.lastReport || digest === "{}") return;
    this.lastReport = digest;
    sendToBackground({ type: "randnotiz:anchor-report", states }).catch(() => {
      // The background may be restarting; the next pass reports again.
      this.lastReport = "";
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.stopChanges?.();
    for (const colour of COLOURS) this.painter.setLayer(savedLayer(colour), []);
    this.entries.clear();
  }
}

/** A highlight as the page holds it, not anchored yet. */
function entryOf(key: string, annotation: WebAnnotation): Entry {
  return { key, annotation, quote: quoteOf(annotation), result: null, mark: null };
}

/** The words of `range` in the page's text: a selection often takes the space around them with it. */
function trimmedSpan(page: PageText, range: AbstractRange): { start: number; end: number } | null {
  let start = offsetIn(page, range.startContainer, range.startOffset);
  let end = offsetIn(page, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(page.text[start]!)) start++;
  while (end > start && /\s/.test(page.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function spanError(page: PageText, range: AbstractRange): "outside" | "empty" {
  const inside =
    offsetIn(page, range.startContainer, range.startOffset) !== null &&
    offsetIn(page, range.endContainer, range.endOffset) !== null;
  return inside ? "empty" : "outside";
}

/** `<link rel="canonical">`, else `og:url`: what the page says its own address is (checked by canonicalOf). */
function declaredCanonical(doc: Document): string | null {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  if (link) return link.getAttribute("href");
  return doc.querySelector('meta[property="og:url" i][content]')?.getAttribute("content") ?? null;
}
