// The one mapping from the compiled fact base to the matcher's input, shared by the page, tests and bench.
import type { Term } from "../match";
import type { FactbaseJson } from "./schema";

export function matchTerms(factbase: FactbaseJson): Term[] {
  return factbase.entities.flatMap((e) =>
    e.names.map((n) => ({
      text: n.text,
      entity: e.id,
      caseSensitive: n.caseSensitive,
      genitive: e.genitiveS,
    })),
  );
}
