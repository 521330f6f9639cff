// npm run bench: the matcher benchmark (Node), the page benchmark and the review-page benchmark (headless
// Chromium), in one run.
import { runMatchBench } from "./match";
import { runPageBench } from "./page";
import { benchReview } from "./review";

await runMatchBench();
await runPageBench();
await benchReview();
