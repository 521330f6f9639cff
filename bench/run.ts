// npm run bench: the matcher's speed, its identity with the matcher before the scanner, and precision and the anchoring costs (Node), then the page benchmark
// (headless Chromium, then Firefox ESR) and its lower bound (FLOOR + the matcher alone, both browsers), the review-page benchmark and the reader's entries at scale (headless Chromium), then name discovery's
// quality and speed (Node; it starts a process of its own for a cold start), in one run.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { benchDiscoverPage } from "./discover-page";
import { benchEntries } from "./entries";
import { benchFirefox } from "./firefox";
import { runIdentity } from "./identity";
import { benchImport } from "./import";
import { benchKeeping } from "./keeping";
import { runLowerBoundBench } from "./lower-bound";
import { runMatchBench } from "./match";
import { runPageBench } from "./page";
import { benchPrecision } from "./precision";
import { benchReview } from "./review";

await runMatchBench();
if (!runIdentity()) process.exitCode = 1;
benchPrecision();
// bench/anchor.ts measures as it loads.
await import("./anchor");
await runPageBench();
await benchFirefox();
await runLowerBoundBench();
await benchReview();
benchKeeping();
await benchEntries();
await benchImport();
await benchDiscoverPage();
console.log("\n## Name discovery\n");
process.stdout.write(
  execFileSync(process.execPath, [...process.execArgv, join(import.meta.dirname, "discover.ts")], {
    maxBuffer: 16 * 1024 * 1024,
  }),
);
