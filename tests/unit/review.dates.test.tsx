/** @jest-environment jsdom */
// The review page's date filters in the UI language: German shows and reads "TT.MM.JJJJ", never the
// browser's "mm/dd/yyyy"; what is no day is said and changes nothing (docs/review-page.md).
import { render } from "preact";
import { act } from "preact/test-utils";
import { indexRecord } from "../../src/core/highlights/search";
import { ReviewForm, type ReviewFormProps } from "../../src/review/ReviewForm";
import { type Lang, translator } from "../../src/ui/i18n";
import { recordMaker } from "./highlight-record.fixture";

const record = recordMaker({ source: "https://www.news.example/gipfel", state: "exact" });
const RECORDS = [
  record({ exact: "Februar", created: "2024-02-10T10:00:00.000Z" }),
  record({ exact: "März", created: "2024-03-05T10:00:00.000Z" }),
  record({ exact: "April", created: "2024-04-20T10:00:00.000Z" }),
];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(lang: Lang) {
  const props: ReviewFormProps = {
    t: translator(lang),
    lang,
    lookup: () => undefined,
    items: RECORDS.map((r) => indexRecord(r, () => [])),
    loadError: null,
    initialText: "",
    notice: null,
    toast: null,
    onOpen: jest.fn(),
    onDelete: jest.fn(),
    onSaveNote: jest.fn(() => Promise.resolve()),
    onExport: jest.fn(),
    onImport: jest.fn(),
    onUndo: jest.fn(),
    onDismissToast: jest.fn(),
    onRendered: jest.fn(),
    onSearchText: jest.fn(),
  };
  act(() => render(<ReviewForm {...props} />, root));
}

const field = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
const shown = () => [...root.querySelectorAll(".exact")].map((e) => e.textContent);
function enter(id: string, text: string) {
  act(() => {
    const input = field(id);
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  act(() => {
    field(id).dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
}

test("German: the fields are text, ask for TT.MM.JJJJ, and read and show German dates", () => {
  show("de");
  for (const id of ["filter-from", "filter-to"]) {
    expect(field(id).type).toBe("text");
    expect(field(id).placeholder).toBe("TT.MM.JJJJ");
  }
  enter("filter-from", "1.3.2024");
  expect(shown()).toEqual(["April", "März"]);
  expect(field("filter-from").value).toBe("01.03.2024");
  enter("filter-to", "31. März 2024");
  expect(shown()).toEqual(["März"]);
  expect(field("filter-to").value).toBe("31.03.2024");
});

test("English: DD/MM/YYYY, shown as the rest of the page shows dates", () => {
  show("en");
  expect(field("filter-from").placeholder).toBe("DD/MM/YYYY");
  enter("filter-from", "01/04/2024");
  expect(shown()).toEqual(["April"]);
  expect(field("filter-from").value).toBe("1 Apr 2024");
});

test("what is no day is said, and the filter stays as it was", () => {
  show("de");
  enter("filter-from", "1.3.2024");
  enter("filter-from", "31.02.2024");
  expect(field("filter-from").getAttribute("aria-invalid")).toBe("true");
  expect(field("filter-from").validationMessage).toBe("Kein Datum: Bitte als TT.MM.JJJJ eingeben.");
  expect(shown()).toEqual(["April", "März"]);
  enter("filter-from", "");
  expect(shown()).toHaveLength(3);
});
