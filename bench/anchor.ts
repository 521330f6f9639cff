// tsx bench/anchor.ts: cost of re-anchoring saved highlights on a 1 MB page text (the seed and English demo
// articles amid other text made of their words), per path.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { anchorQuote, describeQuote } from "../src/core/anchor";
import type { SavedQuote } from "../src/core/anchor/types";

const root = join(import.meta.dirname, "..");
const seed = readFileSync(join(root, "assets/factbase/seed.txt"), "utf8");
const html = readFileSync(join(root, "assets/demo/en.html"), "utf8");
const english = html
  .slice(html.indexOf("<article>"), html.indexOf("</article>"))
  .replace(/<svg[\s\S]*?<\/svg>/g, "")
  .replace(/<[^>]+>/g, "");

/** The two articles in the middle of `bytes` of other text made of their words in random order. */
function page(bytes: number): string {
  const words = `${seed} ${english}`.split(/\s+/).filter(Boolean);
  let x = 12345;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  const filler = (n: number) => {
    const out: string[] = [];
    for (let len = 0; len < n; ) {
      const w = words[Math.floor(next() * words.length)]!;
      out.push(w, next() < 0.1 ? "\n" : " ");
      len += w.length + 1;
    }
    return out.join("");
  };
  const half = (bytes - seed.length - english.length) / 2;
  return `${filler(half)}\n${seed}\n${english}\n${filler(half)}`;
}

function time(label: string, text: string, quote: SavedQuote, runs = 20): void {
  anchorQuote(text, quote);
  const ts: number[] = [];
  let state = "";
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    state = anchorQuote(text, quote).state;
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  const med = ts[Math.floor(ts.length / 2)]!;
  console.log(
    `${label.padEnd(48)} ${state.padEnd(7)} median ${med.toFixed(3)} ms   max ${ts.at(-1)!.toFixed(3)} ms`,
  );
}

const text = page(1_000_000);
const mid = text.indexOf(seed);
const at = (needle: string) => text.indexOf(needle, mid);
const q = (needle: string) => describeQuote(text, at(needle), at(needle) + needle.length);
const sentence = "die OVKS erfülle ihren Zweck";
const word = "Peskow";
const long =
  "Putin hatte daraufhin Truppen in das Nachbarland entsandt und erklärt, er werde dort keine Revolution zulassen.";
const AD = "Anzeige: Jetzt im Abo lesen, nur heute 9,99 Euro.\n";
const moved = text.slice(0, mid) + AD + text.slice(mid);
const deleted = (s: string) => text.replace(text.slice(at(s) - 40, at(s) + s.length + 40), "");
const edited = (s: string, from: string, to: string) =>
  text.slice(0, at(s)) + text.slice(at(s)).replace(from, to);

console.log(`anchor bench: page text ${(text.length / 1e6).toFixed(2)} M UTF-16 units`);
time("unchanged, sentence fragment", text, q(sentence));
time("unchanged, one word", text, q(word));
time("moved (ad inserted before), fragment", moved, q(sentence));
time("moved (ad inserted before), one word", moved, q(word));
time("moved, common word 'die' (thousands of hits)", moved, q("die"));
time("typo fixed inside (fuzzy, found in window)", edited(long, "Nachbarland", "Nachbarlande"), q(long), 10);
time("word changed, ad inserted (fuzzy)", AD + edited(sentence, "erfülle", "erfüllt"), q(sentence), 10);
time(
  "re-whitespaced fragment (fuzzy)",
  edited(sentence, "OVKS erfülle", "OVKS\n      erfülle"),
  q(sentence),
  10,
);
time("sentence deleted (orphan, whole-text pass)", deleted(sentence), q(sentence), 5);
time("one word, sentence deleted (orphan)", deleted(word), q(word), 5);
time("long quote deleted (orphan)", deleted(long), q(long), 5);
