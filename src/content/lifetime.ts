// When the extension is reloaded, updated, disabled or removed, the content script already running in an
// open tab is cut off from it: runtime calls throw "Extension context invalidated", and nothing tells the
// script. It would leave its marks, tooltip and listeners on the page for good. So the page checks, cheaply
// (one property read), every few seconds and whenever the reader comes back to the tab or points at it,
// and the controller then takes everything down (docs/architecture.md, "Lifetimes").
import { contextAlive } from "../platform/browser";
import { everyHighlightName } from "./painter";

const EVERY_MS = 2000;
const EVENTS = ["visibilitychange", "focus", "pointerover", "keydown"] as const;

/** Calls `onLost` once, when the extension's context has gone; returns a function that stops watching. */
export function watchContext(onLost: () => void): () => void {
  const check = () => {
    if (contextAlive()) return;
    stop();
    onLost();
  };
  const timer = setInterval(check, EVERY_MS);
  for (const type of EVENTS) window.addEventListener(type, check, { capture: true, passive: true });
  const stop = () => {
    clearInterval(timer);
    for (const type of EVENTS) window.removeEventListener(type, check, { capture: true });
  };
  return stop;
}

/**
 * Firefox injects the new content script into open tabs when the extension is reloaded or updated, while
 * the old one is cut off mid-way: its open tooltip would stay on the page. The new script removes what an
 * earlier one left before it starts; the highlights it registers under the same names replace the old.
 */
export function removeLeftovers(): void {
  for (const host of document.querySelectorAll("randnotiz-tooltip")) host.remove();
  const registry = globalThis.CSS?.highlights;
  if (!registry) return;
  // By name, not by listing the registry: in Firefox an old script's Highlights belong to its dead
  // sandbox, and keys() or forEach() over them throws ("Permission denied to access object").
  for (const name of everyHighlightName()) registry.delete(name);
}
