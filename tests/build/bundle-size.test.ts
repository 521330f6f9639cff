// The content script is loaded on every page the reader opens: it stays under 61 KB gzipped, fact base
// included (60 KB until the page identity rules and the unique-quote anchoring rules of docs/page-identity.md
// and docs/anchoring.md, about 1.1 KB, which must run where the page is). Heavy, optional code (the review
// page, anything on demand) must live in other bundles.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "../..");
const LIMIT = 61 * 1024;

test.each(["chrome", "firefox"])("the %s content script is at most 61 KB gzipped", (target) => {
  const path = join(ROOT, "build", target, "content.js");
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first (npm test does).`);
  const gzipped = gzipSync(readFileSync(path), { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(LIMIT);
  // The review page's code is not in it.
  expect(readFileSync(path, "utf8")).not.toContain("randnotiz:review-ready");
});
