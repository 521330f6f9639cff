// HighlightRecords for the review-page tests: numbered ids, plain defaults, any field overridden.
import type { HighlightRecord } from "../../src/core/highlights/types";

/** A maker of records with `defaults` applied; each call gets the next id. */
export function recordMaker(defaults: Partial<HighlightRecord> = {}) {
  let n = 0;
  return (patch: Partial<HighlightRecord> = {}): HighlightRecord => {
    n++;
    const id = `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    return {
      id,
      key: `highlight:${id.slice(9)}`,
      source: "https://www.news.example/a",
      title: "Gipfel in Jerewan",
      exact: "Text",
      prefix: "",
      suffix: "",
      start: 0,
      end: 4,
      note: "",
      entities: [],
      tags: [],
      colour: "yellow",
      created: "2024-03-01T10:00:00.000Z",
      modified: null,
      state: null,
      ...defaults,
      ...patch,
    };
  };
}
