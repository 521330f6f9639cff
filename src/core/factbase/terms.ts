// The one mapping from the compiled fact base to the matcher's input, shared by the page, tests and bench.
import type { Term } from "../match";
import type { FactbaseJson } from "./schema";

/** What the matcher needs of the fact base: the content script gets only this much of it. */
export type NamesOnly = {
  entities: ReadonlyArray<Pick<FactbaseJson["entities"][number], "id" | "type" | "names" | "genitiveS">>;
};

export function matchTerms(factbase: NamesOnly): Term[] {
  return factbase.entities.flatMap((e) =>
    e.names.map((n) => {
      const term: Term = {
        text: n.text,
        entity: e.id,
        caseSensitive: n.caseSensitive,
        genitive: e.genitiveS,
        lang: n.lang,
        // One word of a person's name: a surname alone ("Peskov", "Putin").
        surname: e.type === "person" && !/[\s\u00a0]/.test(n.text.trim()),
      };
      if (n.notAfter) term.notAfter = n.notAfter;
      if (n.notBefore) term.notBefore = n.notBefore;
      // One object per alias: resolveEvidence caches its cue-word matcher by identity.
      if (n.needs) term.evidence = { entities: n.needs.entities, words: n.needs.words };
      return term;
    }),
  );
}
