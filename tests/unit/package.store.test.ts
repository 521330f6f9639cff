// The store listing texts (store/<lang>/) are complete in both languages, fit the stores' limits, and
// justify exactly the permissions manifest.json asks for: a new permission needs its reason written first.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const LANGUAGES = ["de", "en"];
/** The Chrome Web Store's limit for the summary line (and the manifest description). */
const SHORT_LIMIT = 132;

interface SourceManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const manifest: SourceManifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
/** Per-browser keys merged in at build time (scripts/build.ts): Chrome's offscreen permission is one. */
const targets: Record<string, SourceManifest> = JSON.parse(
  readFileSync(join(ROOT, "scripts/manifest-targets.json"), "utf8"),
);
const read = (lang: string, file: string) => readFileSync(join(ROOT, "store", lang, file), "utf8");

/** Everything a reviewer asks to have justified: API permissions and every host pattern, optional or not. */
function requested(): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...Object.values(targets).flatMap((target) => target.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ].filter((name, i, all) => all.indexOf(name) === i);
}

/** The `code` names in each "## " heading of permissions.md, with the text under that heading. */
function justified(lang: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const section of read(lang, "permissions.md").split(/^## /m).slice(1)) {
    const [heading = "", ...body] = section.split("\n");
    for (const [, name] of heading.matchAll(/`([^`]+)`/g)) sections.set(name!, body.join("\n").trim());
  }
  return sections;
}

test("the permissions read from the manifest include storage and contextMenus", () => {
  expect(requested()).toEqual(expect.arrayContaining(["storage", "contextMenus"]));
});

test.each(LANGUAGES)("%s: every requested permission has a justification of a few sentences", (lang) => {
  const sections = justified(lang);
  for (const name of requested()) {
    expect([name, (sections.get(name) ?? "").length > 120]).toEqual([name, true]);
  }
});

test.each(LANGUAGES)("%s: no justification for a permission the manifest does not ask for", (lang) => {
  const wanted = requested();
  expect([...justified(lang).keys()].filter((name) => !wanted.includes(name))).toEqual([]);
});

test.each(LANGUAGES)("%s: the short description fits the store's 132-character limit", (lang) => {
  const short = read(lang, "short-description.txt").trim();
  expect(short.length).toBeGreaterThan(40);
  expect(short.length).toBeLessThanOrEqual(SHORT_LIMIT);
  expect(short).not.toContain("\n");
});

test.each(LANGUAGES)("%s: long description and single purpose are written", (lang) => {
  const long = read(lang, "long-description.txt");
  expect(long.length).toBeGreaterThan(1000);
  // The privacy promise is part of the listing in both languages.
  expect(long).toMatch(lang === "de" ? /keine Netzwerkanfragen/ : /no network requests/);
  expect(read(lang, "single-purpose.txt").trim().length).toBeGreaterThan(80);
});

test("the manifest description fits the Chrome Web Store's 132 characters in every language", () => {
  for (const lang of LANGUAGES) {
    const messages = JSON.parse(readFileSync(join(ROOT, "assets/_locales", lang, "messages.json"), "utf8"));
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(SHORT_LIMIT);
  }
});
