/** @jest-environment jsdom */
// "Only on sites I choose" in the popup form, from props alone: the access choice, the site switch that
// becomes "Allow on this site", the notice, and the host taken from a tab URL.
import { render } from "preact";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { hostOfUrl, type PageState } from "../../src/popup/model";
import { PopupForm, type PopupFormProps } from "../../src/popup/PopupForm";
import type { SiteAccessProps } from "../../src/popup/SiteAccess";
import { translator } from "../../src/ui/i18n";

const ready = (host: string, active: boolean): PageState => ({
  kind: "ready",
  summary: { active, host, entities: [], saved: { total: 0, orphans: 0 } },
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function show(
  settings: Partial<Settings>,
  access: Partial<SiteAccessProps> = {},
  patch: Partial<PopupFormProps> = {},
) {
  const onChange = jest.fn<void, [Settings]>();
  const onAccess = jest.fn<void, [Settings["access"]]>();
  const onAllowSite = jest.fn<void, [string, boolean]>();
  render(
    <PopupForm
      t={translator("en")}
      lang="en"
      settings={{ ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings), ...settings }}
      ready
      page={ready("news.example", true)}
      lookup={() => undefined}
      commands={[]}
      onChange={onChange}
      onReveal={() => {}}
      onEditShortcuts={() => {}}
      savedTotal={0}
      onOpenReview={() => {}}
      discover={{ state: { kind: "idle" }, onStart: () => {}, onReveal: () => {}, onAdd: () => {} }}
      access={{ granted: true, notice: null, onAccess, onAllowSite, ...access }}
      {...patch}
    />,
    root,
  );
  return { onChange, onAccess, onAllowSite };
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as E;
const label = () => $(`label[for="site"] .switch-text`).textContent;

test("by default all sites is chosen and the site switch keeps its meaning", () => {
  const { onAccess, onChange, onAllowSite } = show({});
  expect($<HTMLInputElement>('input[name="access"][value="all"]').checked).toBe(true);
  expect(label()).toBe("On this site");
  expect($<HTMLInputElement>("#master").disabled).toBe(false);
  $<HTMLInputElement>("#site").click();
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sites: { "news.example": "off" } });
  expect(onAllowSite).not.toHaveBeenCalled();
  $<HTMLInputElement>('input[name="access"][value="chosen"]').click();
  expect(onAccess).toHaveBeenLastCalledWith("chosen");
});

test('in "chosen" mode the site switch asks to allow this site, and the master switch is out of use', () => {
  const { onAllowSite, onChange } = show({ access: "chosen" });
  expect(label()).toBe("Allow on this site");
  const site = $<HTMLInputElement>("#site");
  expect(site.checked).toBe(false);
  expect($(".site-hint").textContent).toBe("Off here until you allow this site");
  expect($<HTMLInputElement>("#master").disabled).toBe(true);
  site.click();
  expect(onAllowSite).toHaveBeenLastCalledWith("news.example", true);
  expect(onChange).not.toHaveBeenCalled();
});

test("an allowed site shows on, and switching it off disallows it", () => {
  const { onAllowSite } = show({ access: "chosen", sites: { "news.example": "on" } });
  const site = $<HTMLInputElement>("#site");
  expect(site.checked).toBe(true);
  expect($(".site-hint")).toBeNull();
  site.click();
  expect(onAllowSite).toHaveBeenLastCalledWith("news.example", false);
});

test("a chosen site whose permission the browser no longer grants shows off", () => {
  show({ access: "chosen", sites: { "news.example": "on" } }, { granted: false });
  expect($<HTMLInputElement>("#site").checked).toBe(false);
});

test("a page without content script takes its host from the tab, and a notice is shown", () => {
  show(
    { access: "chosen" },
    { notice: "popupAccessRefused" },
    { page: { kind: "unavailable" }, tabHost: "x.example" },
  );
  expect($(".host").textContent).toBe("x.example");
  expect($<HTMLInputElement>("#site").disabled).toBe(false);
  expect($(".access-notice").textContent).toBe("The browser did not grant access, so nothing was changed.");
});

test("without access props the popup offers no access choice", () => {
  show({}, {}, { access: undefined });
  expect($('input[name="access"]')).toBeNull();
});

test.each([
  ["https://news.example/a?b", "news.example"],
  ["http://127.0.0.1:8080/x", "127.0.0.1"],
  ["chrome://extensions", ""],
  ["about:blank", ""],
  ["not a url", ""],
  [undefined, ""],
])("hostOfUrl(%p) is %p", (url, host) => {
  expect(hostOfUrl(url)).toBe(host);
});
