// Content-script entry. Kept tiny: everything heavy is created lazily by the controller.
import { PageController } from "./controller";

// Where our start-up begins, for bench/entries.ts (start-up with and without the reader's entries).
performance.mark("randnotiz:start");
/**
 * Same-origin frames (embedded articles, live blogs, srcdoc) are annotated too, and follow the top page's
 * site switch; cross-origin frames (ads, players) are left alone, and cost no more than this check.
 */
function topLocation(): Location | null {
  if (window === window.top) return location;
  try {
    return window.top?.location.hostname !== undefined ? window.top.location : null;
  } catch {
    return null;
  }
}

// match_about_blank brings the script into about:blank frames, and Firefox also into an about:blank tab;
// only frames of a web page are ours to read.
const top = topLocation();
const site = top && /^https?:$/.test(top.protocol) ? top : null;
const controller = site ? new PageController({ inFrame: window !== window.top, site }) : null;
controller?.init().catch((error) => console.error("Randnotiz: could not start on this page.", error));
