/** @jest-environment jsdom */
// The popup form rendered from props alone: host, switches, filters, the grouped entity list and its states.
import { render } from "preact";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import type { PageSummary } from "../../src/core/summary";
import type { EntityInfo, PageState } from "../../src/popup/model";
import { PopupForm, type PopupFormProps } from "../../src/popup/PopupForm";
import { translator } from "../../src/ui/i18n";

const ENTITIES: Record<string, EntityInfo> = {
  ovks: { label: "OVKS", type: "organisation" },
  nato: { label: "NATO", type: "organisation" },
  putin: { label: "Wladimir Putin", type: "person" },
  peskow: { label: "Dmitri Peskow", type: "person" },
  armenien: { label: "Armenien", type: "country" },
};

const summary = (patch: Partial<PageSummary> = {}): PageState => ({
  kind: "ready",
  summary: {
    active: true,
    host: "news.example",
    entities: [
      { entity: "ovks", count: 6 },
      { entity: "armenien", count: 5 },
      { entity: "putin", count: 2 },
      { entity: "peskow", count: 2 },
      { entity: "nato", count: 1 },
      { entity: "unknown-id", count: 9 },
    ],
    saved: { total: 0, orphans: 0 },
    ...patch,
  },
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(patch: Partial<PopupFormProps> = {}) {
  const onChange = jest.fn<void, [Settings]>();
  const onReveal = jest.fn<void, [string]>();
  const onEditShortcuts = jest.fn<void, []>();
  const onOpenReview = jest.fn<void, []>();
  const props: PopupFormProps = {
    t: translator("en"),
    lang: "en",
    settings: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings,
    ready: true,
    page: summary(),
    lookup: (id) => ENTITIES[id],
    commands: [
      { name: "next-entity", shortcut: "" },
      { name: "_execute_action", shortcut: "Ctrl+E" },
      { name: "toggle-site", shortcut: "Alt+Shift+O" },
    ],
    factsAsOf: "2024-04-17",
    onChange,
    onReveal,
    onEditShortcuts,
    savedTotal: 12,
    onOpenReview,
    discover: { state: { kind: "idle" }, onStart: () => {}, onReveal: () => {}, onAdd: () => {} },
    ...patch,
  };
  render(<PopupForm {...props} />, root);
  return { onChange, onReveal, onEditShortcuts, onOpenReview };
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as E;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const state = () => $("[data-state]")?.dataset.state;
/** The name computed from content, as assistive technology does: aria-hidden parts are not spoken. */
function spokenName(element: Element): string {
  let name = "";
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) name += child.textContent;
    else if (child instanceof Element && child.getAttribute("aria-hidden") !== "true")
      name += spokenName(child);
  }
  return name;
}

test("shows the host and the site switch reflecting the rule", () => {
  show({ settings: { ...DEFAULT_SETTINGS, sites: { "news.example": "off" } } });
  expect($(".host").textContent).toBe("news.example");
  const site = $<HTMLInputElement>("#site");
  expect(site.getAttribute("role")).toBe("switch");
  expect(site.checked).toBe(false);
  expect($("#master").matches(":checked")).toBe(true);
  expect(root.textContent).toContain("Off on this site only");
});

test("every switch and control has an accessible name", () => {
  show();
  for (const input of $$("input, select")) {
    const labelled = input.id ? root.querySelector(`label[for="${input.id}"]`) : input.closest("label");
    expect(labelled?.textContent?.trim()).toBeTruthy();
  }
  for (const button of $$("button"))
    expect(button.getAttribute("aria-label") || button.textContent?.trim()).toBeTruthy();
});

test("the site switch writes a rule for the host; the master switch flips enabled", () => {
  const { onChange } = show();
  $<HTMLInputElement>("#site").click();
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sites: { "news.example": "off" } });
  $<HTMLInputElement>("#master").click();
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
});

test("with the master switch off, the site switch turns it on only here", () => {
  const { onChange } = show({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
  expect($<HTMLInputElement>("#site").checked).toBe(false);
  $<HTMLInputElement>("#site").click();
  expect(onChange).toHaveBeenLastCalledWith({
    ...DEFAULT_SETTINGS,
    enabled: false,
    sites: { "news.example": "on" },
  });
});

test("each pack has a labelled switch, both on by default; switching one calls back with it off", () => {
  const { onChange } = show();
  const world = $<HTMLInputElement>('input[name="pack"][value="world"]');
  const seed = $<HTMLInputElement>('input[name="pack"][value="seed"]');
  expect(world.checked).toBe(true);
  expect(seed.checked).toBe(true);
  expect(world.closest("label")!.textContent).toContain("World");
  expect(world.closest("fieldset")!.querySelector("legend")!.textContent).toBe("Packs");
  world.click();
  expect(onChange.mock.lastCall?.[0].packs).toEqual({ seed: true, world: false });
});

test("type filters, style, delay and language call back with the changed settings", () => {
  const { onChange } = show();
  $<HTMLInputElement>('input[name="type"][value="person"]').click();
  expect(onChange.mock.lastCall?.[0].types).toEqual({ ...DEFAULT_SETTINGS.types, person: false });
  $<HTMLInputElement>('input[name="style"][value="both"]').click();
  expect(onChange.mock.lastCall?.[0].style).toBe("both");
  const delay = $<HTMLSelectElement>("#delay");
  delay.value = "800";
  delay.dispatchEvent(new Event("change", { bubbles: true }));
  expect(onChange.mock.lastCall?.[0].tooltipDelay).toBe(800);
  const language = $<HTMLSelectElement>("#language");
  language.value = "de";
  language.dispatchEvent(new Event("change", { bubbles: true }));
  expect(onChange.mock.lastCall?.[0].language).toBe("de");
});

test("entities are grouped by type, groups and entries sorted by count, unknown ids left out", () => {
  show();
  expect($$(".group").map((g) => g.dataset.type)).toEqual(["organisation", "country", "person"]);
  const lists = $$(".group").map((g) =>
    [...g.querySelectorAll<HTMLElement>(".entity")].map((b) => `${b.dataset.entity}:${b.dataset.count}`),
  );
  expect(lists).toEqual([["ovks:6", "nato:1"], ["armenien:5"], ["peskow:2", "putin:2"]]);
  expect($(".group h3").textContent).toBe("Organisations 7");
  // Named by their content, so the visible "OVKS 6" is part of what a screen reader or voice control hears.
  expect($('[data-entity="ovks"]').hasAttribute("aria-label")).toBe(false);
  expect(spokenName($('[data-entity="ovks"]'))).toBe("OVKS, 6 mentions");
  expect(spokenName($('[data-entity="nato"]'))).toBe("NATO, 1 mention");
  expect($(".found-count").textContent).toBe("6 names, 25 mentions");
});

test("every landmark has a name of its own", () => {
  show();
  const names = $$("section[aria-label], section[aria-labelledby]").map(
    (section) =>
      section.getAttribute("aria-label") ??
      root.querySelector(`#${section.getAttribute("aria-labelledby")}`)?.textContent,
  );
  expect(names.length).toBeGreaterThan(3);
  expect(new Set(names).size).toBe(names.length);
});

test("clicking an entity asks to reveal it", () => {
  const { onReveal } = show();
  $<HTMLButtonElement>('[data-entity="armenien"]').click();
  expect(onReveal).toHaveBeenCalledWith("armenien");
});

test("a page where the content script cannot run says so, and the site switch is disabled", () => {
  show({ page: { kind: "unavailable" } });
  expect(state()).toBe("unavailable");
  expect(root.textContent).toContain("Randnotiz cannot run on this page");
  expect($<HTMLInputElement>("#site").disabled).toBe(true);
  expect($<HTMLInputElement>("#master").disabled).toBe(false);
});

test("an empty page says nothing was found; a page switched off says so", () => {
  show({ page: summary({ entities: [] }) });
  expect(state()).toBe("empty");
  expect(root.textContent).toContain("Nothing found");
  show({ page: summary({ active: false, entities: [] }) });
  expect(state()).toBe("inactive");
  expect(root.textContent).toContain("switched off on this page");
});

test("controls render at once while the page is still being read, disabled until settings load", () => {
  show({ page: { kind: "loading" }, ready: false });
  expect(state()).toBe("loading");
  expect($<HTMLInputElement>("#master").disabled).toBe(true);
  expect($<HTMLFieldSetElement>("fieldset.settings").disabled).toBe(true);
  expect($$('input[name="type"]')).toHaveLength(6);
});

test("shortcuts show our commands in manifest order, with unset ones marked", () => {
  show();
  expect($$(".shortcut").map((s) => s.dataset.command)).toEqual(["toggle-site", "next-entity"]);
  expect($('[data-command="toggle-site"] kbd').textContent).toBe("Alt+Shift+O");
  expect($('[data-command="next-entity"]').textContent).toContain("not set");
});

test("the language prop changes every string", () => {
  show({ t: translator("de"), lang: "de" });
  expect(root.textContent).toContain("Auf dieser Website");
  expect($(".group h3").textContent).toBe("Organisationen 7");
  expect($(".asof p").textContent).toBe("Faktenstand: 17.04.2024");
  expect($(".about-data").textContent).toContain("Open Database License");
});

test("the shortcuts section offers to change them in the browser", () => {
  const { onEditShortcuts } = show();
  const button = $$(".shortcuts button").find((b) => b.textContent === "Change shortcuts…");
  expect(button).toBeDefined();
  button!.click();
  expect(onEditShortcuts).toHaveBeenCalledTimes(1);
});

test("saved highlights: the count opens the review page, and orphans on this page are named", () => {
  const { onOpenReview } = show();
  const button = $<HTMLButtonElement>(".open-review");
  expect(button.textContent).toBe("Saved highlights (12)");
  expect($(".orphans")).toBeNull();
  button.click();
  expect(onOpenReview).toHaveBeenCalledTimes(1);
  render(null, root);
  const base = summary();
  const withOrphans: PageState =
    base.kind === "ready" ? { ...base, summary: { ...base.summary, saved: { total: 4, orphans: 3 } } } : base;
  show({ page: withOrphans, t: translator("de"), lang: "de", savedTotal: null });
  expect($(".orphans").textContent).toBe("3 gemerkte Stellen auf dieser Seite nicht gefunden");
  expect($(".open-review").textContent).toBe("Gemerkte Stellen");
});

test.each([
  ["en", "1 name, 1 mention", "2 names, 3 mentions"],
  ["de", "1 Name, 1 Erwähnung", "2 Namen, 3 Erwähnungen"],
] as const)("the page's count agrees with its numbers in %s", (lang, one, more) => {
  const only = (entities: Array<{ entity: string; count: number }>) => summary({ entities });
  show({ t: translator(lang), lang, page: only([{ entity: "nato", count: 1 }]) });
  expect($(".found-count").textContent).toBe(one);
  show({
    t: translator(lang),
    lang,
    page: only([
      { entity: "nato", count: 1 },
      { entity: "putin", count: 2 },
    ]),
  });
  expect($(".found-count").textContent).toBe(more);
});
