// The per-name index at 10,000 highlights (docs/keeping.md): building it from the records (what the
// background does once after a restart), one tooltip lookup, and one storage change applied. The target is a
// lookup of at most 5 ms; a full scan of the records per lookup is measured in the same run as the baseline.
import { NameIndex } from "../src/core/highlights/name-index";
import type { HighlightRecord } from "../src/core/highlights/types";

const N = 10_000;
const NAMES = Array.from({ length: 300 }, (_, i) => `entity-${i}`);

function records(): HighlightRecord[] {
  return Array.from({ length: N }, (_, i) => ({
    id: `urn:uuid:${i}`,
    key: `highlight:${i}`,
    source: `https://news${i % 50}.example/article-${i % 1000}`,
    title: `Artikel ${i % 1000}`,
    exact: `Satz ${i} über ${NAMES[i % NAMES.length]} und ${NAMES[(i * 7) % NAMES.length]}, mit etwas Text danach.`,
    prefix: "",
    suffix: "",
    start: 0,
    end: 10,
    note: "",
    entities: [NAMES[i % NAMES.length]!, NAMES[(i * 7) % NAMES.length]!],
    tags: i % 3 === 0 ? ["sanktionen"] : [],
    colour: "yellow",
    created: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    modified: null,
    state: null,
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchKeeping(): void {
  const all = records();
  let t = performance.now();
  const index = new NameIndex(all);
  const build = performance.now() - t;
  const lookups: number[] = [];
  const scans: number[] = [];
  for (let i = 0; i < 200; i++) {
    const name = NAMES[(i * 13) % NAMES.length]!;
    t = performance.now();
    index.about(name);
    lookups.push(performance.now() - t);
    t = performance.now();
    const about = all.filter((r) => r.entities.includes(name));
    about.sort((a, b) => (a.created < b.created ? 1 : -1)).slice(0, 2);
    scans.push(performance.now() - t);
  }
  const updates: number[] = [];
  for (let i = 0; i < 200; i++) {
    const record = { ...all[i * 37]!, tags: ["neu"] };
    t = performance.now();
    index.put(record);
    updates.push(performance.now() - t);
  }
  const lookup = median(lookups);
  const scan = median(scans);
  console.log(
    `keeping, ${N} highlights: build ${build.toFixed(1)} ms; lookup median ${lookup.toFixed(4)} ms, max ${Math.max(...lookups).toFixed(3)} ms (target ≤ 5 ms); full scan per lookup ${scan.toFixed(3)} ms (${(scan / Math.max(lookup, 1e-4)).toFixed(0)}× the lookup); one change applied ${median(updates).toFixed(3)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchKeeping();
