/** @jest-environment jsdom */
// Finding web components' open shadow roots: which roots are read, and that the walk pauses on request.
import { lightAncestor, shadowOf, shadowRootsUnder } from "../../src/content/shadow";

function host(parent: Element, mode: ShadowRootMode, html: string, tag = "x-card"): ShadowRoot {
  const el = document.createElement(tag);
  parent.append(el);
  const root = el.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

const all = (root: Node, tooltip: Element | null = null) =>
  [...shadowRootsUnder(root, tooltip, () => false)].filter((r): r is ShadowRoot => r !== null);

beforeEach(() => {
  document.body.innerHTML = "<main></main><div hidden></div><pre></pre>";
});

test("open roots are found, closed ones and those under skipped elements are not", () => {
  const main = document.querySelector("main")!;
  const open = host(main, "open", "<p>OVKS</p><x-inner></x-inner>");
  host(main, "closed", "<p>Kasachstan</p>");
  host(document.querySelector("[hidden]")!, "open", "<p>Armenien</p>");
  host(document.querySelector("pre")!, "open", "<p>Peskow</p>");
  const plain = document.createElement("div");
  main.append(plain);
  const onDiv = plain.attachShadow({ mode: "open" });
  expect(all(document.body)).toEqual([open, onDiv]);
});

test("nested roots are found by scanning the root that holds them", () => {
  const outer = host(document.querySelector("main")!, "open", "<section></section>");
  const inner = host(outer.querySelector("section")!, "open", "<q>Peskow</q>", "x-quote");
  expect(all(document.body)).toEqual([outer]);
  expect(all(outer)).toEqual([inner]);
  expect(shadowOf(inner.querySelector("q")!)).toBe(inner);
  expect(lightAncestor(inner.querySelector("q")!)).toBe(outer.host);
  expect(shadowOf(document.querySelector("main")!)).toBeNull();
});

test("our tooltip host is never searched", () => {
  const tooltip = document.createElement("randnotiz-tooltip");
  document.body.append(tooltip);
  host(tooltip, "open", "<p>inside our own UI</p>");
  expect(all(document.body, tooltip)).toEqual([]);
});

test("a long walk yields null when its slice is over, and resumes where it stopped", () => {
  const main = document.querySelector("main")!;
  for (let i = 0; i < 1000; i++) main.append(document.createElement("span"));
  const roots = [host(main, "open", "<p>a</p>"), host(main, "open", "<p>b</p>")];
  let pauses = 0;
  const found: Array<ShadowRoot | null> = [...shadowRootsUnder(document.body, null, () => true)];
  for (const r of found) if (r === null) pauses++;
  expect(pauses).toBeGreaterThanOrEqual(3);
  expect(found.filter((r) => r !== null)).toEqual(roots);
});
