// npm run bench: the matcher's speed and precision and the anchoring costs (Node), then the page benchmark
// and the review-page benchmark (headless Chromium), in one run.
import { runMatchBench } from "./match";
import { runPageBench } from "./page";
import { benchPrecision } from "./precision";
import { benchReview } from "./review";

await runMatchBench();
benchPrecision();
// bench/anchor.ts measures as it loads.
await import("./anchor");
await runPageBench();
await benchReview();
