// Content-script entry. Kept tiny: everything heavy is created lazily by the controller.
import { PageController } from "./controller";

// Where our start-up begins, for bench/entries.ts (start-up with and without the reader's entries).
performance.mark("randnotiz:start");
const controller = new PageController();
controller.init().catch((error) => console.error("Randnotiz: could not start on this page.", error));
