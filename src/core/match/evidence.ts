// Per-page support for ambiguous aliases. "Georgia" is the country only on a page that also names a
// neighbour, its capital or the country unambiguously; "Peskov" alone is the Kremlin's spokesman only
// where the page also has his full name or a role word. The matcher marks such mentions with the
// alias's Evidence; this step, run once all blocks of a page are matched, keeps or drops them.
//
// A cue word counts where the matcher would find it as a case-insensitive alias with a genitive: at a word
// start, in a case form the alias allows, ended as boundaries.ts ends a name. It is looked up in the
// folded text rather than with a matcher of its own, so that a page never compiles one (the compiler then
// stays out of the content script, docs/scanner.md). Unlike the matcher, a cue split by a run of spaces
// or an invisible unit is not found.
import { caseMask, finish, type Pattern } from "./boundaries";
import { patternFor } from "./compile";
import { cls, foldKey, IGNORE, normaliseAlias, WORD } from "./normalise";
import type { Evidence, Mention } from "./types";

interface Cue {
  key: string;
  pattern: Pattern;
}

const cueLists = new WeakMap<Evidence, Cue[]>();

function cues(evidence: Evidence): Cue[] {
  let list = cueLists.get(evidence);
  if (!list) {
    list = [];
    for (const text of evidence.words) {
      const exact = normaliseAlias(text);
      if (exact === "" || (cls(exact.charCodeAt(0)) & WORD) === 0) continue;
      const term = { text, entity: "cue", caseSensitive: false, genitive: true };
      list.push({ key: foldKey(exact), pattern: patternFor(term, exact) });
    }
    cueLists.set(evidence, list);
  }
  return list;
}

/** Whether the unit before `at` (invisible ones skipped) is a word character: `at` is no word start. */
function inWord(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && cls(text.charCodeAt(j)) & IGNORE) j--;
  return j >= 0 && (cls(text.charCodeAt(j)) & WORD) !== 0;
}

/** Whether `text` (`folded` by foldKey, unit for unit) names one of `list`. */
function namesCue(text: string, folded: string, list: readonly Cue[]): boolean {
  for (const { key, pattern } of list) {
    for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + 1)) {
      if (inWord(text, at)) continue;
      const end = at + key.length;
      const mask = caseMask(text, at, end, pattern);
      if (mask !== 0 && finish(text, end, pattern, mask) !== -1) return true;
    }
  }
  return false;
}

/** resolveEvidence fed one text at a time, so a page can spread the reading over slices. */
export interface EvidenceWeigher {
  /** Some mention's support is still open: reading more text may decide it. */
  readonly open: boolean;
  /** Looks for the open evidences' cue words in one text block. */
  read(text: string): void;
  /** The mentions that stand on the texts read so far, in their order. */
  kept(): Mention[];
}

/**
 * The mentions that stand: all without `evidence`, and those whose evidence the page gives — a mention
 * that needs none of the alias's own entity or of one of `evidence.entities`, or one of `evidence.words`
 * in the texts read. Mentions that need evidence never support each other.
 */
export function weighEvidence(mentions: readonly Mention[]): EvidenceWeigher {
  const firm = new Set<string>();
  for (const m of mentions) if (!m.evidence) firm.add(m.entity);
  const byFirm = (m: Mention): boolean =>
    firm.has(m.entity) || m.evidence!.entities.some((id) => firm.has(id));
  // The evidences left to the text, each with its cue words (none: never supported by text).
  const open = new Map<Evidence, Cue[]>();
  const found = new Set<Evidence>();
  for (const m of mentions) {
    if (!m.evidence || open.has(m.evidence) || byFirm(m)) continue;
    const list = cues(m.evidence);
    if (list.length > 0) open.set(m.evidence, list);
  }
  return {
    get open() {
      return open.size > 0;
    },
    read(text) {
      if (open.size === 0) return;
      // Composed like the matcher's text (NFD "Su\u0308dossetien" names Südossetien), then folded.
      const composed = text.normalize("NFC");
      const folded = foldKey(composed);
      for (const [evidence, list] of open) {
        if (!namesCue(composed, folded, list)) continue;
        found.add(evidence);
        open.delete(evidence);
      }
    },
    kept: () => mentions.filter((m) => !m.evidence || byFirm(m) || found.has(m.evidence)),
  };
}

/**
 * resolveEvidence over all of `texts` at once.
 *
 * @param mentions every mention of the page (or of one pass over it), from Matcher.find.
 * @param texts the page's text blocks; read only when some mention is not supported by the others.
 */
export function resolveEvidence(mentions: readonly Mention[], texts: readonly string[]): Mention[] {
  const weigher = weighEvidence(mentions);
  for (const text of texts) {
    if (!weigher.open) break;
    weigher.read(text);
  }
  return weigher.kept();
}
