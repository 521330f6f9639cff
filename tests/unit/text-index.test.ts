/** @jest-environment jsdom */
// How page text becomes blocks: what is skipped, what joins across inline markup, and what splits.
import { readBlocks } from "../../src/content/text-index";

// jsdom has no user-agent stylesheet; give inline elements the display a browser gives them.
beforeAll(() => {
  const style = document.createElement("style");
  style.textContent = "em, b, i, a, span, small { display: inline; }";
  document.head.append(style);
});

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  return readBlocks(document.body, null).map((b) => b.text);
}

test("inline markup inside a word joins into one block", () => {
  expect(blocksOf("<h4>Der Konflikt um Berg<em>karabach</em></h4>")).toEqual([
    "Der Konflikt um Bergkarabach",
  ]);
});

test("block elements, <br> and skipped elements split, so words never glue together", () => {
  expect(blocksOf("<div><p>Russ</p>land</div>")).toEqual(["Russ", "land"]);
  expect(blocksOf("<p>Putin<br>sagte</p>")).toEqual(["Putin", "sagte"]);
  expect(blocksOf("<p>Berg<code>x</code>karabach</p>")).toEqual(["Berg", "karabach"]);
});

test("code, form fields, scripts, hidden and editable regions are not read", () => {
  const html = `
    <p>Armenien</p>
    <textarea>OVKS</textarea><input value="Putin"><select><option>Baku</option></select>
    <script>var OVKS = 1;</script><style>.Putin{}</style><noscript>Russland</noscript>
    <pre>Kasachstan</pre><code>Eriwan</code>
    <div hidden>Moskau</div><div aria-hidden="true">Kreml</div>
    <div contenteditable="true">Nato</div><div contenteditable="false">EU</div>`;
  expect(blocksOf(html).map((t) => t.trim())).toEqual(["Armenien", "EU"]);
});

test("the tooltip's host is never read", () => {
  document.body.innerHTML = "<p>Armenien</p><randnotiz-tooltip>Putin</randnotiz-tooltip>";
  const host = document.querySelector("randnotiz-tooltip");
  expect(readBlocks(document.body, host).map((b) => b.text)).toEqual(["Armenien"]);
});

test("node offsets add up to the block text", () => {
  document.body.innerHTML = "<p>Wladimir <b>Putin</b> und <i>Tokajew</i></p>";
  const [block] = readBlocks(document.body, null);
  expect(block!.nodes.map((n) => n.data).join("")).toBe(block!.text);
  block!.nodes.forEach((node, i) => {
    expect(block!.text.slice(block!.starts[i], block!.starts[i]! + node.data.length)).toBe(node.data);
  });
});

test("inline tags that CSS lays out as blocks split where words would glue", () => {
  expect(
    blocksOf('<li><small style="display: block">Ausland</small><a href="#">Moskau: Nachtbusse</a></li>'),
  ).toEqual(["Ausland", "Moskau: Nachtbusse"]);
  // With a space between them, nothing can glue, and no style is looked up.
  expect(blocksOf('<li><small style="display: block">Ausland </small><a href="#">Moskau</a></li>')).toEqual([
    "Ausland Moskau",
  ]);
});
