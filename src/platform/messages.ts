// The typed message contract: every runtime message the extension sends or answers is listed here once.
import type { NameKind } from "../core/discover/types";
import type { AnchorState } from "../core/highlights/types";
import type { PageSummary } from "../core/summary";
import type { Lang, TooltipView } from "../core/view/types";
import { browser, type Runtime } from "./browser";

/** One marked mention, in the offsets of ../shared/DESIGN.md §1.3. */
export interface Annotation {
  entity: string;
  exact: string;
  start: number;
  end: number;
}

export interface AnnotationsAnswer {
  url: string;
  annotations: Annotation[];
}

/** What the tooltip shows now: for tests, which cannot look into its closed shadow root, and the popup. */
export interface TooltipState {
  open: boolean;
  entity: string | null;
  /** The tooltip's text content; empty when closed. */
  text: string;
  /** Pixels of it that need scrolling inside the tooltip to be seen (0: all in view). */
  overflow?: number;
}

/** One saved highlight as anchored on the page now (DESIGN §1.6). Orphans have null offsets. */
export interface AnchoredHighlight {
  id: string;
  state: AnchorState;
  start: number | null;
  end: number | null;
  /** The page text at start..end now; for an orphan, the saved quote. */
  exact: string;
}

export interface HighlightsAnswer {
  url: string;
  highlights: AnchoredHighlight[];
}

/** The outcome of a save the reader started: shown to the reader when it failed. */
export type SaveResult = { ok: true; id: string } | { ok: false; error: string };

/** One name on the page that no entity matched (DESIGN §1.8). */
export interface DiscoveredName {
  text: string;
  kind: NameKind;
  count: number;
}

export interface DiscoverAnswer {
  url: string;
  names: DiscoveredName[];
}

/** What the popup needs beyond §1.8: the surface forms (alias prefill) and whether text was left out. */
export interface DiscoveredDetail extends DiscoveredName {
  forms: string[];
}

export interface DiscoverDetails {
  url: string;
  lang: string;
  names: DiscoveredDetail[];
  /** The page had more text than discovery reads; it read the text around the screen first. */
  partial: boolean;
  /** Why nothing could be read, for the popup to say (e.g. a language discovery does not read). */
  error?: string;
}

/** Requests the content script answers (sent with tabs.sendMessage). */
export interface ContentApi {
  "randnotiz:annotations": { request: object; response: AnnotationsAnswer };
  "randnotiz:summary": { request: object; response: PageSummary };
  "randnotiz:reveal": { request: { entity: string }; response: boolean };
  "randnotiz:step": { request: { direction: 1 | -1 }; response: boolean };
  "randnotiz:tooltip-state": { request: object; response: TooltipState };
  "randnotiz:highlights": { request: object; response: HighlightsAnswer };
  /** Saves the reader's current text selection as a highlight (context menu, keyboard command). */
  "randnotiz:save-selection": { request: object; response: SaveResult };
  /** Scrolls to a saved highlight and opens its note; false when it is not anchored (yet). */
  "randnotiz:reveal-highlight": { request: { id: string }; response: boolean };
  /** DESIGN §1.8: the names no entity matched. The work starts on the first request. */
  "randnotiz:discover": { request: object; response: DiscoverAnswer };
  /** The same names for the popup, with their forms. */
  "randnotiz:discover-details": { request: object; response: DiscoverDetails };
  /** Scrolls to the first occurrence of `text` on the page and selects it; false when it is not there. */
  "randnotiz:reveal-text": { request: { text: string }; response: boolean };
}

/** A discovery job: the page's text blocks, screen first, and the page language. */
export interface DiscoverJob {
  blocks: string[];
  lang: string;
}

/** Requests the background answers (sent with runtime.sendMessage). */
export interface BackgroundApi {
  "randnotiz:page-summary": { request: { distinct: number; active: boolean }; response: undefined };
  /** Opens `source` in a new tab and reveals highlight `id` there once the page has anchored it. */
  "randnotiz:open-highlight": { request: { source: string; id: string }; response: boolean };
  /** A page reports how its highlights anchored, so the review page can list orphans. */
  "randnotiz:anchor-report": { request: { states: Record<string, AnchorState> }; response: undefined };
  /** What the tooltip says about each entity (null: unknown), in `lang`; the page caches it. */
  "randnotiz:entity-views": {
    request: { entities: string[]; lang: Lang };
    response: Record<string, TooltipView | null>;
  };
  /** Runs name discovery off the page (compromise loads only here, on demand). */
  "randnotiz:discover-run": { request: DiscoverJob; response: DiscoveredDetail[] };
}

/** Requests Chrome's offscreen document answers (sent by the background with runtime.sendMessage). */
export interface OffscreenApi {
  "randnotiz:discover-offscreen": { request: DiscoverJob; response: DiscoveredDetail[] };
}

type Api = ContentApi & BackgroundApi & OffscreenApi;
export type MessageType = keyof Api;
export type Message<K extends MessageType> = { type: K } & Api[K]["request"];
export type Response<K extends MessageType> = Api[K]["response"];

export function sendToTab<K extends keyof ContentApi>(
  tabId: number,
  message: Message<K>,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Response<K>>;
}

export function sendToBackground<K extends keyof BackgroundApi>(message: Message<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<K>>;
}

export function sendToOffscreen<K extends keyof OffscreenApi>(message: Message<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<K>>;
}

type Handlers<A> = {
  [K in keyof A]?: (
    message: A[K] extends { request: infer R } ? R : never,
    sender: Runtime.MessageSender,
  ) =>
    | (A[K] extends { response: infer S } ? S : never)
    | Promise<A[K] extends { response: infer S } ? S : never>;
};

/**
 * Routes incoming messages by `type` to typed handlers. Messages of other types are left for other
 * listeners (returning undefined keeps the channel free). Returns the function that removes the listener.
 */
export function handleMessages<A>(handlers: Handlers<A>): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (typeof raw !== "object" || raw === null) return undefined;
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== "string" || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof A] as
      | ((m: unknown, s: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(raw, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Listens to one message type without answering it, for pages that only want to hear what is said (the
 * popup hears each page's summary, which the background answers). Returns the function that stops it.
 */
export function listenFor<K extends MessageType>(
  type: K,
  callback: (message: Message<K>, sender: Runtime.MessageSender) => void,
): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    if (typeof raw === "object" && raw !== null && (raw as { type?: unknown }).type === type)
      callback(raw as Message<K>, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
