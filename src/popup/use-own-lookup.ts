// The popup lists the reader's own entries found on the page by their names, like bundled ones.
import { useEffect, useMemo, useState } from "preact/hooks";
import { entityIdOf } from "../core/entries";
import { loadEntries, onEntriesChanged } from "../platform/entries";
import type { EntityInfo, EntityLookup } from "./model";

export function useOwnLookup(bundled: EntityLookup): EntityLookup {
  const [own, setOwn] = useState<ReadonlyMap<string, EntityInfo>>(new Map());
  useEffect(() => {
    const load = () =>
      loadEntries()
        .then((entries) =>
          setOwn(new Map(entries.map((e) => [entityIdOf(e), { label: e.name, type: e.type }]))),
        )
        .catch(() => setOwn(new Map()));
    void load();
    return onEntriesChanged(() => void load());
  }, []);
  return useMemo(() => (id: string) => bundled(id) ?? own.get(id), [bundled, own]);
}
