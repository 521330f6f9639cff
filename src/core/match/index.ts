// The matcher: finds fact-base aliases in page text. The scan itself is in scan.ts (docs/scanner.md).
//
// Rules (tests/unit/match.test.ts and precision.rules.test.ts have an example of each):
// - A mention starts and ends at a Unicode word boundary (letters, digits and marks of any script
//   are word characters); hyphens, dashes, slashes, apostrophes, "#", "@", "…" are not, so
//   "Ukraine-Krieg", "#Armenien" and "Russland/Ukraine" match, "Weißrussland" and "neu" do not.
// - Leftmost-longest, and nested: inside a mention, a shorter name of a different entity is a mention
//   too ("Ukraine" in "Krieg gegen die Ukraine", "Russlands" in "Russlands Krieg gegen die Ukraine").
//   A shorter name of the same entity is not ("Putin" in "Wladimir Putin"), nor a second entity on
//   the very same span (ambiguity, below). Mentions never cross: one lies inside the other or apart.
// - Case: caseSensitive aliases match only as written. Others match as written, with the first letter
//   capitalised, or in ALL CAPS; never in lower case ("russland" in a URL is not a mention).
// - Diacritics: the text may carry Latin diacritics the alias lacks ("Pashinián" for Pashinian), never
//   lack or change one the alias has.
// - Genitive (Term.genitive): "Russlands", "PUTINS" are mentions and the span includes the -s,
//   because that word is the mention; -es only after one-syllable names ("Kremles", never
//   "Kasachstanes"). No other suffix: "russisch", "Armenier", "Russian" are not mentions.
//   English "Putin's"/"Putin’s" gives the span "Putin".
// - A closed German compound whose head is on a short list ("Kremlsprecher", "Kaukasuskonflikts")
//   gives a mention of the name part only, like "Kreml-Sprecher", unless a longer alias spells the
//   whole word (then that wins, as always). Case-sensitive aliases never do.
// - Longer names (context.ts): a surname alias after a given name ("Vassili Peskov"), an English alias
//   continued by a capitalised word ("Moscow Times", "Georgia O'Keeffe"), or after one of its
//   `notAfter` words ("South Georgia") is not a mention. Acronyms are exempt from the open-ended rules,
//   not from their own notAfter/notBefore words ("ABOUT US").
// - Within a name, any run of spaces/line breaks equals one space, soft hyphens and zero-width
//   characters are ignored, ‐/‑ equal "-", ’/ʼ/‘ equal "'", and NFD text matches NFC aliases.
// - Ambiguity: when one spelling belongs to several terms, the first term (in the order given to
//   buildMatcher) whose case rules accept the text wins. Callers order terms to decide.
// - Evidence: a mention of a term with `evidence` carries it; resolveEvidence (evidence.ts) decides per
//   page whether it stays. find() itself never drops it for that.
// Offsets are UTF-16 offsets into the original string.

export { resolveEvidence, weighEvidence } from "./evidence";
export { buildMatcher, buildMatcherFrom } from "./scan";
export type { Evidence, Matcher, Mention, Term } from "./types";
