// Toolbar popup entry. Also works as a tab or detached window: popup.html?tab=ID describes tab ID.
import { render } from "preact";
import { PopupContainer } from "./PopupContainer";

const app = document.getElementById("app");
if (app) render(<PopupContainer search={location.search} />, app);
