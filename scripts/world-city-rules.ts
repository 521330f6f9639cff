// The cities' precision rules and the few everyday names the data packages lack (docs/world-pack.md).
// Every rule here has a case in tests/unit/precision.world.test.ts.
import type { Alias } from "../src/core/factbase/schema";

/** Names news uses that GeoNames, Destatis and CLDR lack, by the city's GeoNames name. */
export const EXTRA_CITY_NAMES: Record<string, Array<{ text: string; lang: Alias["lang"] }>> = {
  "New York City": [
    // English: the open longer-name rule keeps "New York Times" and "New York Yankees" out.
    { text: "New York", lang: "en" },
    { text: "NYC", lang: "any" },
  ],
  "Frankfurt am Main": [{ text: "Frankfurt", lang: "any" }],
  Köln: [{ text: "Cologne", lang: "en" }],
  Nürnberg: [{ text: "Nuremberg", lang: "en" }],
  Hannover: [{ text: "Hanover", lang: "en" }],
  Milan: [{ text: "Mailand", lang: "de" }],
  Genève: [
    { text: "Genf", lang: "de" },
    { text: "Geneva", lang: "en" },
  ],
  "Saint Petersburg": [
    { text: "St. Petersburg", lang: "any" },
    { text: "St Petersburg", lang: "en" },
  ],
};

/** Words around a city's name that make it another name, by alias text. */
export const CITY_NAME_RULES: Record<string, { notAfter?: string[]; notBefore?: string[] }> = {
  // Football clubs named after their city ("Hannover 96"); clubs whose name puts a word before the city
  // are OF_PHRASES' (src/core/match/names.ts).
  Hannover: { notBefore: ["96"] },
  // The tennis player.
  Osaka: { notAfter: ["Naomi"] },
  // "Frankfurt (Oder)" and "Frankfurt an der Oder" are another city.
  Frankfurt: { notBefore: ["an", "Oder"] },
};
