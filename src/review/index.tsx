// Review page entry: review.html?q=TEXT opens the highlights with the search box filled in;
// review.html?tab=entries opens "My entries" (with &add=NAME&aliases=A|B, its add form prefilled).
import { render } from "preact";
import { EntriesContainer } from "./EntriesContainer";
import { parseRequest } from "./entries-model";
import { ReviewContainer } from "./ReviewContainer";

const app = document.getElementById("app");
if (app)
  render(
    parseRequest(location.search).tab === "entries" ? (
      <EntriesContainer search={location.search} />
    ) : (
      <ReviewContainer search={location.search} />
    ),
    app,
  );
