// The per-name and per-tag index for tooltips (docs/keeping.md): built once from the highlight snapshot
// (platform/highlights loadRecords: the derived IndexedDB copy, a full scan only when that is missing), then
// kept in step with storage.onChanged one `highlight:*` key at a time, so a lookup never scans anything.
import { toRecord } from "../core/highlights/model";
import { type AboutAnswer, NameIndex, type TagCount } from "../core/highlights/name-index";
import { type HighlightChanges, loadRecords, onHighlightsChanged } from "../platform/highlights";

let index: NameIndex | null = null;
let loading: Promise<NameIndex> | null = null;
/** Changes reported while the index loads, applied after it, so none falls between. */
const buffered: HighlightChanges[] = [];

function apply(target: NameIndex, changes: HighlightChanges): void {
  for (const { key, annotation } of changes) {
    if (annotation) target.put(toRecord(key, annotation, null));
    else target.remove(key);
  }
}

function ready(): Promise<NameIndex> {
  if (index) return Promise.resolve(index);
  loading ??= loadRecords()
    .then((records) => {
      const built = new NameIndex(records);
      for (const changes of buffered.splice(0)) apply(built, changes);
      index = built;
      return built;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export async function aboutName(entity: string): Promise<AboutAnswer> {
  return (await ready()).about(entity);
}

export async function tagCounts(): Promise<TagCount[]> {
  return (await ready()).tagCounts();
}

/** Registered synchronously at start-up, with the other storage listeners; returns its remover. */
export function startKeepingIndex(): () => void {
  return onHighlightsChanged((changes) => {
    if (index) apply(index, changes);
    else buffered.push(changes);
  });
}
