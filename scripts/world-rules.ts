// The world pack's precision rules: which generated names need support on the page, which words around
// them make them part of another name, which are dropped, and the few everyday names the data packages
// lack. Every rule here has a case in tests/unit/precision.world.test.ts (docs/world-pack.md).

export interface NameRule {
  /**
   * The name counts only where the page also names a neighbour or the capital (a country), or the country
   * (a capital): "Jordan" the country, not Michael Jordan; "Victoria" the capital of the Seychelles.
   */
  needs?: true;
  /** Extra words that count as support (for "Washington": the White House). */
  words?: string[];
  notAfter?: string[];
  notBefore?: string[];
  /** Never a name of the world pack: two things share it, and neither is the usual reading. */
  drop?: true;
  /** Keep the diacritics: "Malé" must not become "Male". */
  noFold?: true;
  /** Only as written: no capitals form ("Rom", never "ROM"). */
  caseSensitive?: true;
}

/** Words before a German country's or state's name that make it its people (see Polen below). */
const DEMONYM_BEFORE = [
  ...["einen", "einem", "eines", "die", "den", "der", "des", "dem", "zwei", "drei", "vier", "fünf", "zehn"],
  ...["mehrere", "viele", "einige", "wenige", "beiden", "junge", "jungen", "alle", "sechs"],
  ...["Einen", "Einem", "Die", "Den", "Der", "Des", "Dem", "Zwei", "Drei", "Viele", "Einige", "Beide"],
];

/** By alias text as generated (before diacritics are folded). */
export const NAME_RULES: Record<string, NameRule> = {
  // Countries whose English name is also a person's, a word or a US state.
  Jordan: { needs: true, notAfter: ["Michael", "Jim", "Vernon", "Eddie", "Chris"] },
  Chad: { needs: true },
  Niger: { needs: true },
  Guinea: { needs: true, notAfter: ["New", "Equatorial", "Papua"] },
  Dominica: { needs: true },
  Micronesia: { needs: true },
  // Two states share these.
  Kongo: { drop: true },
  Congo: { drop: true },
  Korea: { drop: true },
  // Inside longer names of other places.
  Mexico: { notAfter: ["New"] },
  Mexiko: { notAfter: ["New"] },
  Sudan: { notAfter: ["South"] },
  Ireland: { notAfter: ["Northern"] },
  Irland: { notAfter: ["Nord"] },
  Samoa: { notAfter: ["American"] },
  "Republic of the Congo": { notAfter: ["Democratic"] },
  // Also the bird ("Turkey is best roasted…" at a sentence start).
  Turkey: {
    needs: true,
    words: ["Erdogan", "Erdoğan", "Istanbul", "Türkiye", "Turkish"],
    notBefore: ["Creek", "Day", "Trot", "Hill", "Point", "Run", "Island", "Bowl", "Shoot"],
  },
  // German for Iceland, and the English word "Island(s)".
  Island: { needs: true, words: ["Isländer", "Isländerin", "isländische", "isländischen"] },
  // "Rom" as written only: "CD-ROM", "ROM" are not Rome.
  Rom: { caseSensitive: true },
  // The pronoun in capitals: "CONTACT US", "ABOUT US".
  US: {
    notAfter: [
      "ABOUT",
      "CONTACT",
      "JOIN",
      "FOLLOW",
      "HELP",
      "TELL",
      "LET",
      "FOR",
      "WITH",
      "OF",
      "TO",
      "SUPPORT",
      "CALL",
      "EMAIL",
      "WRITE",
      "VISIT",
      "WHY",
      "BY",
      "FROM",
      "GIVE",
      "SHOW",
      "MEET",
    ],
  },
  China: { notBefore: ["Daily", "Eastern", "Southern", "Airlines", "Morning"] },
  // The newspaper.
  USA: { notBefore: ["Today"] },
  Cuba: { notBefore: ["Gooding"] },
  // Football clubs (Austria Wien, Austria Salzburg, Austria Lustenau, Austria Klagenfurt).
  Austria: { notBefore: ["Wien", "Vienna", "Salzburg", "Lustenau", "Klagenfurt"] },
  // Capitals that are also names, words or other cities.
  Washington: {
    needs: true,
    words: ["White House", "Weißen Haus", "Weiße Haus"],
    notAfter: ["George", "Denzel", "Booker", "Kerry", "Harold"],
    notBefore: [
      "Post",
      "Examiner",
      "Times",
      "State",
      "state",
      "Capitals",
      "Commanders",
      "Wizards",
      "Nationals",
      "Mystics",
      "University",
      "Heights",
      "Irving",
      "Monument",
      "Square",
      // The state's offices and teams ("Washington Gov. Bob Ferguson"), not the capital.
      "Gov",
      "Governor",
      "Sen",
      "Senator",
      "Rep",
      "Attorney",
      "Legislature",
      "Huskies",
    ],
  },
  Paris: {
    notAfter: ["Plaster"],
    notBefore: ["Hilton", "Jackson", "Saint-Germain", "Saint", "Agreement", "Club", "Texas", "Match"],
  },
  London: { notAfter: ["Jack"] },
  // The UK's countries (scripts/world-parts.ts) inside longer names: New England, New South Wales, Scotland
  // Yard, Jimmy Wales.
  England: { notAfter: ["New"] },
  Wales: { notAfter: ["South", "Jimmy"] },
  Scotland: { notBefore: ["Yard"] },
  // States (scripts/world-states.ts) whose names are also football clubs' (FC Bayern, Werder Bremen). The
  // club is named far more often than the state on sport pages, and in compounds ("Bayern-Trainer") no
  // word rule can tell them apart: "Bayern" counts only where the page names another German state or a
  // word of the state's (Freistaat, Landtag, a Regierungsbezirk); never after an article or "gegen", nor
  // before "München"; as written only ("BAYERN" in a sports headline).
  Bayern: {
    needs: true,
    caseSensitive: true,
    words: [
      "Freistaat",
      "Landtag",
      "Landesregierung",
      "Staatsregierung",
      "Ministerpräsident",
      "Ministerpräsidenten",
      "Söder",
      "Bundesland",
      "Landkreis",
      "Landratsamt",
      "Regierungsbezirk",
      "Oberbayern",
      "Niederbayern",
      "Oberpfalz",
      "Oberfranken",
      "Mittelfranken",
      "Unterfranken",
      "Franken",
      "Schwaben",
      "Allgäu",
      "CSU",
    ],
    notAfter: ["FC", "die", "den", "der", "gegen", "beim", "Die", "Den", "Der", "Beim"],
    notBefore: ["München", "Munich", "II", "Frauen", "Basketball"],
  },
  Bremen: { notAfter: ["Werder", "gegen"] },
  // German names of a country or state that are also the plural (and the other cases) of its people:
  // "einen Polen" (a Pole), "die Schweden" (the Swedes), "zwei Sachsen". A country or state is neuter, so
  // an article or a number right before the bare name means the people.
  Polen: { notAfter: DEMONYM_BEFORE },
  Schweden: { notAfter: DEMONYM_BEFORE },
  Sachsen: { notAfter: DEMONYM_BEFORE },
  Hessen: { notAfter: DEMONYM_BEFORE },
  // US states (scripts/world-us.ts) that are also rivers, a lake, a mountain range or a person's name:
  // "the Mississippi" is the river, "Lake Michigan" the lake, "Sierra Nevada" the mountains.
  Mississippi: { notAfter: ["the", "The", "am"] },
  Missouri: { notAfter: ["the", "The", "am"] },
  Ohio: { notAfter: ["the", "The", "am"] },
  Colorado: { notAfter: ["the", "The", "am", "Río", "Rio"] },
  Michigan: { notAfter: ["Lake"] },
  Nevada: { notAfter: ["Sierra"] },
  Montana: { notAfter: ["Hannah", "Joe", "Tony"] },
  Virginia: { notAfter: ["West"] },
  // Territories (scripts/world-territories.ts). Jersey is also a US state's part, a shirt and a cow: only on
  // a page that names the Channel Islands. Two regions share "Guiana" and two territories "Virgin Islands";
  // "Reunion" without its accent is an English word; Montserrat and Saint Martin are also a singer, a
  // mountain and many towns; the strait is not Gibraltar; the Bermuda Triangle and shorts are not the islands.
  Jersey: {
    needs: true,
    words: ["Guernsey", "Channel Islands", "Kanalinseln", "Kanalinsel", "St Helier", "Saint Helier"],
    notAfter: ["New"],
    notBefore: ["City", "Shore", "Devils", "Boys", "number", "numbers"],
  },
  Guernsey: { notBefore: ["Press"] },
  Guiana: { drop: true },
  "Virgin Islands": { drop: true },
  Réunion: { noFold: true },
  Montserrat: { needs: true, words: ["Karibik", "Caribbean", "Antilles", "Antillen"] },
  "Saint Martin": { needs: true, words: ["Karibik", "Caribbean", "Sint Maarten", "Guadeloupe"] },
  "Saint-Martin": { needs: true, words: ["Karibik", "Caribbean", "Sint Maarten", "Guadeloupe"] },
  Gibraltar: { notAfter: ["Strait of", "Straße von", "Meerenge von"] },
  Bermuda: { notBefore: ["Triangle", "shorts", "Shorts"] },
  // Continents (scripts/world-regions.ts) in the names of football's cups.
  Europa: { notBefore: ["League", "Conference"] },
  Europe: { notBefore: ["League", "Conference"] },
  Brandenburg: { notBefore: ["an"] },
  Hesse: { notAfter: ["Hermann", "Eva"] },
  Wallis: { notBefore: ["Simpson"] },
  // Also in the names of the city's sports clubs, which are no mention of the city (as "Real" Madrid).
  Berlin: { notAfter: ["Isaiah", "Irving", "BSC", "Hertha", "Union", "Alba", "Eisbären", "Füchse"] },
  // The Paris museum, garden and palace ("Musée du Luxembourg"); Rosa Luxemburg.
  Luxembourg: { notAfter: ["du"] },
  Luxemburg: { notAfter: ["Rosa"] },
  Madrid: { notAfter: ["Real", "Atlético", "Atletico"] },
  // Vienna's football clubs (Austria Wien, Rapid Wien, First Vienna).
  Wien: { notAfter: ["Austria", "Rapid", "Admira", "FC", "SC", "SV", "Vienna"] },
  Santiago: { needs: true, notBefore: ["de", "Bernabéu", "Bernabeu"] },
  "San José": { needs: true },
  Georgetown: { needs: true, notBefore: ["University"] },
  Kingston: { needs: true },
  Victoria: { needs: true },
  Malé: { needs: true, noFold: true },
  Praia: { needs: true },
  Lima: { needs: true },
  Nassau: { needs: true },
  Tripoli: { needs: true },
  Tripolis: { needs: true },
  Sucre: { needs: true },
  Wellington: { needs: true },
  Sofia: { needs: true },
  Moroni: { needs: true },
  "St. George's": { needs: true },
  "Saint John's": { needs: true },
  Kingstown: { needs: true },
};

/** Names the packages lack that news uses every day, by ISO 3166-1 alpha-3 code. */
export const EXTRA_NAMES: Record<string, Array<{ text: string; lang: "de" | "en" | "any" }>> = {
  TUR: [{ text: "Turkey", lang: "en" }],
  GBR: [
    { text: "Britain", lang: "en" },
    { text: "UK", lang: "any" },
  ],
  USA: [{ text: "US", lang: "any" }],
  ARE: [{ text: "VAE", lang: "de" }],
  COD: [
    { text: "Demokratische Republik Kongo", lang: "de" },
    { text: "DR Kongo", lang: "de" },
  ],
  VAT: [
    { text: "Vatikan", lang: "de" },
    { text: "Holy See", lang: "en" },
    { text: "Heiliger Stuhl", lang: "de" },
  ],
  CPV: [{ text: "Cabo Verde", lang: "any" }],
  CZE: [{ text: "Czech Republic", lang: "en" }],
};

/** Extra names of capitals, by the capital's English name in world-countries. */
export const EXTRA_CAPITAL_NAMES: Record<string, Array<{ text: string; lang: "de" | "en" | "any" }>> = {
  Kyiv: [
    { text: "Kiev", lang: "en" },
    { text: "Kyjiw", lang: "de" },
  ],
  "Washington D.C.": [
    { text: "Washington", lang: "any" },
    { text: "Washington, D.C.", lang: "any" },
  ],
  Santiago: [{ text: "Santiago de Chile", lang: "any" }],
};

/** Alternative spellings of world-countries kept as names (the rest are native or dated forms). */
export const KEPT_ALT_SPELLINGS: Record<string, string[]> = {
  ARE: ["UAE"],
  CIV: ["Côte d'Ivoire"],
  COD: ["DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DRC"],
  COG: ["Congo-Brazzaville"],
  GBR: ["Great Britain"],
  USA: ["USA"],
  MMR: ["Burma"],
  TLS: ["East Timor"],
  SWZ: ["Swaziland"],
  NLD: ["Holland"],
  TUR: ["Turkiye"],
  VAT: ["Vatican"],
  PRK: ["DPRK"],
};

/**
 * Entities of the world pack that describe a thing the seed pack already has: they join it (one entity,
 * facts from both packs) instead of duplicating it. Checked by tests/unit/world-pack.test.ts against the
 * seed's labels.
 */
export const SEED_COUNTRIES: Record<string, string> = {
  ARM: "armenien",
  AZE: "aserbaidschan",
  BLR: "belarus",
  GEO: "georgien",
  KAZ: "kasachstan",
  KGZ: "kirgistan",
  RUS: "russland",
  TJK: "tadschikistan",
  UKR: "ukraine",
  UZB: "usbekistan",
};
export const SEED_CAPITALS: Record<string, string> = {
  Baku: "baku",
  Yerevan: "eriwan",
  Minsk: "minsk",
  Moscow: "moskau",
};

/** Non-members that the news names as states or territories, beside the UN members. */
export const EXTRA_TERRITORIES = ["VAT", "PSE", "UNK", "TWN", "ESH"];

/** German plural or feminine country names: no genitive -s ("der Niederlande", "der Türkei"). */
export const NO_GENITIVE = new Set([
  "Niederlande",
  "Philippinen",
  "Malediven",
  "Seychellen",
  "Komoren",
  "Salomonen",
  "Marshallinseln",
  "Vereinigte Staaten",
  "Vereinigte Arabische Emirate",
]);

/** Capitals whose status the package states but states dispute: the fact attributes it to the package. */
export const DISPUTED_CAPITALS = new Set(["ISR", "PSE", "ESH", "TWN", "UNK"]);
