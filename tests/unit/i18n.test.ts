// Every UI string comes from _locales: both locales hold the same keys, every __MSG_x__ in the manifest
// and every key the code names exists, and substitutions line up between languages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDate, resolveLang, translator } from "../../src/ui/i18n";

const ROOT = join(__dirname, "../..");
type Catalog = Record<string, { message: string }>;
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const LOCALES = readdirSync(join(ROOT, "assets/_locales"));
const catalogs: Record<string, Catalog> = Object.fromEntries(
  LOCALES.map((lang) => [lang, JSON.parse(read(`assets/_locales/${lang}/messages.json`)) as Catalog]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Keys the code asks for: t("x"), translate("x"), getMessage("x"), and string literals named like keys. */
function keysUsedIn(source: string): string[] {
  const calls = [...source.matchAll(/\b(?:t|translate|getMessage)\(\s*["'`]([A-Za-z0-9_@]+)["'`]/g)];
  // Lookup tables (type → key) hold keys as plain literals; the prefixes are reserved for message keys.
  const literals = [...source.matchAll(/["'`]((?:popup|tooltip|command)[A-Z][A-Za-z0-9_]*)["'`]/g)];
  return [...new Set([...calls, ...literals].map((m) => m[1]!))];
}

test("German and English exist and hold exactly the same keys", () => {
  expect(LOCALES.sort()).toEqual(["de", "en"]);
  const en = Object.keys(catalogs.en!).sort();
  for (const lang of LOCALES) {
    const keys = Object.keys(catalogs[lang]!).sort();
    expect({ lang, missing: en.filter((k) => !keys.includes(k)) }).toEqual({ lang, missing: [] });
    expect({ lang, extra: keys.filter((k) => !en.includes(k)) }).toEqual({ lang, extra: [] });
  }
});

test("every message is a non-empty string under a key the browsers accept", () => {
  for (const lang of LOCALES) {
    for (const [key, entry] of Object.entries(catalogs[lang]!)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof entry.message === "string" && entry.message.trim().length > 0).toBe(true);
    }
  }
});

test("substitutions ($1…$9) are the same in every language", () => {
  const subs = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
  for (const [key, entry] of Object.entries(catalogs.en!)) {
    for (const lang of LOCALES) {
      const other = catalogs[lang]![key];
      if (other)
        expect({ key, lang, subs: subs(other.message) }).toEqual({ key, lang, subs: subs(entry.message) });
    }
  }
});

test("every __MSG_x__ in manifest.json has a message in every locale", () => {
  const manifest = read("manifest.json");
  const used = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
  expect(used.length).toBeGreaterThan(0);
  for (const lang of LOCALES) {
    expect({ lang, missing: used.filter((k) => !Object.hasOwn(catalogs[lang]!, k)) }).toEqual({
      lang,
      missing: [],
    });
  }
  expect(Object.hasOwn(catalogs.en!, "extName")).toBe(true);
});

test("every key the code uses exists", () => {
  const missing: string[] = [];
  let count = 0;
  for (const file of sourceFiles("src")) {
    for (const key of keysUsedIn(read(file))) {
      count++;
      if (!Object.hasOwn(catalogs.en!, key)) missing.push(`${file}: ${key}`);
    }
  }
  expect(count).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

test("the key scan would catch a missing key", () => {
  expect(keysUsedIn(`t("popupNoSuchKey"); const K = { a: "tooltipGone" }; x.t('extName')`)).toEqual([
    "popupNoSuchKey",
    "extName",
    "tooltipGone",
  ]);
});

describe("translator", () => {
  test("substitutes $1…$9 and falls back to English, then to the key", () => {
    expect(translator("en")("reviewCount", "3", "7")).toBe("3 of 7 highlights");
    expect(translator("de")("reviewCount", "3", "7")).toBe("3 von 7 Stellen");
    // biome-ignore lint/suspicious/noExplicitAny: a key the type forbids, on purpose.
    expect(translator("de")("noSuchKey" as any)).toBe("noSuchKey");
  });

  test("the language setting wins over the browser's, auto follows the browser", () => {
    expect(resolveLang("auto", "de-AT")).toBe("de");
    expect(resolveLang("auto", "fr")).toBe("en");
    expect(resolveLang("en", "de")).toBe("en");
    expect(formatDate("2022-11-27", "de")).toBe("27.11.2022");
  });
});

test("the content script names only tooltip* keys: the build ships it no others", () => {
  const used = sourceFiles("src/content").flatMap((path) => keysUsedIn(read(path)));
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((key) => !key.startsWith("tooltip"))).toEqual([]);
});
