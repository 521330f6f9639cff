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

/**
 * Club names that put a nickname after the city (Nürnberg Ice Tigers, Straubing Tigers, Rostock Seawolves,
 * Krefeld Pinguine, Kassel Huskies, Würzburg Baskets): the German, Austrian and Swiss cities' names take
 * them as "not before" words (data: 32 KB of the stored matcher for 22 words, so only the leagues' own).
 */
export const CLUB_NICKNAMES = [
  ...["Ice", "Tigers", "Towers", "Baskets", "Seawolves", "Pinguine", "Roosters", "Falcons", "Huskies"],
  ...["Giants", "Lions", "Panthers"],
];
/** Words around a city's name that make it another name, by alias text. */
export const CITY_NAME_RULES: Record<string, { notAfter?: string[]; notBefore?: string[]; needs?: true }> = {
  // Also a noun (die Weiden, the pastures; worms), an actor's or a physicist's surname (Jon Hamm, Edward
  // Witten), an English village (Herne): only where the page names the country, the state or a neighbour.
  Weiden: { needs: true },
  Worms: { needs: true },
  Hamm: { needs: true },
  Witten: { needs: true },
  Herne: { needs: true },
  // Football clubs named after their city ("Hannover 96"); clubs whose name puts a word before the city
  // are OF_PHRASES' (src/core/match/names.ts).
  Hannover: { notBefore: ["96"] },
  // TSV 1860 München.
  München: { notAfter: ["1860"] },
  Mainz: { notBefore: ["05"] },
  // KSV Hessen Kassel.
  Kassel: { notAfter: ["Hessen"] },
  Darmstadt: { notBefore: ["98"] },
  // The tennis player.
  Osaka: { notAfter: ["Naomi"] },
  // "Frankfurt (Oder)" and "Frankfurt an der Oder" are another city.
  Frankfurt: { notBefore: ["an", "Oder"] },
};
