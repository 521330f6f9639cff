// Format characters a reader never sees: soft hyphen, zero-width space, non-joiner and joiner, word joiner
// and the byte-order mark. Pages scatter them inside words (hyphenation hints, CMS artefacts), so both the
// scanner (match/normalise.ts) and anchoring (anchor/normalise.ts) read text as if they were not there.
// One list for both, so a name the scanner finds is a quote anchoring finds (docs/anchoring.md).

export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}
