// Saved-highlights review page entry: review.html?q=TEXT opens with the search box filled in.
import { render } from "preact";
import { ReviewContainer } from "./ReviewContainer";

const app = document.getElementById("app");
if (app) render(<ReviewContainer search={location.search} />, app);
