// Per-page support for ambiguous aliases. "Georgia" is the country only on a page that also names a
// neighbour, its capital or the country unambiguously; "Peskov" alone is the Kremlin's spokesman only
// where the page also has his full name or a role word. The matcher marks such mentions with the
// alias's Evidence; this step, run once all blocks of a page are matched, keeps or drops them.
import { buildMatcher } from "./scan";
import type { Evidence, Matcher, Mention } from "./types";

const cueMatchers = new WeakMap<Evidence, Matcher>();

function cues(evidence: Evidence): Matcher {
  let m = cueMatchers.get(evidence);
  if (!m) {
    m = buildMatcher(
      evidence.words.map((text) => ({ text, entity: "cue", caseSensitive: false, genitive: true })),
    );
    cueMatchers.set(evidence, m);
  }
  return m;
}

/**
 * The mentions that stand: all without `evidence`, and those whose evidence the page gives — a mention
 * that needs none of the alias's own entity or of one of `evidence.entities`, or one of `evidence.words`
 * in `texts`. Mentions that need evidence never support each other. Order is kept.
 *
 * @param mentions every mention of the page (or of one pass over it), from Matcher.find.
 * @param texts the page's text blocks; read only when some mention is not supported by the others.
 */
export function resolveEvidence(mentions: readonly Mention[], texts: readonly string[]): Mention[] {
  if (!mentions.some((m) => m.evidence)) return [...mentions];
  const firm = new Set<string>();
  for (const m of mentions) if (!m.evidence) firm.add(m.entity);
  const decided = new Map<Evidence, boolean>();
  const supported = (m: Mention): boolean => {
    const e = m.evidence!;
    if (firm.has(m.entity) || e.entities.some((id) => firm.has(id))) return true;
    let found = decided.get(e);
    if (found === undefined) {
      const matcher = cues(e);
      found = e.words.length > 0 && texts.some((t) => matcher.find(t).length > 0);
      decided.set(e, found);
    }
    return found;
  };
  return mentions.filter((m) => !m.evidence || supported(m));
}
