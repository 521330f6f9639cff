// Content-script entry. Kept tiny: everything heavy is created lazily by the controller.
import { PageController } from "./controller";

const controller = new PageController();
controller.init().catch((error) => console.error("Randnotiz: could not start on this page.", error));
