// The message contract checked on receipt: a message that fits reaches its handler, parsed; one that does
// not gets an `{ error }` answer naming the field; messages for other receivers are left alone.
type Listener = (raw: unknown, sender: object) => Promise<unknown> | undefined;
const listeners = new Set<Listener>();
const fakeRuntime = {
  onMessage: {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  },
  sendMessage: jest.fn(),
};
jest.mock("../../src/platform/browser", () => ({
  browser: { runtime: fakeRuntime, tabs: { sendMessage: jest.fn() } },
}));

// Required after the mock: this transform does not hoist jest.mock above imports.
const { BackgroundRequest, ContentRequest, handleMessages, listenFor, sendToBackground } =
  require("../../src/platform/messages") as typeof import("../../src/platform/messages");

const deliver = (raw: unknown): Promise<unknown> | undefined => {
  const answers = [...listeners].map((l) => l(raw, {})).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0];
};

afterEach(() => listeners.clear());

const contentHandlers = () => ({
  "randnotiz:annotations": () => ({ url: "https://x.example/", annotations: [] }),
  "randnotiz:highlights": () => ({ url: "https://x.example/", highlights: [] }),
  "randnotiz:discover": () => ({ url: "https://x.example/", names: [] }),
  "randnotiz:summary": () => ({ host: "x.example" }) as never,
  "randnotiz:reveal": jest.fn(({ entity }: { entity: string }) => entity === "putin"),
  "randnotiz:step": jest.fn(() => true),
  "randnotiz:tooltip-state": () => ({ open: false, entity: null, text: "" }),
  "randnotiz:save-selection": () => ({ ok: false as const, error: "nothing selected" }),
  "randnotiz:reveal-highlight": () => false,
  "randnotiz:discover-details": () => ({ url: "", lang: "de", names: [], partial: false }),
  "randnotiz:reveal-text": () => false,
  "randnotiz:storage-changed": () => undefined,
});

describe("content script contract", () => {
  test("a message that fits reaches its handler, with extra fields dropped", async () => {
    const handlers = contentHandlers();
    handleMessages(ContentRequest, handlers, { ownsChannel: true });
    await expect(deliver({ type: "randnotiz:reveal", entity: "putin", extra: 1 })).resolves.toBe(true);
    expect(handlers["randnotiz:reveal"]).toHaveBeenCalledWith(
      { type: "randnotiz:reveal", entity: "putin" },
      {},
    );
    await expect(deliver({ type: "randnotiz:annotations" })).resolves.toEqual({
      url: "https://x.example/",
      annotations: [],
    });
  });

  test.each([
    [{ type: "randnotiz:reveal" }, /randnotiz:reveal: entity: .*"entity"/],
    [{ type: "randnotiz:reveal", entity: 7 }, /entity: .*string/i],
    [{ type: "randnotiz:step", direction: 2 }, /randnotiz:step: direction/],
    [{ type: "randnotiz:reveal-highlight", id: null }, /id:/],
    [{ type: "randnotiz:reveal-text" }, /text:/],
    [{ type: "randnotiz:no-such-thing" }, /malformed randnotiz:no-such-thing: .*type/],
    [{}, /malformed message: .*type/],
    ["randnotiz:annotations", /malformed message/],
    [null, /malformed message/],
  ])("%j is answered with an error that says what is wrong", async (raw, pattern) => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const handlers = contentHandlers();
    handleMessages(ContentRequest, handlers, { ownsChannel: true });
    const answer = (await deliver(raw)) as { error: string };
    expect(Object.keys(answer)).toEqual(["error"]);
    expect(answer.error).toMatch(pattern);
    expect(handlers["randnotiz:reveal"]).not.toHaveBeenCalled();
    expect(handlers["randnotiz:step"]).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test("a handler that throws rejects that one answer and the listener stays", async () => {
    handleMessages(
      ContentRequest,
      {
        ...contentHandlers(),
        "randnotiz:step": () => {
          throw new Error("boom");
        },
      },
      { ownsChannel: true },
    );
    await expect(deliver({ type: "randnotiz:step", direction: 1 })).rejects.toThrow("boom");
    await expect(deliver({ type: "randnotiz:reveal", entity: "putin" })).resolves.toBe(true);
  });

  test("removing the listener stops the answers", () => {
    const stop = handleMessages(ContentRequest, contentHandlers(), { ownsChannel: true });
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe("shared channel (background, extension pages)", () => {
  const backgroundHandlers = () => ({
    "randnotiz:page-summary": jest.fn(() => undefined),
    "randnotiz:open-highlight": jest.fn(() => true),
    "randnotiz:anchor-report": jest.fn(() => undefined),
    "randnotiz:index-damaged": jest.fn(() => undefined),
    "randnotiz:entity-views": jest.fn(() => ({})),
    "randnotiz:matcher": jest.fn(() => null),
    "randnotiz:discover-run": jest.fn(() => []),
    "randnotiz:about-name": jest.fn(() => ({ count: 0, newest: [] })),
    "randnotiz:tag-counts": jest.fn(() => []),
    "randnotiz:passage-link": jest.fn(() => ""),
    "randnotiz:open-timeline": jest.fn(() => undefined),
    "randnotiz:describe-quote": jest.fn(() => ({ exact: "", prefix: "", suffix: "", start: 0, end: 0 })),
  });

  test("messages for other receivers are left for their listeners", () => {
    handleMessages(BackgroundRequest, backgroundHandlers(), { ownsChannel: false });
    expect(deliver({ type: "randnotiz:discover-offscreen", blocks: [], lang: "en" })).toBeUndefined();
    expect(deliver({ type: "something-else" })).toBeUndefined();
    expect(deliver("text")).toBeUndefined();
  });

  test.each([
    [{ type: "randnotiz:page-summary", distinct: "3", active: true }, /distinct/],
    [{ type: "randnotiz:open-highlight", source: "https://x.example/" }, /id/],
    [{ type: "randnotiz:anchor-report", states: { a: "lost" } }, /states\.a/],
    [{ type: "randnotiz:entity-views", entities: ["putin"], lang: "fr" }, /lang/],
    [{ type: "randnotiz:discover-run", blocks: "text", lang: "en" }, /blocks/],
    [{ type: "randnotiz:passage-link", source: "https://x.example/", quote: { exact: 1 } }, /quote/],
    [{ type: "randnotiz:describe-quote", text: "abc", start: 0.5, end: 2 }, /start/],
    [{ type: "randnotiz:matcher", rebuild: "yes" }, /rebuild/],
  ])("a malformed %j of its own is answered with an error", async (raw, pattern) => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const handlers = backgroundHandlers();
    handleMessages(BackgroundRequest, handlers, { ownsChannel: false });
    const answer = (await deliver(raw)) as { error: string };
    expect(answer.error).toMatch(pattern);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test("listenFor hears only messages that fit, and never answers", () => {
    const heard = jest.fn();
    listenFor("randnotiz:page-summary", heard);
    expect(deliver({ type: "randnotiz:page-summary", distinct: 2, active: true })).toBeUndefined();
    expect(deliver({ type: "randnotiz:page-summary", distinct: "2" })).toBeUndefined();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test("an error answer to our own message becomes a rejection for the sender", async () => {
    fakeRuntime.sendMessage.mockResolvedValueOnce({ error: "Randnotiz: malformed randnotiz:open-highlight" });
    await expect(
      sendToBackground({ type: "randnotiz:open-highlight", source: "https://x.example/", id: "urn:uuid:1" }),
    ).rejects.toThrow("malformed");
    fakeRuntime.sendMessage.mockResolvedValueOnce(true);
    await expect(
      sendToBackground({ type: "randnotiz:open-highlight", source: "https://x.example/", id: "urn:uuid:1" }),
    ).resolves.toBe(true);
  });
});
