// Conventions a reviewer would otherwise check by eye (docs/architecture.md): comments cite docs/, not a
// design document outside the repository or the project's history; one source for each shared piece of
// vocabulary; every lint exception says why. Each rule names the files that break it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
// Fixtures are other people's text; tests/reference/match is the matcher kept exactly as it shipped
// (tests/reference/match/README.md), comments included.
const SKIP = ["node_modules", "build", "tests/fixtures", "tests/reference"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (SKIP.includes(path)) continue;
    if (entry.isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx|cjs|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

const code = ["src", "scripts", "bench", "tests", "types"].flatMap(sources);
const text = new Map(code.map((path) => [path, readFileSync(join(ROOT, path), "utf8")]));
/** The files (of `paths`) whose text matches `pattern`. */
const matching = (pattern: RegExp, paths: readonly string[] = code) =>
  paths.filter((path) => pattern.test(text.get(path)!));
const under = (dir: string) => code.filter((path) => path.startsWith(`${dir}/`));

describe("comments cite docs/, not what a newcomer cannot look up", () => {
  test("the source finds its own files (the rules below would pass on nothing otherwise)", () => {
    expect(code).toContain("src/core/invisible.ts");
    expect(code).toContain("tests/unit/conventions.test.ts");
    expect(code.some((path) => path.startsWith("tests/reference/"))).toBe(false);
  });

  test("no comment cites the design document outside the repository", () => {
    expect(matching(/\bDESIGN\b/)).toEqual([]);
  });

  test("no comment tells history", () => {
    const history =
      /\b(before|after|since|until) (issue|stop) \d+|\b(last|previous|earlier|this) session\b|\bas of issue \d+/i;
    expect(matching(history)).toEqual([]);
  });
});

describe("one source for each piece of shared vocabulary", () => {
  test("the invisible characters are listed once (src/core/invisible.ts)", () => {
    expect(matching(/0x200b|\\u200b/i, under("src"))).toEqual(["src/core/invisible.ts"]);
  });

  test("the anchor states are written once (src/core/anchor/types.ts)", () => {
    expect(
      matching(/["']exact["'],\s*["']fuzzy["']|["']exact["']\s*\|\s*["']fuzzy["']/, under("src")),
    ).toEqual(["src/core/anchor/types.ts"]);
  });

  test("an error's message is worded in one place (src/core/errors.ts)", () => {
    expect(matching(/instanceof Error \?/, under("src"))).toEqual(["src/core/errors.ts"]);
  });

  test("NameKind is defined once", () => {
    expect(matching(/\btype NameKind\s*=/)).toEqual(["src/core/discover/types.ts"]);
  });

  test("the scanner's tables are never filled by a call whose answer is dropped", () => {
    // cls(c) fills the lazy tables as it answers; a bare `cls(c);` hides that the next line needs it.
    expect(matching(/^\s*cls\([^)]*\);/m, under("src"))).toEqual([]);
  });

  test("review tabs take download() from its own module, not from a store", () => {
    expect(
      matching(/import \{[^}]*\bdownload\b[^}]*\} from "\.\/(?!download")/, under("src/review")),
    ).toEqual([]);
  });
});

describe("knip.jsonc", () => {
  const lines = readFileSync(join(ROOT, "knip.jsonc"), "utf8").split("\n");

  test("every exception says why, in a comment above it", () => {
    const unexplained: string[] = [];
    let section: string | null = null;
    let explained = false;
    for (const line of lines) {
      const trimmed = line.trim();
      const opens = /^"(ignore\w*)":\s*[[{]/.exec(trimmed);
      if (opens) {
        section = opens[1]!;
        explained = false;
        continue;
      }
      if (section === null) continue;
      if (/^[\]}],?$/.test(trimmed)) section = null;
      else if (trimmed.startsWith("//")) explained = true;
      // An entry: explained by the comment right above it, or above the entries it is listed with.
      else if (trimmed.startsWith('"') && !explained) unexplained.push(trimmed);
      else if (trimmed === "") explained = false;
    }
    expect(lines.some((line) => /"ignore\w*":/.test(line))).toBe(true);
    expect(unexplained).toEqual([]);
  });
});

describe("docs/interfaces.md describes what the code does", () => {
  const docs = readFileSync(join(ROOT, "docs/interfaces.md"), "utf8");

  test("every message of the contract (src/platform/messages.ts) is listed", () => {
    const types = [
      ...text.get("src/platform/messages.ts")!.matchAll(/v\.literal\("(randnotiz:[\w-]+)"\)/g),
    ].map((m) => m[1]!);
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((type) => !docs.includes(`\`${type}\``))).toEqual([]);
  });

  test("every event the content script dispatches and every review-page mark is named", () => {
    const named = code
      .filter((path) => path.startsWith("src/"))
      .flatMap((path) => [
        ...text
          .get(path)!
          .matchAll(/new CustomEvent\("([\w:-]+)"|_MARK = "([\w:-]+)"|performance\.mark\("([\w:-]+)"/g),
      ])
      .map((m) => m[1] ?? m[2] ?? m[3]!);
    expect(named).toContain("randnotiz:annotated");
    expect(named.filter((name) => !new RegExp(`${name}(?![\\w:-])`).test(docs))).toEqual([]);
  });

  test("every address parameter the review page reads is described", () => {
    const params = under("src/review").flatMap((path) =>
      [...text.get(path)!.matchAll(/params\.get\("(\w+)"\)/g)].map((m) => m[1]!),
    );
    expect(params).toContain("q");
    expect(params.filter((p) => !new RegExp(`[?&]${p}=`).test(docs))).toEqual([]);
  });

  test("every storage key prefix the platform layer writes is in the storage table", () => {
    const keys = [...under("src/platform"), ...under("src/core"), ...under("src/background")].flatMap(
      (path) =>
        [...text.get(path)!.matchAll(/_KEY = "([\w:]+)"|_PREFIX = "(\w+:[\w:]*)"/g)].map(
          (m) => m[1] ?? m[2]!,
        ),
    );
    expect(keys).toEqual(expect.arrayContaining(["settings", "highlight:", "entry:", "tags:colours"]));
    expect(keys.filter((key) => !docs.includes(`\`${key}`))).toEqual([]);
  });
});
