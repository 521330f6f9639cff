// Chrome's offscreen document: it exists only to own the discovery worker (see platform/offscreen.ts).
import { browser } from "../platform/browser";
import { handleMessages, type OffscreenApi } from "../platform/messages";
import { DiscoveryWorker } from "./worker-client";

const worker = new DiscoveryWorker(browser.runtime.getURL("discover.js"));

handleMessages<OffscreenApi>({
  "randnotiz:discover-offscreen": (job) => worker.run(job),
});
