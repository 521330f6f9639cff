/** @jest-environment jsdom */
// The "My entries" view and EntryForm from props alone, and the tab's URL parameters.
import { render } from "preact";
import { act } from "preact/test-utils";
import { type Entry, newEntry } from "../../src/core/entries";
import { EntriesForm, type EntriesFormProps, SHOWN_AT_MOST } from "../../src/review/EntriesForm";
import { EMPTY_VALUES, parseRequest, searchEntries, withoutAddRequest } from "../../src/review/entries-model";
import { ownEntryView } from "../../src/ui/entity-view";
import { type Lang, translator } from "../../src/ui/i18n";

const make = (name: string, patch: Partial<Entry> = {}, n = 0): Entry => ({
  ...newEntry(
    { name, aliases: ["Paschinján"], type: "person", note: "<b>Notiz</b>", link: "" },
    "2024-03-02T10:00:00.000Z",
    `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  ),
  ...patch,
});

let root: HTMLElement;
// jsdom lays nothing out and has no scrollIntoView.
beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(patch: Partial<EntriesFormProps> = {}) {
  const calls = {
    onNew: jest.fn(),
    onEdit: jest.fn(),
    onDelete: jest.fn(),
    onEditorChange: jest.fn(),
    onSubmit: jest.fn(),
    onCancel: jest.fn(),
    onExport: jest.fn(),
    onImport: jest.fn(),
    onUndo: jest.fn(),
    onDismissToast: jest.fn(),
  };
  const props: EntriesFormProps = {
    t: translator("de"),
    lang: "de",
    entries: [make("Zypern", { type: "country", aliases: [] }, 1), make("Nikol Paschinjan")],
    loadError: null,
    broken: 0,
    editor: null,
    notice: null,
    toast: null,
    ...calls,
    ...patch,
  };
  act(() => render(<EntriesForm {...props} />, root));
  return calls;
}
const $ = <E extends Element = HTMLElement>(s: string) => root.querySelector(s) as E;
const $$ = (s: string) => [...root.querySelectorAll<HTMLElement>(s)];

test("lists entries by name, with type, spellings and the note as text", () => {
  const { onEdit, onDelete } = show();
  expect($$(".entry-name").map((e) => e.textContent)).toEqual(["Nikol Paschinjan", "Zypern"]);
  expect($(".entry-type").textContent).toBe("Person");
  expect($(".entry-note").textContent).toBe("<b>Notiz</b>");
  expect($(".entry-note b")).toBeNull();
  expect($(".entry-date").textContent).toBe("hinzugefügt am 02.03.2024");
  act(() => $$(".entry-edit")[1]!.click());
  expect(onEdit.mock.calls[0][0].name).toBe("Zypern");
  act(() => $$(".entry-delete")[0]!.click());
  expect(onDelete.mock.calls[0][0].name).toBe("Nikol Paschinjan");
});

test.each<Lang>(["de", "en"])(
  "in %s, the form's type choices and an entry's type are the word its tooltip shows (Ort, not Orte)",
  (lang) => {
    const t = translator(lang);
    const entry = make("Zypern", { type: "place", aliases: [] }, 1);
    show({
      t,
      lang,
      entries: [entry],
      editor: { mode: "add", id: null, values: EMPTY_VALUES, errors: {}, busy: false, submitError: null },
    });
    const options = $$("#entry-type option");
    expect(options.length).toBe(6);
    for (const option of options) {
      const type = (option as HTMLOptionElement).value as Entry["type"];
      expect(option.textContent).toBe(ownEntryView({ ...entry, type }, "my-x", lang, t).type);
    }
    expect($(".entry-type").textContent).toBe(ownEntryView(entry, "my-x", lang, t).type);
    expect($(".entry-type").textContent).toBe(lang === "de" ? "Ort" : "Place");
  },
);

test("search folds case and diacritics; empty and no-match states", () => {
  show();
  act(() => {
    const input = $<HTMLInputElement>("#entries-search");
    input.value = "paschinjan";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  expect($(".count").dataset).toMatchObject({ shown: "1", total: "2" });
  expect(searchEntries([make("Straße")], "STRASSE", "de").length).toBe(1);
  act(() => {
    const input = $<HTMLInputElement>("#entries-search");
    input.value = "xyz";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  expect($(".state").dataset.state).toBe("no-match");
  show({ entries: [] });
  expect($(".state").dataset.state).toBe("empty");
  show({ entries: null });
  expect($(".state").dataset.state).toBe("loading");
});

test("a big list renders only the first rows", () => {
  show({ entries: Array.from({ length: SHOWN_AT_MOST + 5 }, (_, i) => make(`Name ${i}`, {}, i)) });
  expect($$(".entry").length).toBe(SHOWN_AT_MOST);
  expect($(".entries-more")).not.toBeNull();
});

test("the editor: labelled controls, errors tied to their field, submit and Escape", () => {
  const calls = show({
    editor: {
      mode: "add",
      id: null,
      values: { name: "N", aliases: "A, B", type: "place", note: "", link: "x" },
      errors: { name: "entryErrorNameShort", link: "entryErrorLink" },
      busy: false,
      submitError: null,
    },
  });
  for (const input of $$(".entry-form input, .entry-form textarea, .entry-form select"))
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
  expect($("#entry-name").getAttribute("aria-invalid")).toBe("true");
  expect($("#entry-name").getAttribute("aria-describedby")).toBe("entry-name-error");
  expect($("#entry-name-error").textContent).toContain("mindestens 2 Zeichen");
  expect($("#entry-aliases").getAttribute("aria-invalid")).toBeNull();
  expect($<HTMLSelectElement>("#entry-type").value).toBe("place");
  expect($(".entry-submit").textContent).toBe("Hinzufügen");
  expect(document.activeElement?.id).toBe("entry-name");
  act(() => {
    const input = $<HTMLInputElement>("#entry-name");
    input.value = "Nikol";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  expect(calls.onEditorChange).toHaveBeenLastCalledWith(
    expect.objectContaining({ name: "Nikol", aliases: "A, B" }),
  );
  act(() => {
    $<HTMLFormElement>(".entry-form").dispatchEvent(new Event("submit", { cancelable: true }));
  });
  expect(calls.onSubmit).toHaveBeenCalledTimes(1);
  act(() => {
    $("#entry-note").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  });
  expect(calls.onCancel).toHaveBeenCalledTimes(1);
});

test("URL parameters: tab, add, aliases, type", () => {
  expect(parseRequest("?q=x")).toEqual({ tab: "highlights", add: null });
  expect(parseRequest("?tab=entries")).toEqual({ tab: "entries", add: null });
  expect(
    parseRequest("?tab=entries&add=%20Nikol%20%20Paschinjan&aliases=Paschinjan%7CPashinyan%7C&type=bogus"),
  ).toEqual({
    tab: "entries",
    add: { name: "Nikol Paschinjan", aliases: "Paschinjan, Pashinyan", type: "person", note: "", link: "" },
  });
  expect(parseRequest("?tab=entries&add=NATO&type=organisation").add?.type).toBe("organisation");
  expect(parseRequest("?add=NATO").add).toBeNull();
  expect(withoutAddRequest("moz-extension://x/review.html?tab=entries&add=A&aliases=B")).toBe(
    "moz-extension://x/review.html?tab=entries",
  );
});
