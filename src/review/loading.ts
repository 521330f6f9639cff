// The review page's loading path (docs/review-scale.md): the snapshot's head first, so the first screen
// needs one small read; the index after that screen is up; without a snapshot, every record.
import type { HighlightRecord } from "../core/highlights/types";
import {
  type HighlightChanges,
  type LoadedLibrary,
  loadHead,
  loadLibrary,
  onHighlightsChanged,
} from "../platform/highlights";
import { sendToBackground } from "../platform/messages";
import { parseRequest } from "./entries-model";

/** When every record was in hand (bench/review.ts reports it beside the ready mark). */
export const RECORDS_MARK = "randnotiz:review-records";
/** When the snapshot's index was read and parsed (bench/review.ts: the part of the ready time it takes). */
const INDEX_MARK = "randnotiz:review-index";

export interface Loading {
  /** The default view's first screen from one small read; null with a search or without a usable head. */
  head: Promise<Awaited<ReturnType<typeof loadHead>>>;
  /** Starts (once) and returns the read of the index, or without one of every record. */
  library(): Promise<LoadedLibrary | HighlightRecord[]>;
  /** Hands every change reported since loading began, then each new one, to `apply`. */
  follow(apply: (changes: HighlightChanges) => void): void;
  stop(): void;
}

/**
 * Starts reading the snapshot's head (with a search in the address, its index; without a snapshot, every
 * record) and buffers the changes storage reports meanwhile, so none falls between. The index of 100,000
 * highlights is some 25 MB: read while the first screen renders, it would delay it (docs/review-scale.md).
 */
function startLoading(query: string): Loading {
  let apply: ((changes: HighlightChanges) => void) | null = null;
  const buffered: HighlightChanges[] = [];
  const stop = onHighlightsChanged((changes) => (apply ? apply(changes) : buffered.push(changes)));
  let library: Promise<LoadedLibrary | HighlightRecord[]> | null = null;
  const load = () => {
    if (library) return library;
    library = loadLibrary(() => sendToBackground({ type: "randnotiz:index-damaged" }).catch(() => {}));
    library.then(() => performance.mark(INDEX_MARK)).catch(() => {});
    return library;
  };
  const head = query ? Promise.resolve(null) : loadHead();
  // Without a head the index is the first read.
  head
    .then((h) => {
      if (!h) load();
    })
    .catch(() => {});
  return {
    head,
    library: load,
    stop,
    follow(next) {
      apply = next;
      for (const changes of buffered.splice(0)) next(changes);
    },
  };
}

// Started when the module loads, before Preact renders: IndexedDB opens while the page sets itself up.
// Not on the entries tab, which does not show the highlights.
export const startQuery = () => new URLSearchParams(location.search).get("q") ?? "";
let early: Loading | null =
  parseRequest(location.search).tab === "entries" ? null : startLoading(startQuery());

/** The loading started with the module (or a new one, after the page's first component went away). */
export function takeLoading(): Loading {
  const loading = early ?? startLoading(startQuery());
  early = null;
  return loading;
}

/** Resolves once the first screen is on screen (the ready mark): the index is read after that. */
export let markRendered: () => void = () => {};
export const rendered = new Promise<void>((resolve) => {
  markRendered = resolve;
});
