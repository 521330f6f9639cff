// The message contract: every runtime message the extension sends or answers is declared here once, as a
// valibot schema. The request types derive from the schemas, and every receiver checks what arrives
// against them, so a malformed message gets an answer that says what is wrong (docs/interfaces.md).
import * as v from "valibot";
import { ANCHOR_STATES, type SavedQuote } from "../core/anchor/types";
import type { NameKind } from "../core/discover/types";
import type { AboutAnswer, TagCount } from "../core/highlights/name-index";
import type { AnchorState } from "../core/highlights/types";
import type { PageSummary } from "../core/summary";
import type { TooltipView } from "../core/view/types";
import { browser, type Runtime } from "./browser";

const discoverJobEntries = () => ({ blocks: v.array(v.string()), lang: v.string() });

/**
 * The background tells every tab which storage.local keys changed (storage-notice.ts): `keys` other than
 * highlights, and in `pages` the changed highlight keys of each page index key they are or were on, as
 * `[page, ...keys]` (arrays, not a record: the content script then needs no record schema, and it is near its size limit).
 */
export const StorageNotice = v.object({
  type: v.literal("randnotiz:storage-changed"),
  keys: v.array(v.string()),
  pages: v.array(v.array(v.string())),
});

/** Requests the content script answers (sent with tabs.sendMessage). Extra fields are ignored. */
export const ContentRequest = v.variant("type", [
  // Public (docs/interfaces.md): the marked names, the anchored highlights, the unmatched names.
  v.object({ type: v.literal("randnotiz:annotations") }),
  v.object({ type: v.literal("randnotiz:highlights") }),
  v.object({ type: v.literal("randnotiz:discover") }),
  v.object({ type: v.literal("randnotiz:summary") }),
  v.object({ type: v.literal("randnotiz:reveal"), entity: v.string() }),
  v.object({ type: v.literal("randnotiz:step"), direction: v.picklist([1, -1]) }),
  v.object({ type: v.literal("randnotiz:tooltip-state") }),
  /** Saves the reader's current text selection as a highlight (context menu, keyboard command). */
  v.object({ type: v.literal("randnotiz:save-selection") }),
  /** Scrolls to a saved highlight and opens its note; false when it is not anchored (yet). */
  v.object({ type: v.literal("randnotiz:reveal-highlight"), id: v.string() }),
  /** The unmatched names for the popup, with their forms. */
  v.object({ type: v.literal("randnotiz:discover-details") }),
  /** Scrolls to the first occurrence of `text` on the page and selects it; false when it is not there. */
  v.object({ type: v.literal("randnotiz:reveal-text"), text: v.string() }),
  /** Heard by every frame's own listener (storage-notice.ts); the top page's answer says nothing. */
  StorageNotice,
]);

/** Requests the background answers (sent with runtime.sendMessage). */
export const BackgroundRequest = /* @__PURE__ */ (() =>
  v.variant("type", [
    v.object({ type: v.literal("randnotiz:page-summary"), distinct: v.number(), active: v.boolean() }),
    /** Opens `source` in a new tab and reveals highlight `id` there once the page has anchored it. */
    v.object({ type: v.literal("randnotiz:open-highlight"), source: v.string(), id: v.string() }),
    /** A page reports how its highlights anchored, so the review page can list orphans. */
    v.object({
      type: v.literal("randnotiz:anchor-report"),
      states: v.record(v.string(), v.picklist(ANCHOR_STATES)),
    }),
    /** A reader found the derived highlight index or snapshot damaged: the background rebuilds both. */
    v.object({ type: v.literal("randnotiz:index-damaged") }),
    /** What the tooltip says about each entity (null: unknown), in `lang`; the page caches it. */
    v.object({
      type: v.literal("randnotiz:entity-views"),
      entities: v.array(v.string()),
      lang: v.picklist(["de", "en"]),
    }),
    /**
     * The page's matcher (the stored `matcher:entries`), written first when missing or another build's;
     * `rebuild`: the page could not read the stored one. The page checks the answer like the stored key.
     */
    v.object({ type: v.literal("randnotiz:matcher"), rebuild: v.optional(v.boolean()) }),
    /** Runs name discovery off the page (compromise loads only there, on demand). */
    v.object({ type: v.literal("randnotiz:discover-run"), ...discoverJobEntries() }),
    /** What the reader saved about an entity (count and the two newest), from the background's name index. */
    v.object({ type: v.literal("randnotiz:about-name"), entity: v.string() }),
    /** Every tag in use with its count, the most used first (the tooltip's tag suggestions). */
    v.object({ type: v.literal("randnotiz:tag-counts") }),
    /** A passage's shareable link (text fragment); with the page's text it is made unique on that page. */
    v.object({
      type: v.literal("randnotiz:passage-link"),
      source: v.string(),
      quote: v.object({ exact: v.string(), prefix: v.string(), suffix: v.string() }),
      page: v.optional(v.object({ text: v.string(), start: v.number() })),
    }),
    /** Opens the review page filtered by a name, as its timeline. */
    v.object({ type: v.literal("randnotiz:open-timeline"), entity: v.string() }),
    /**
     * The saved selectors of text[start, end) of a page, with how often the page repeats the quote
     * (core/anchor/occurrence.ts): worked out here, which keeps that code out of every page's script.
     */
    v.object({
      type: v.literal("randnotiz:describe-quote"),
      text: v.string(),
      start: v.pipe(v.number(), v.integer()),
      end: v.pipe(v.number(), v.integer()),
    }),
  ]))();

/** Requests Chrome's offscreen document answers (sent by the background with runtime.sendMessage). */
export const OffscreenRequest = /* @__PURE__ */ (() =>
  v.variant("type", [
    v.object({ type: v.literal("randnotiz:discover-offscreen"), ...discoverJobEntries() }),
  ]))();

type ContentRequest = v.InferOutput<typeof ContentRequest>;
type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;
type OffscreenRequest = v.InferOutput<typeof OffscreenRequest>;
type AnyRequest = ContentRequest | BackgroundRequest | OffscreenRequest;
export type MessageType = AnyRequest["type"];
export type Message<K extends MessageType> = Extract<AnyRequest, { type: K }>;

/** A discovery job: the page's text blocks, screen first, and the page language. */
export type DiscoverJob = Omit<Message<"randnotiz:discover-run">, "type">;

/** One marked mention, in the text offsets of docs/interfaces.md. */
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
  /** Classes of the pieces meant to be one line (type, "My entry", saved date) that wrap; [] when none. */
  wrapped?: string[];
}

/** One saved highlight as anchored on the page now (docs/interfaces.md). Orphans have null offsets. */
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

/** One name on the page that no entity matched (docs/interfaces.md). */
export interface DiscoveredName {
  text: string;
  kind: NameKind;
  count: number;
}

export interface DiscoverAnswer {
  url: string;
  names: DiscoveredName[];
}

/** What the popup needs beyond the public answer: the surface forms (alias prefill). */
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

/** What each request is answered with. */
interface Answers {
  "randnotiz:annotations": AnnotationsAnswer;
  "randnotiz:highlights": HighlightsAnswer;
  "randnotiz:discover": DiscoverAnswer;
  "randnotiz:summary": PageSummary;
  "randnotiz:reveal": boolean;
  "randnotiz:step": boolean;
  "randnotiz:tooltip-state": TooltipState;
  "randnotiz:save-selection": SaveResult;
  "randnotiz:reveal-highlight": boolean;
  "randnotiz:discover-details": DiscoverDetails;
  "randnotiz:reveal-text": boolean;
  "randnotiz:storage-changed": undefined;
  "randnotiz:page-summary": undefined;
  "randnotiz:open-highlight": boolean;
  "randnotiz:anchor-report": undefined;
  "randnotiz:index-damaged": undefined;
  "randnotiz:entity-views": Record<string, TooltipView | null>;
  "randnotiz:matcher": unknown;
  "randnotiz:discover-run": DiscoveredDetail[];
  "randnotiz:discover-offscreen": DiscoveredDetail[];
  "randnotiz:about-name": AboutAnswer;
  "randnotiz:tag-counts": TagCount[];
  "randnotiz:passage-link": string;
  "randnotiz:open-timeline": undefined;
  "randnotiz:describe-quote": SavedQuote;
}
export type Response<K extends MessageType> = Answers[K];

/** The answer to a message that does not fit the contract. */
export interface MalformedAnswer {
  error: string;
}

function isMalformedAnswer(answer: unknown): answer is MalformedAnswer {
  return (
    typeof answer === "object" &&
    answer !== null &&
    Object.keys(answer).length === 1 &&
    typeof (answer as { error?: unknown }).error === "string"
  );
}

/** Our own messages always fit the contract; an error answer means the two sides disagree, so it throws. */
async function checked<T>(answer: Promise<unknown>): Promise<T> {
  const value = await answer;
  if (isMalformedAnswer(value)) throw new Error(value.error);
  return value as T;
}

export function sendToTab<M extends ContentRequest>(tabId: number, message: M): Promise<Response<M["type"]>> {
  return checked(browser.tabs.sendMessage(tabId, message));
}

export function sendToBackground<M extends BackgroundRequest>(message: M): Promise<Response<M["type"]>> {
  return checked(browser.runtime.sendMessage(message));
}

export function sendToOffscreen<M extends OffscreenRequest>(message: M): Promise<Response<M["type"]>> {
  return checked(browser.runtime.sendMessage(message));
}

type Contract = typeof ContentRequest | typeof BackgroundRequest | typeof OffscreenRequest;
type Handlers<S extends Contract> = {
  [K in v.InferOutput<S>["type"]]: (
    message: Extract<v.InferOutput<S>, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Response<K> | Promise<Response<K>>;
};

const typeOf = (raw: unknown): unknown =>
  typeof raw === "object" && raw !== null ? (raw as { type?: unknown }).type : undefined;

/** Says what is wrong with a message, path by path: "randnotiz:reveal: entity: Invalid type: …". */
export function describeIssues(raw: unknown, issues: readonly v.BaseIssue<unknown>[]): string {
  const type = typeOf(raw);
  const what = typeof type === "string" ? type : "message";
  const details = issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return `Randnotiz: malformed ${what}: ${details.join("; ")}`;
}

export interface HandleOptions {
  /**
   * Whether every message that arrives is meant for this receiver. True for the content script, which
   * only tabs.sendMessage reaches: anything it cannot read is answered with an error. False for the
   * extension's pages and the background, which also hear each other's messages: only the types of their
   * own contract are checked (and answered when malformed); others are left to their listener.
   */
  ownsChannel: boolean;
}

/**
 * Checks every incoming message against `contract` and routes it by `type` to its handler. A message of
 * one of the contract's types that does not fit it is answered `{ error }`, never dropped and never
 * passed on. Returns the function that removes the listener.
 */
export function handleMessages<S extends Contract>(
  contract: S,
  handlers: Handlers<S>,
  { ownsChannel }: HandleOptions,
): () => void {
  const known = new Set<unknown>(contract.options.map((option) => option.entries.type.literal));
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!ownsChannel && !known.has(typeOf(raw))) return undefined;
    const parsed = v.safeParse(contract, raw);
    if (!parsed.success) {
      const error = describeIssues(raw, parsed.issues);
      console.warn(error);
      return Promise.resolve({ error } satisfies MalformedAnswer);
    }
    const message = parsed.output as { type: keyof Handlers<S> };
    const handler = handlers[message.type] as (m: unknown, s: Runtime.MessageSender) => unknown;
    // A handler that throws rejects this one answer; the listener itself never throws.
    return new Promise((resolve) => resolve(handler(message, sender)));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Listens to one message type without answering it, for pages that only want to hear what is said (the
 * popup hears each page's summary, which the background answers). Returns the function that stops it.
 */
export function listenFor<K extends BackgroundRequest["type"]>(
  type: K,
  callback: (message: Message<K>, sender: Runtime.MessageSender) => void,
): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    if (typeOf(raw) !== type) return undefined;
    const parsed = v.safeParse(BackgroundRequest, raw);
    if (parsed.success) callback(parsed.output as Message<K>, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
