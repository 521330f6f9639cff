// Shared shapes of name discovery. The NLP itself lives in src/discover/engine.ts.
export const NAME_KINDS = ["person", "place", "organisation"] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface FoundName {
  /** Canonical display form: the longest form of the name seen on the page ("Nikol Pashinyan"). */
  text: string;
  kind: NameKind;
  count: number;
  /** Distinct forms of the name seen on the page, for prefilling aliases. */
  forms: string[];
  /** The exact page string of its first occurrence, for "jump to". */
  first: string;
}

/** One occurrence of a possible name, before merging. */
export interface Candidate {
  text: string;
  kind: NameKind;
  /** Exact substring of the page text for this occurrence. */
  surface: string;
  /** Counted only when it joins a name found by a stronger rule (a lone German surname). */
  weak?: boolean;
  /** Listed, but its kind is read from the words around it: any other rule's kind for the name wins. */
  guess?: boolean;
  /** Shown only when the page has it twice or a stronger rule finds it (a lone acronym: AGB, NFT). */
  twice?: boolean;
  /** The long form this short form stands for on the page: "JCU" after "James Cook University (JCU)". */
  of?: string;
}

/** Names known from data packages (country lists, compromise's lexicon): evidence, not a list of answers. */
export interface Gazetteer {
  /** A country, region or city, as spelled on the page ("Frankreich", "Almaty", "Vereinigte Staaten"). */
  place(name: string): boolean;
  /** A given name ("Donald", "Friedrich"): the start of a person's name. */
  firstName(word: string): boolean;
  /** A company, club or body compromise's lexicon knows ("Audi", "Siemens", "NASA"), as spelled on the page. */
  organisation(name: string): boolean;
}
