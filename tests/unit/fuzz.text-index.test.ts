/** @jest-environment jsdom */
// Fuzz (issue 13): readBlocks over random DOM trees of random Unicode text. Each block's text is exactly
// its nodes' data joined, with `starts` at the joins; nodes come in tree order, once each; nothing under a
// skipped element is read; and no text node holding more than white space is left out.
// Seeded; FC_SEED=<n> replays another run.
import fc from "fast-check";
import { readBlocks } from "../../src/content/text-index";

const SEED = Number(process.env.FC_SEED ?? 13_2026);
fc.configureGlobal({ seed: SEED });

// jsdom has no user-agent stylesheet; give elements the display a browser gives them.
beforeAll(() => {
  const style = document.createElement("style");
  style.textContent =
    "em, b, i, a, span, small, strong, code { display: inline; } div, p, li, h2, section { display: block; }";
  document.head.append(style);
});

const TAGS = [
  "p",
  "div",
  "span",
  "em",
  "b",
  "a",
  "small",
  "strong",
  "li",
  "h2",
  "section",
  "br",
  "code",
  "script",
  "textarea",
  "pre",
];
const SKIPPED = "code, script, textarea, pre, [hidden], [aria-hidden=true], [contenteditable=true]";

const textData = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "OVKS",
    "Berg",
    "karabach",
    " ",
    "",
    "\u200f",
    "\u0301",
    "😀",
    "\ud800",
    "\udc00",
    "Kasachstan ",
  ),
);

type Tree = { text: string } | { tag: string; attr: string; kids: Tree[] };

const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textData.map((text) => ({ text })),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attr: fc.constantFrom("", "", "", "hidden", "aria-hidden", "contenteditable"),
      kids: tie("nodes"),
    }),
  ),
  nodes: fc.array(tie("node"), { maxLength: 5 }),
})).nodes;

function build(parent: Node, nodes: Tree[]): void {
  for (const n of nodes) {
    if ("text" in n) {
      parent.appendChild(document.createTextNode(n.text));
      continue;
    }
    const el = document.createElement(n.tag);
    // Still a <script> to the index, but jsdom must not run random text.
    if (n.tag === "script") el.setAttribute("type", "text/x-fuzz");
    if (n.attr === "hidden") el.setAttribute("hidden", "");
    if (n.attr === "aria-hidden") el.setAttribute("aria-hidden", "true");
    if (n.attr === "contenteditable") el.setAttribute("contenteditable", "true");
    // <br> and <textarea> hold text in the DOM all the same when built by script.
    build(el, n.kids);
    parent.appendChild(el);
  }
}

function allTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe(`text index fuzz (seed ${SEED})`, () => {
  test("block text is the concatenation of its nodes' data; nodes in tree order, once, none skipped or missed", () => {
    let blocks = 0;
    fc.assert(
      fc.property(tree, (nodes) => {
        const root = document.createElement("article");
        build(root, nodes);
        document.body.replaceChildren(root);
        const order = allTextNodes(root);
        const position = new Map(order.map((n, i) => [n, i]));
        const seen = new Set<Text>();
        let last = -1;
        for (const block of readBlocks(root, null)) {
          blocks++;
          expect(block.text).toBe(block.nodes.map((n) => n.data).join(""));
          expect(block.starts.length).toBe(block.nodes.length);
          let at = 0;
          block.nodes.forEach((n, i) => {
            expect(block.starts[i]).toBe(at);
            at += n.data.length;
            expect(position.get(n)).toBeGreaterThan(last);
            last = position.get(n)!;
            expect(seen.has(n)).toBe(false);
            seen.add(n);
            expect(n.parentElement?.closest(SKIPPED) ?? null).toBeNull();
          });
          expect(/\S/.test(block.text)).toBe(true);
        }
        for (const n of order) {
          if (/\S/.test(n.data) && !n.parentElement?.closest(SKIPPED)) expect(seen.has(n)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(blocks).toBeGreaterThan(400);
  });
});
