/** @jest-environment jsdom */
// The review form rendered from props alone: groups, orphans, chips, notes, search, the empty state, undo,
// and strings with markup shown as text.
import { render } from "preact";
import { act } from "preact/test-utils";
import { indexRecord } from "../../src/core/highlights/search";
import type { HighlightRecord } from "../../src/core/highlights/types";
import type { EntityInfo } from "../../src/review/model";
import { ReviewForm, type ReviewFormProps } from "../../src/review/ReviewForm";
import { translator } from "../../src/ui/i18n";
import { recordMaker } from "./highlight-record.fixture";

const ENTITIES: Record<string, EntityInfo> = {
  ovks: { label: "OVKS", type: "organisation" },
  peskow: { label: "Dmitri Peskow", type: "person" },
};

const record = recordMaker({ source: "https://www.news.example/gipfel", state: "exact" });

const RECORDS = [
  record({
    exact: "Die OVKS schickt Truppen",
    prefix: "Am Montag sagte der Sprecher: ",
    suffix: " in das Land.",
    note: "Nachprüfen",
    entities: ["ovks"],
    created: "2024-03-02T10:00:00.000Z",
  }),
  record({
    exact: "Peskow dementierte",
    entities: ["peskow", "ovks"],
    state: "orphan",
    start: null,
    end: null,
  }),
  record({
    exact: "<b>fett</b>",
    note: "<img src=x onerror=alert(1)>",
    source: "https://other.example/x",
    title: "<script>alert(1)</script>",
    created: "2024-02-01T10:00:00.000Z",
  }),
];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(patch: Partial<ReviewFormProps> = {}) {
  const calls = {
    onOpen: jest.fn(),
    onDelete: jest.fn(),
    onSaveNote: jest.fn((_r: HighlightRecord, _n: string) => Promise.resolve()),
    onExport: jest.fn(),
    onImport: jest.fn(),
    onUndo: jest.fn(),
    onDismissToast: jest.fn(),
    onRendered: jest.fn(),
    onSearchText: jest.fn(),
    onSetTags: jest.fn(),
    onCopyLink: jest.fn(),
    onRenameTag: jest.fn(),
    onDeleteTag: jest.fn(),
    onTagColour: jest.fn(),
  };
  const props: ReviewFormProps = {
    t: translator("en"),
    lang: "en",
    lookup: (id) => ENTITIES[id],
    items: RECORDS.map((r) => indexRecord(r, (id) => (ENTITIES[id] ? [ENTITIES[id].label] : []))),
    loadError: null,
    initialText: "",
    notice: null,
    toast: null,
    ...calls,
    ...patch,
  };
  act(() => render(<ReviewForm {...props} />, root));
  return calls;
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as E;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const item = (exact: string) => $$(".item").find((e) => e.querySelector(".exact")?.textContent === exact)!;
const type = (selector: string, value: string) =>
  act(() => {
    const input = $<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
const choose = (selector: string, value: string) =>
  act(() => {
    const select = $<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });

test("groups by page, newest first, with title, site, date and count, and reports that it rendered", () => {
  const { onRendered } = show();
  expect($$(".group-title").map((e) => e.textContent)).toEqual([
    "Gipfel in Jerewan",
    "<script>alert(1)</script>",
  ]);
  const head = $$(".group-head")[0]!;
  expect(head.querySelector(".site")?.textContent).toBe("news.example");
  expect(head.textContent).toContain("2 Mar 2024");
  expect(head.textContent).toContain("2 highlights");
  expect($$(".exact").map((e) => e.textContent)).toEqual([
    "Die OVKS schickt Truppen",
    "Peskow dementierte",
    "<b>fett</b>",
  ]);
  expect($(".count").dataset).toMatchObject({ shown: "3", total: "3" });
  expect(onRendered).toHaveBeenCalledTimes(1);
});

test("each item shows its context, note, chips and date; orphans say so", () => {
  show();
  const first = item("Die OVKS schickt Truppen");
  expect(first.querySelector(".quote")?.textContent).toBe(
    "Am Montag sagte der Sprecher: Die OVKS schickt Truppen in das Land.",
  );
  expect(first.querySelector(".note")?.textContent).toBe("Nachprüfen");
  expect(first.querySelector("time")?.textContent).toBe("2 Mar 2024");
  expect(first.querySelector(".orphan")).toBeNull();
  const orphan = item("Peskow dementierte");
  expect(orphan.dataset.state).toBe("orphan");
  expect(orphan.querySelector(".orphan")?.textContent).toBe(
    "Not found on the page the last time it was opened",
  );
  expect([...orphan.querySelectorAll(".chip")].map((c) => c.textContent)).toEqual(["Dmitri Peskow", "OVKS"]);
});

test("strings with markup are shown as text, never parsed", () => {
  show();
  const hostile = item("<b>fett</b>");
  expect(hostile.querySelector("b, img, script")).toBeNull();
  expect(hostile.querySelector(".note")?.textContent).toBe("<img src=x onerror=alert(1)>");
  expect(root.querySelector("script, img:not([src='icons/32.png'])")).toBeNull();
});

test("the search box starts from the URL's text, and typing filters without case or accents", () => {
  const { onSearchText } = show({ initialText: "PESKOW" });
  expect($<HTMLInputElement>("#search").value).toBe("PESKOW");
  expect($$(".exact").map((e) => e.textContent)).toEqual(["Peskow dementierte"]);
  type("#search", "nachprufen");
  expect($$(".exact").map((e) => e.textContent)).toEqual(["Die OVKS schickt Truppen"]);
  expect(onSearchText).toHaveBeenLastCalledWith("nachprufen");
  type("#search", "nothing like this");
  expect($("[data-state]")?.dataset.state).toBe("no-match");
  act(() => $<HTMLButtonElement>("[data-state] button").click());
  expect($$(".item")).toHaveLength(3);
});

test("a chip filters by its entity; the entity view groups by name and names each item's page", () => {
  show();
  act(() =>
    item("Peskow dementierte").querySelector<HTMLButtonElement>('.chip[data-entity="peskow"]')!.click(),
  );
  expect($<HTMLSelectElement>("#filter-entity").value).toBe("peskow");
  expect($$(".item")).toHaveLength(1);
  choose("#filter-entity", "");
  choose("#group-by", "entity");
  expect($$(".group-title").map((e) => e.textContent)).toEqual(["OVKS", "Dmitri Peskow", "Without a name"]);
  expect(item("<b>fett</b>").querySelector(".item-page")?.textContent).toBe(
    "<script>alert(1)</script> · other.example",
  );
  choose("#filter-site", "other.example");
  expect($$(".exact").map((e) => e.textContent)).toEqual(["<b>fett</b>"]);
});

test("open, delete and delete-all-from-this-page hand over the right records", () => {
  const { onOpen, onDelete } = show();
  act(() => item("Peskow dementierte").querySelector<HTMLButtonElement>(".open")!.click());
  expect(onOpen).toHaveBeenCalledWith(RECORDS[1]);
  act(() => item("Peskow dementierte").querySelector<HTMLButtonElement>(".delete")!.click());
  expect(onDelete).toHaveBeenLastCalledWith([RECORDS[1]]);
  act(() => $$(".group-head")[0]!.querySelector<HTMLButtonElement>(".delete-page")!.click());
  expect(onDelete).toHaveBeenLastCalledWith([RECORDS[0], RECORDS[1]]);
});

test("notes are edited inline: Enter saves, Escape cancels, errors stay visible", async () => {
  const onSaveNote = jest.fn((_r: HighlightRecord, _n: string) => Promise.reject(new Error("quota full")));
  show({ onSaveNote });
  act(() => item("Peskow dementierte").querySelector<HTMLButtonElement>(".edit-note")!.click());
  const textarea = () => item("Peskow dementierte").querySelector("textarea")!;
  expect(document.activeElement).toBe(textarea());
  type("textarea", "  Quelle? ");
  await act(async () => {
    textarea().dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
  expect(onSaveNote).toHaveBeenCalledWith(RECORDS[1], "Quelle?");
  expect(item("Peskow dementierte").querySelector('[role="alert"]')?.textContent).toContain("quota full");
  act(() => {
    textarea().dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  });
  expect(item("Peskow dementierte").querySelector("textarea")).toBeNull();
  expect(document.activeElement?.classList.contains("edit-note")).toBe(true);
});

test("export hands over what is listed; the empty, loading and error states show", () => {
  const { onExport } = show({ initialText: "peskow" });
  act(() => $<HTMLButtonElement>(".export-csv").click());
  expect(onExport).toHaveBeenCalledWith("csv", [RECORDS[1]], { wikilinks: false });
  act(() => $<HTMLInputElement>(".export-wikilinks").click());
  act(() => $<HTMLButtonElement>(".export-obsidian").click());
  expect(onExport).toHaveBeenLastCalledWith("obsidian", [RECORDS[1]], { wikilinks: true });

  const { onRendered } = show({ items: null });
  expect($("[data-state]").dataset.state).toBe("loading");
  expect(onRendered).not.toHaveBeenCalled();
  show({ items: [] });
  expect($("[data-state]").dataset.state).toBe("empty");
  expect($("[data-state]").textContent).toContain("No saved highlights yet.");
  show({ loadError: "broken" });
  expect($("[data-state]").dataset.state).toBe("error");
});

test("the toast offers Undo with focus on it, and German works too", () => {
  const { onUndo, onDismissToast } = show({
    t: translator("de"),
    lang: "de",
    toast: { id: 1, text: "2 gelöscht", undo: true },
  });
  const undo = $<HTMLButtonElement>(".toast .undo");
  expect(undo.textContent).toBe("Rückgängig");
  expect(document.activeElement).toBe(undo);
  act(() => undo.click());
  expect(onUndo).toHaveBeenCalled();
  act(() => {
    undo.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  });
  expect(onDismissToast).toHaveBeenCalled();
  expect($(".group-head").textContent).toContain("02.03.2024");
  expect($(".count").textContent).toBe("3 von 3 Stellen");
});

test.each([
  ["en", "1 of 1 highlight", "3 of 3 highlights"],
  ["de", "1 von 1 Stelle", "3 von 3 Stellen"],
] as const)(
  "the count agrees with its number in %s: one highlight is not 'highlights'",
  (lang, one, three) => {
    show({ t: translator(lang), lang, items: RECORDS.slice(0, 1).map((r) => indexRecord(r, () => [])) });
    expect($(".count").textContent).toBe(one);
    show({ t: translator(lang), lang });
    expect($(".count").textContent).toBe(three);
  },
);
