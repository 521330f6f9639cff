// npm run bench: the matcher benchmark (Node) and the page benchmark (headless Chromium), in one run.
import { runMatchBench } from "./match";
import { runPageBench } from "./page";

await runMatchBench();
await runPageBench();
