/** @jest-environment jsdom */
// The popup's "Also on this page" section from props alone, and the page-side helpers it relies on.
import { render } from "preact";
import { aroundScreen, pageLanguage } from "../../src/core/discover/around";
import type { DiscoveredDetail } from "../../src/platform/messages";
import { DiscoverSection, type DiscoverState, wikipediaSearch } from "../../src/popup/DiscoverSection";
import { translator } from "../../src/ui/i18n";

const NAMES: DiscoveredDetail[] = [
  { text: "Olaf Scholz", kind: "person", count: 3, forms: ["Olaf Scholz", "Scholz"] },
  { text: "Jerewan", kind: "place", count: 2, forms: ["Jerewan"] },
  { text: "Annalena Baerbock", kind: "person", count: 1, forms: ["Baerbock"] },
];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(state: DiscoverState, lang: "de" | "en" = "en", available = true) {
  const calls = { start: 0, reveal: [] as string[], add: [] as string[] };
  render(
    <DiscoverSection
      t={translator(lang)}
      available={available}
      state={state}
      onStart={() => calls.start++}
      onReveal={(n) => calls.reveal.push(n.text)}
      onAdd={(n) => calls.add.push(n.text)}
    />,
    root,
  );
  return calls;
}

const ready = (names: DiscoveredDetail[], lang = "de", partial = false): DiscoverState => ({
  kind: "ready",
  details: { url: "https://example.org/", lang, names, partial },
});

test("starts only when asked, and shows progress while it works", () => {
  const calls = show({ kind: "idle" });
  expect(root.querySelector(".groups")).toBeNull();
  root.querySelector<HTMLButtonElement>(".discover-start")!.click();
  expect(calls.start).toBe(1);
  show({ kind: "working" });
  expect(root.querySelector(".discover-start")).toBeNull();
  expect(root.querySelector('[data-state="working"]')?.getAttribute("aria-busy")).toBe("true");
});

test("groups names by kind with counts; each name jumps, links to Wikipedia and can be added", () => {
  const calls = show(ready(NAMES));
  const groups = [...root.querySelectorAll<HTMLElement>("section.group")];
  expect(groups.map((g) => g.dataset.kind)).toEqual(["person", "place"]);
  expect(groups[0]!.querySelector(".group-total")!.textContent).toBe("2");
  const scholz = root.querySelector<HTMLElement>('[data-name="Olaf Scholz"]')!;
  expect(scholz.querySelector(".count")!.textContent).toBe("3");
  expect(scholz.querySelector<HTMLAnchorElement>("a.wiki")!.href).toBe(
    "https://de.wikipedia.org/w/index.php?search=Olaf%20Scholz",
  );
  expect(scholz.querySelector("a.wiki")!.getAttribute("rel")).toContain("noopener");
  scholz.querySelector<HTMLButtonElement>("button.entity")!.click();
  root.querySelector<HTMLElement>('[data-name="Jerewan"] button.add')!.click();
  expect(calls.reveal).toEqual(["Olaf Scholz"]);
  expect(calls.add).toEqual(["Jerewan"]);
});

test("says when nothing was found, when the language is not read, when it failed, and when text was cut", () => {
  show(ready([]));
  expect(root.querySelector('[data-state="empty"]')).not.toBeNull();
  show(ready(NAMES, "fr"));
  expect(root.querySelector('[data-state="language"]')).not.toBeNull();
  show({ kind: "failed", message: "Name discovery took too long." });
  expect(root.textContent).toContain("Name discovery took too long.");
  show(ready(NAMES, "en-GB", true), "de");
  expect(root.querySelector(".hint")!.textContent).toContain("Seite ist lang");
});

test("cannot be started where the tab has no content script (a browser page)", () => {
  show({ kind: "idle" }, "en", false);
  expect(root.querySelector<HTMLButtonElement>(".discover-start")!.disabled).toBe(true);
});

test("Wikipedia follows the page language, English unless German", () => {
  expect(wikipediaSearch("São Paulo", "pt")).toBe(
    "https://en.wikipedia.org/w/index.php?search=S%C3%A3o%20Paulo",
  );
  expect(wikipediaSearch("Jerewan", "de-AT")).toMatch(/^https:\/\/de\.wikipedia/);
});

test("the page language comes from lang, else from function words", () => {
  expect(pageLanguage(" de-DE ", "the and the")).toBe("de-de");
  expect(pageLanguage("", "Der Präsident und die Regierung sind nicht einig, das ist klar.")).toBe("de");
  expect(pageLanguage("", "The president and the government of the country")).toBe("en");
  expect(pageLanguage("", "1234 5678")).toBe("");
});

test("text around the screen comes first, within the cap, in reading order", () => {
  const blocks = ["a".repeat(10), "b".repeat(10), "c".repeat(10), "d".repeat(10), "e".repeat(10)];
  expect(aroundScreen(blocks, 2, 30)).toEqual({ picked: [2, 3, 4], partial: true });
  expect(aroundScreen(blocks, 3, 35)).toEqual({ picked: [2, 3, 4], partial: true });
  expect(aroundScreen(blocks, 0, 1000)).toEqual({ picked: [0, 1, 2, 3, 4], partial: false });
  // One block larger than the cap is still read rather than nothing.
  expect(aroundScreen(["x".repeat(100)], 0, 10)).toEqual({ picked: [0], partial: false });
});
