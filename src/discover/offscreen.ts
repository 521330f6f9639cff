// Chrome's offscreen document: it exists only to own the discovery worker (see platform/offscreen.ts).
import { browser } from "../platform/browser";
import { handleMessages, OffscreenRequest } from "../platform/messages";
import { DiscoveryWorker } from "./worker-client";

const worker = new DiscoveryWorker(browser.runtime.getURL("discover.js"));

handleMessages(
  OffscreenRequest,
  { "randnotiz:discover-offscreen": ({ blocks, lang }) => worker.run({ blocks, lang }) },
  { ownsChannel: false },
);
