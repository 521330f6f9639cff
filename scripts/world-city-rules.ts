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
 * Sports clubs whose name puts a word before their place's name: the abbreviations of club kinds (FC, SV,
 * VfB, HTHC, …) and the club names' own words (Borussia Dortmund, Eintracht Frankfurt, Union Berlin, Inter
 * Mailand, KSV Hessen Kassel). A club named by its place alone ("gegen Augsburg") still names the place.
 * Given to the names of the German, Austrian and Swiss cities and of the German states: as data, because
 * the page-side matcher's code has no room for a pattern (docs/world-pack.md).
 */
export const CLUB_WORDS = [
  "FC",
  "SC",
  "SV",
  "RB",
  "VfB",
  "VfL",
  "TSV",
  "KSV",
  "MSV",
  "BSC",
  "HTHC",
  "TSG",
  // Handball, ice hockey and basketball (THW Kiel, HSV Hamburg, HC Erlangen, EHC Red Bull München, Adler
  // Mannheim, Grizzlys Wolfsburg, Löwen Frankfurt, Telekom Baskets Bonn, Niners Chemnitz).
  "THW",
  "HSV",
  "HSG",
  "HC",
  "SG",
  "TBV",
  "EHC",
  "ERC",
  "TuS",
  "SpVgg",
  "SSV",
  "FSV",
  "Bull",
  "Adler",
  "Grizzlys",
  "Löwen",
  "Skyliners",
  "Baskets",
  "Niners",
  "Riesen",
  "Pinguins",
  "Bayer",
  "Borussia",
  "Eintracht",
  "Fortuna",
  "Dynamo",
  "Arminia",
  "Union",
  "Werder",
  "Bayern",
  "Rot-Weiss",
  "Rot-Weiß",
  // Football clubs whose own word comes before the place (Holstein Kiel, Hansa Rostock, Alemannia Aachen,
  // Preußen Münster, Kickers Offenbach, Jahn Regensburg, Sturm Graz, LASK Linz, TSV 1860 München).
  "Holstein",
  "Hansa",
  "Energie",
  "Alemannia",
  "Preußen",
  "Kickers",
  "Wacker",
  "Sturm",
  "Austria",
  "LASK",
  "Jahn",
  "Greuther",
  "Viktoria",
  "Lok",
  "Chemie",
  "Wehen",
  "1860",
];
/**
 * Club names that put an English nickname after the city (Nürnberg Ice Tigers, Hamburg Towers, Iserlohn
 * Roosters, Krefeld Pinguine): given to the German, Austrian and Swiss cities' names as "not before" words.
 */
export const CLUB_NICKNAMES = [
  "Ice",
  "Tigers",
  "Towers",
  "Baskets",
  "Seawolves",
  "Roosters",
  "Pinguine",
  "Panthers",
  "Falcons",
  "Steelers",
  "Giants",
  "Lions",
  "Capitals",
  "Titans",
  "Dragons",
  "Knights",
  "Phantoms",
  "Rhinos",
  "Eagles",
  "Razorbacks",
  "Huskies",
  "Dolphins",
];
/** The same for the other European cities, whose clubs German pages name "FC Barcelona", "Inter Mailand". */
export const EUROPEAN_CLUB_WORDS = ["FC", "AC", "Inter", "Dynamo", "Zenit"];

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
  Mainz: { notBefore: ["05"] },
  // KSV Hessen Kassel.
  Kassel: { notAfter: ["Hessen"] },
  Darmstadt: { notBefore: ["98"] },
  // The tennis player.
  Osaka: { notAfter: ["Naomi"] },
  // "Frankfurt (Oder)" and "Frankfurt an der Oder" are another city.
  Frankfurt: { notBefore: ["an", "Oder"] },
};
