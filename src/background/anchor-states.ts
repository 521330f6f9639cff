// The last anchoring state of each highlight (`randnotiz:anchor-report`), kept in the snapshot's
// `states` row for the review page (docs/interfaces.md, docs/review-scale.md). It is written beside the
// highlight index, not through its queue: a state never changes a highlight, only how it is shown.
import { ANCHOR_STATES } from "../core/anchor/types";
import type { AnchorState } from "../core/highlights/types";
import { putStates } from "../platform/snapshot";

const STATES: ReadonlySet<unknown> = new Set(ANCHOR_STATES);

/** Remembers how a page's highlights anchored (keyed by annotation id), for the review page. */
export async function recordAnchorStates(states: Record<string, AnchorState>): Promise<void> {
  const entries = Object.entries(states).filter(([id, state]) => id.length > 0 && STATES.has(state));
  if (entries.length) await putStates(entries);
}
