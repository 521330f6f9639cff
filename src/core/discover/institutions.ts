// Words that make a capitalised run an organisation, in German and English news (docs/discovery.md,
// "Organisations by their words"). Each is a closed class with a reason a reader would accept: clubs are
// named with their club letters, bodies with their seat, companies with their trade words.

/** Club letters before or after a club's place ("FC Bayern München", "VfB Stuttgart", "Hallescher FC"). */
export const CLUB_LETTERS = new Set(
  // Handball's too: "THW Kiel", "HSG Wetzlar", "TBV Lemgo", "KS Vive Kielce".
  "FC SC SV VfB VfL TSV TSG SpVgg FSV TuS SG BSC KSC HSV RB HC SSV TSC ESV MSV SGE FCN THW HSG TBV HBW TVB ThSV KS SCM".split(
    " ",
  ),
);
/** Club names that open with a word of their own before the place ("Borussia Dortmund", "Eintracht Frankfurt"). */
export const CLUB_WORDS = new Set(
  "Borussia Eintracht Hertha Werder Fortuna Arminia Hansa Dynamo Alemannia Kickers Viktoria Germania Preußen Rot-Weiss Rot-Weiß Blau-Weiß Schwarz-Weiß Bayer Füchse Eisbären Löwen".split(
    " ",
  ),
);

/** A body and its seat: "Landgericht Stade", "Staatsanwaltschaft Oldenburg", "Polizeipräsidium Nordhessen". */
export const SEATED =
  /^(?:\p{Lu}\p{Ll}*(?:gericht|gerichtshof|anwaltschaft|präsidium|inspektion|direktion|kriminalamt|ratsamt|verwaltung|polizei|verband|verbandes)|Universität|Uni|Hochschule|Klinikum|Stadtwerke|Sparkasse|Kreissparkasse|Volksbank|Stadtrat|Gemeinderat|Kreistag|Landeskirche|Bistum|Erzbistum)(?:s|es)?$/u;

/** The heads of German institution names after an adjective: "Deutsche Bahn", "Regensburger Stadtrat". */
export const INSTITUTION_HEAD =
  /(?:zentrum|zentrums|gemeinschaft|bahn|bank|rat|rats|institut|instituts|kommission|agentur|behörde|verband|verbands|partei|stiftung|gesellschaft|akademie|ministerium|ministeriums|amt|amts|amtes|post|telekom|versicherung|gewerkschaft|hochschule|universität|klinik|kammer|bund|bundes|union|liga|nationen|allianz|armee|streitkräfte|organisation|nachrichten|zeitung|rundschau|anzeiger|kurier|morgenpost|abendblatt|tagblatt|tageblatt)$/i;

/** An institution word that takes "für …" as part of its name: "Max-Planck-Institut für Biochemie". */
export const FOR_INSTITUTION =
  /(?:Organisation|organisation|Komitee|komitee|Rat|rat|Institut|institut|Zentrum|zentrum|Amt|amt|Ministerium|ministerium|Gesellschaft|gesellschaft|Stiftung|stiftung|Verband|verband|Agentur|agentur|Behörde|behörde|Kommission|kommission)(?:s|es)?$/;

/** Trade words: a capitalised run with one is a company ("Siemens Energy", "Paramount Global"). */
export const CORPORATE = new Set(
  "Energy Group Holding Holdings Companies Capital Systems Solutions Technologies Technology Media Motors Pharma Pharmaceuticals Airlines Airways Entertainment Software Services Partners Labs Foods Logistics Mobility Digital Global Industries Investments Ventures Networks Communications Semiconductor Brands Insurance Bancorp AG SE GmbH KGaA Inc Ltd Corp Corporation LLC PLC plc".split(
    " ",
  ),
);

/** Nouns that say what kind of place the next word is: "Freistaat Bayern", "Landkreis Harburg". */
/**
 * Common compounds that say the next name is a place: "Grenzregion Batken", "Hauptstadt Bischkek",
 * "Nachbarland Usbekistan", "Kaukasusrepublik Armenien" (checked as common nouns, so "Deutschland" is none).
 */
export const PLACE_KIND =
  /\p{Ll}(?:region|provinz|hauptstadt|stadt|republik|nachbarland|mitgliedsland|heimatland|partnerland|gemeinde|kreis|bezirk|übergang|übergangsstelle|ortschaft|dorf)$/u;
export const PLACE_NOUN =
  /^(?:Freistaat|Bundesland|Landkreis|Kreis|Gemeinde|Samtgemeinde|Verbandsgemeinde|Stadt|Kanton|Provinz|Bezirk|Ortsteil|Stadtteil|Region|Richtung|Fahrtrichtung)$/;

/**
 * Nouns that say the next name is a company or a club: "Investmentbank Barclays", "Medizintechnikunternehmen
 * Drägerwerk", "Energiekonzern RWE", "Autobauer Volkswagen" (docs/discovery.md, "Organisations by their words").
 */
export const COMPANY_NOUN =
  /^(?:\p{Lu}\p{Ll}*(?:unternehmen|konzern|bank|verwalter|hersteller|versorger|autobauer|händler|kette|dienstleister|anbieter|zulieferer|versicherer|verlag|sender|reederei|fluggesellschaft|airline|brauerei|klub|verein|büro)|Büro)$/u;

/** Nouns that name a publication: the capitalised words after them are its title, not a person. */
export const PUBLICATION = /^(?:Fach)?(?:journal|zeitschrift|magazin|blatt|zeitung|portal|sender)$/i;
