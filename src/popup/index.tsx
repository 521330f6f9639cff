// Toolbar popup entry (placeholder until the popup issue): shows the name so the action is not blank.
import { render } from "preact";
import { t } from "../platform/browser";

const app = document.getElementById("app");
if (app) render(<h1>{t("extName")}</h1>, app);
