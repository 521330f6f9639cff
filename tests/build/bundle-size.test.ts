// The content script is loaded on every page the reader opens: it stays under 60 KB gzipped, seed fact
// base included (the world pack's names arrive with the matcher the background stores). Heavy, optional
// code (the review page, anything on demand) must live in other bundles.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "../..");
const LIMIT = 60 * 1024;

test.each(["chrome", "firefox"])("the %s content script is at most 60 KB gzipped", (target) => {
  const path = join(ROOT, "build", target, "content.js");
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first (npm test does).`);
  const gzipped = gzipSync(readFileSync(path), { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(LIMIT);
  // The review page's code is not in it.
  expect(readFileSync(path, "utf8")).not.toContain("randnotiz:review-ready");
});
