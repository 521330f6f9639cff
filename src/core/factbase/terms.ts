// The one mapping from the compiled fact base to the matcher's input, shared by the page, tests and bench.
import type { Term } from "../match";
import type { FactbaseJson, Pack } from "./schema";

/** What the matcher needs of the fact base: the content script gets only this much of it. */
export type NamesOnly = {
  entities: ReadonlyArray<
    Pick<FactbaseJson["entities"][number], "id" | "type" | "names" | "genitiveS"> & {
      packs?: readonly Pack[];
    }
  >;
};

/** Whether an entity is marked with these packs on: one of the packs that describe it is. */
export function inPacks(entity: { packs?: readonly Pack[] }, packs: ReadonlySet<Pack> | null): boolean {
  return packs === null || !entity.packs || entity.packs.some((p) => packs.has(p));
}

/** The matcher's terms for the entities of the enabled `packs` (null: all). */
export function matchTerms(factbase: NamesOnly, packs: ReadonlySet<Pack> | null = null): Term[] {
  return factbase.entities
    .filter((e) => inPacks(e, packs))
    .flatMap((e) =>
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
