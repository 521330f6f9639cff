// The store zips (scripts/package.ts) hold what the extension runs and nothing else: no source maps, no
// TypeScript, no tests, no drawings; and both manifests carry the version in package.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";

const ROOT = join(__dirname, "../..");
const VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const ENTRY_POINTS = ["background.js", "content.js", "popup.js", "review.js"];
const NEEDED = [
  /^manifest\.json$/,
  /^factbase\.json$/,
  /^(background|content|popup|review|discover|offscreen)\.js$/,
  // Discovery's German lists, read by the worker on the first German page (src/discover/worker.ts).
  /^discover-de\.json$/,
  /^[a-z-]+\.html$/,
  /^[a-z-]+\.css$/,
  /^icons\/\d+\.png$/,
  /^_locales\/[a-z]{2}(_[A-Z]{2})?\/messages\.json$/,
];

/** Reads a zip through its central directory: entry name to (inflated) content. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory");
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (!name.endsWith("/")) entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

interface Manifest {
  version: string;
  manifest_version: number;
  background: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  icons?: Record<string, string>;
  content_scripts?: { js?: string[]; css?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

function manifestIn(zip: Map<string, Buffer> | undefined): Manifest {
  const file = zip?.get("manifest.json");
  if (!file) throw new Error("no manifest.json in the zip");
  return JSON.parse(file.toString("utf8"));
}

/** Every file a manifest names: background, content scripts and styles, the popup, icons. */
function referencedBy(manifest: Manifest): string[] {
  const files = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  ];
  return files.filter((file): file is string => typeof file === "string");
}

let out = "";
const zips = new Map<string, Map<string, Buffer>>();

beforeAll(() => {
  if (!existsSync(join(ROOT, "build/chrome/manifest.json"))) {
    throw new Error("build/chrome is missing: run npm run build first (npm test does).");
  }
  out = mkdtempSync(join(tmpdir(), "randnotiz-package-"));
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/package.ts", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`scripts/package.ts failed:\n${run.stdout}\n${run.stderr}`);
  for (const name of readdirSync(out)) zips.set(name, readZip(readFileSync(join(out, name))));
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test("npm run package writes one zip per browser, named with the version", () => {
  expect([...zips.keys()].sort()).toEqual([
    `randnotiz-${VERSION}-chrome.zip`,
    `randnotiz-${VERSION}-firefox.zip`,
  ]);
});

test.each(["chrome", "firefox"])("the %s zip holds only what the extension needs", (target) => {
  const files = [...(zips.get(`randnotiz-${VERSION}-${target}.zip`)?.keys() ?? [])];
  expect(files.filter((file) => /\.map$|\.tsx?$|(^|\/)tests?\/|\.test\./.test(file))).toEqual([]);
  expect(files.filter((file) => !NEEDED.some((pattern) => pattern.test(file)))).toEqual([]);
  for (const entry of ENTRY_POINTS) expect(files).toContain(entry);
  expect(files).toEqual(
    expect.arrayContaining(["factbase.json", "discover-de.json", "_locales/en/messages.json"]),
  );
});

test.each(["chrome", "firefox"])("the %s zip has every file its manifest and pages name", (target) => {
  const zip = zips.get(`randnotiz-${VERSION}-${target}.zip`)!;
  const manifest = manifestIn(zip);
  const named = referencedBy(manifest);
  for (const [file, content] of zip) {
    if (!file.endsWith(".html")) continue;
    for (const match of content.toString("utf8").matchAll(/(?:src|href)="([^":]+)"/g)) named.push(match[1]!);
  }
  expect(named.length).toBeGreaterThan(8);
  expect(named.filter((file) => !zip.has(file))).toEqual([]);
  // And nothing the manifest leaves unnamed under icons/: a drawing is not an icon.
  const icons = [...zip.keys()].filter((file) => file.startsWith("icons/"));
  expect(icons.filter((file) => !named.includes(file))).toEqual([]);
});

test.each(["chrome", "firefox"])("the %s manifest carries the package.json version", (target) => {
  const manifest = manifestIn(zips.get(`randnotiz-${VERSION}-${target}.zip`));
  expect(manifest.version).toBe(VERSION);
  expect(manifest.manifest_version).toBe(3);
  if (target === "chrome") expect(manifest.background.service_worker).toBe("background.js");
  else expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
});
