// npm run package: zips build/chrome and build/firefox into dist/randnotiz-<version>-<target>.zip.
// npm run lint:ext: web-ext lint on build/firefox; any error or warning fails, except the few listed below.
// Usage: tsx scripts/package.ts [--out DIR]   |   tsx scripts/package.ts --lint [DIR]
// Both run web-ext from node_modules through its programmatic API, which never checks for updates, so
// nothing here needs the network.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const TARGETS = ["chrome", "firefox"] as const;
type Target = (typeof TARGETS)[number];

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintOutput {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
interface WebExtCmd {
  build(
    params: {
      sourceDir: string;
      artifactsDir: string;
      overwriteDest: boolean;
      filename: string;
      ignoreFiles: string[];
    },
    options: { showReadyMessage: boolean },
  ): Promise<{ extensionPath: string }>;
  lint(
    params: { sourceDir: string; artifactsDir: string; output: "none" },
    options: { shouldExitProgram: boolean },
  ): Promise<LintOutput>;
}

/** web-ext ships no type declarations; a non-literal specifier keeps tsc from asking for them. */
async function webExt(): Promise<WebExtCmd> {
  const specifier = "web-ext";
  const module: { cmd: WebExtCmd } = await import(specifier);
  return module.cmd;
}

/** In the build but not needed at run time: the drawing the icon PNGs are rendered from (scripts/icons.ts). */
const NOT_SHIPPED = ["icons/icon.svg"];

/**
 * Lint warnings that are wrong for Randnotiz, each matched narrowly (code, file and the text it points at)
 * so that any other warning of the same code still fails. The README's "Permissions and store release"
 * says why each is wrong.
 */
const ACCEPTED: {
  code: string;
  why: string;
  matches: (w: LintMessage, source: (file: string) => string) => boolean;
}[] = [
  {
    // Preact's renderer sets innerHTML only for a dangerouslySetInnerHTML prop, which biome.json forbids
    // in our code (security/noDangerouslySetInnerHtml), so the branch never runs.
    code: "UNSAFE_VAR_ASSIGNMENT",
    why: "Preact's dangerouslySetInnerHTML branch (never used: Biome forbids the prop)",
    matches: (w, source) => {
      if (!w.file || w.line === undefined || w.column === undefined) return false;
      // Minified, but a template literal (the tooltip's stylesheet) keeps its line breaks.
      const line = source(w.file).split("\n")[w.line - 1] ?? "";
      const at = line.slice(w.column - 1, w.column + 40);
      return /^[\w$]+\.innerHTML=[\w$]+\.__html[),]/.test(at);
    },
  },
  {
    // The key only declares that nothing is collected; an Android release that predates it loses nothing.
    code: "KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION",
    why: "data_collection_permissions (declares no collection) is unknown to Firefox for Android < 142",
    matches: (w) => w.file === "manifest.json" && w.description.includes("data_collection_permissions"),
  },
];

function packageVersion(): string {
  return JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/** Refuses a missing, stale or dirty build: the zip must be what `npm run build` makes for this version. */
function checkBuild(target: Target, version: string): string {
  const dir = join(ROOT, "build", target);
  if (!existsSync(join(dir, "manifest.json"))) throw new Error(`${dir} is missing: run npm run build first.`);
  const manifestVersion = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).version;
  if (manifestVersion !== version) {
    throw new Error(`build/${target} is version ${manifestVersion}, package.json ${version}: rebuild.`);
  }
  const stray = filesUnder(dir).filter((file) => /\.(map|ts|tsx)$|(^|\/)tests?\//.test(file));
  if (stray.length > 0)
    throw new Error(`build/${target} holds files no store should get: ${stray.join(", ")}`);
  return dir;
}

async function packageAll(outDir: string): Promise<string[]> {
  const cmd = await webExt();
  const version = packageVersion();
  const written: string[] = [];
  for (const target of TARGETS) {
    const sourceDir = checkBuild(target, version);
    const { extensionPath } = await cmd.build(
      {
        sourceDir,
        artifactsDir: outDir,
        overwriteDest: true,
        filename: `randnotiz-${version}-${target}.zip`,
        ignoreFiles: NOT_SHIPPED,
      },
      { showReadyMessage: false },
    );
    written.push(extensionPath);
  }
  return written;
}

function describe(w: LintMessage): string {
  const where = w.file ? ` (${w.file}${w.line ? `:${w.line}:${w.column ?? 0}` : ""})` : "";
  return `${w.code}${where}: ${w.message}`;
}

/** Lints build/firefox, or `dir` (a copy to try the accepted list on). */
async function lintFirefox(dir?: string): Promise<boolean> {
  const cmd = await webExt();
  const sourceDir = dir ?? checkBuild("firefox", packageVersion());
  const output = await cmd.lint(
    // artifactsDir only tells web-ext which folder to skip; none is written.
    { sourceDir, artifactsDir: join(ROOT, "dist"), output: "none" },
    { shouldExitProgram: false },
  );
  const cache = new Map<string, string>();
  const source = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFileSync(join(sourceDir, file), "utf8"));
    return cache.get(file) ?? "";
  };
  const accepted = output.warnings.filter((w) =>
    ACCEPTED.some((a) => a.code === w.code && a.matches(w, source)),
  );
  const warnings = output.warnings.filter((w) => !accepted.includes(w));
  for (const w of accepted) {
    console.log(`accepted ${describe(w)}: ${ACCEPTED.find((a) => a.code === w.code)?.why}`);
  }
  for (const n of output.notices) console.log(`notice ${describe(n)}`);
  for (const w of warnings) console.error(`warning ${describe(w)}\n  ${w.description}`);
  for (const e of output.errors) console.error(`error ${describe(e)}\n  ${e.description}`);
  console.log(
    `web-ext lint ${relative(ROOT, sourceDir)}: ${output.errors.length} errors, ${warnings.length} warnings.`,
  );
  return output.errors.length === 0 && warnings.length === 0;
}

async function main(): Promise<void> {
  const lint = process.argv.indexOf("--lint");
  if (lint > 0) {
    if (!(await lintFirefox(process.argv[lint + 1]))) process.exit(1);
    return;
  }
  const outFlag = process.argv.indexOf("--out");
  const outDir = outFlag > 0 ? (process.argv[outFlag + 1] ?? "") : join(ROOT, "dist");
  if (!outDir) throw new Error("--out needs a folder");
  for (const path of await packageAll(outDir)) console.log(`Wrote ${relative(process.cwd(), path)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
