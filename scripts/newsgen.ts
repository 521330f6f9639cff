// Generates realistic news-site pages of a chosen text size for benchmarks and stress tests: site chrome,
// teasers and many articles whose sentences mix known names with ordinary German and English prose.
// Deterministic (seeded), so every run measures the same page.

const NAMES = [
  "Russland",
  "Russlands",
  "Armenien",
  "Aserbaidschan",
  "Kasachstan",
  "OVKS",
  "OVKS-Truppen",
  "Putin",
  "Wladimir Putin",
  "Peskow",
  "Tokajew",
  "Paschinjan",
  "Bergkarabach",
  "Berg-Karabach",
  "EU",
  "Nato",
  "Moskau",
  "Eriwan",
  "Baku",
  "Kreml",
  "Ukraine-Krieg",
  "Belarus",
  "Kirgistan",
  "Tadschikistan",
  "Russia",
  "Armenia",
  "Azerbaijan",
  "Kazakhstan",
  "CSTO",
  "Nagorno-Karabakh",
  "Kremlin",
  "Moscow",
];
const WORDS = (
  "die der das und mit von für über nach bei Regierung Woche Bericht sagte erklärte Minister Sprecher Verhandlungen " +
  "Grenze Region Truppen Abkommen Konferenz Stadt Wirtschaft Preise Wahlen Parlament Opposition Gespräche Gipfel " +
  "Sicherheit Bündnis Nachbarland Mittwoch Sonntag Januar Oktober Zeitung Agentur weiterhin deutlich zunächst " +
  "government minister talks border summit week said officials report market prices election agreement region"
).split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number): string {
  const words: string[] = [];
  const n = 8 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) {
    words.push(
      next() < 0.08 ? NAMES[Math.floor(next() * NAMES.length)]! : WORDS[Math.floor(next() * WORDS.length)]!,
    );
  }
  const s = words.join(" ");
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(next: () => number): string {
  const parts: string[] = [];
  const n = 3 + Math.floor(next() * 4);
  for (let i = 0; i < n; i++) parts.push(sentence(next));
  // Some inline markup, as real articles have.
  if (next() < 0.3) parts.splice(1, 0, `<a href="#">${sentence(next)}</a>`);
  if (next() < 0.2) parts.splice(2, 0, `<em>${sentence(next)}</em>`);
  return `<p>${parts.join(" ")}</p>`;
}

export interface GeneratedPage {
  html: string;
  paragraphs: number;
}

/** One paragraph of about `textBytes` characters with no markup at all: the worst case for slicing. */
export function giantParagraphPage(textBytes: number, seed = 7): string {
  const next = rng(seed);
  const parts: string[] = [];
  for (let size = 0; size < textBytes; ) {
    const s = sentence(next);
    parts.push(s);
    size += s.length + 1;
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Absatz</title></head><body><p>${parts.join(" ")}</p></body></html>`;
}

/** A page with about `textBytes` characters of text, or exactly `paragraphs` paragraphs when given. */
export function newsPage(options: { textBytes?: number; paragraphs?: number; seed?: number }): GeneratedPage {
  const next = rng(options.seed ?? 42);
  const body: string[] = [];
  let size = 0;
  let count = 0;
  const done = () =>
    options.paragraphs !== undefined ? count >= options.paragraphs : size >= (options.textBytes ?? 200_000);
  while (!done()) {
    if (count % 12 === 0) body.push(`</section><section class="story"><h2>${sentence(next)}</h2>`);
    const p = paragraph(next);
    body.push(p);
    size += p.replace(/<[^>]+>/g, "").length;
    count++;
  }
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Nachrichten</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}
aside{border:1px solid #ccc;padding:.5rem}</style></head><body>
<header><h1>Der Tagesbote</h1><nav><a href="#">Politik</a><a href="#">Ausland</a><a href="#">Wirtschaft</a></nav></header>
<aside><h3>Meistgelesen</h3><ul><li><a href="#">Moskau: Winterfahrplan</a></li><li><a href="#">EU-Gipfel vertagt</a></li></ul></aside>
<main><section class="story">${body.join("\n")}</section></main>
<footer><p>Impressum · Datenschutz</p><textarea>OVKS Putin</textarea><script>window.cfg={tags:["OVKS"]}</script></footer>
</body></html>`;
  return { html, paragraphs: count };
}

/**
 * `count` made-up two-word names ([first, last]) from `syllables`, seeded: stand-ins for a reader's own
 * entries in the bench and tests. With the default syllables none of them occurs in the generated pages.
 */
export function madeUpNames(
  count: number,
  seed: number,
  syllables: readonly string[] = [
    "ka",
    "ro",
    "mi",
    "ne",
    "lu",
    "ta",
    "sch",
    "ber",
    "ger",
    "wald",
    "stein",
    "ov",
    "ski",
    "an",
  ],
): Array<[string, string]> {
  let x = seed;
  const pick = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const word = () => {
    let s = "";
    for (let i = 0, k = 2 + pick(3); i < k; i++) s += syllables[pick(syllables.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return Array.from({ length: count }, () => [word(), word()]);
}
