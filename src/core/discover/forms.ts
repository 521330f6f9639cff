// Forms of one name on a page (docs/discovery.md, "One name, several forms").

const JOINERS = /^(?:of|and|for|the|&|on|de|du|der|die|das|des|für|und)$/;

/**
 * "James Cook University (JCU)", "University of Delaware (UD)": the capitalised words right before the
 * bracket at `open` whose initials spell `acronym`, or undefined. Writers introduce a short form this way.
 */
export function longFormBefore(block: string, open: number, acronym: string): string | undefined {
  const words = block
    .slice(Math.max(0, open - 160), open)
    .trimEnd()
    .split(/[ \u00a0]+/);
  const initials: string[] = [];
  let i = words.length;
  while (i > 0 && initials.length < acronym.length) {
    const w = words[i - 1]!;
    if (initials.length > 0 && JOINERS.test(w)) {
      i--;
      continue;
    }
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return undefined;
    initials.unshift(w.charAt(0));
    i--;
  }
  if (initials.join("").toUpperCase() !== acronym.toUpperCase()) return undefined;
  return words.slice(i).join(" ");
}
