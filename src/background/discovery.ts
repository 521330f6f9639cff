// Runs name discovery for a page, off the page: in Chrome through the offscreen document (a service worker
// cannot start a Worker), in Firefox in a Worker of the event page. compromise loads only here, only then.
import { DiscoveryWorker } from "../discover/worker-client";
import { browser } from "../platform/browser";
import { type DiscoveredDetail, type DiscoverJob, sendToOffscreen } from "../platform/messages";
import { ensureOffscreenDocument } from "../platform/offscreen";

let worker: DiscoveryWorker | null = null;

export async function runDiscovery(job: DiscoverJob): Promise<DiscoveredDetail[]> {
  if (__BROWSER__ === "chrome") {
    await ensureOffscreenDocument();
    return sendToOffscreen({ type: "randnotiz:discover-offscreen", ...job });
  }
  worker ??= new DiscoveryWorker(browser.runtime.getURL("discover.js"));
  return worker.run(job);
}
