// Edit distance between two strings: Levenshtein, or with `swaps` the optimal string alignment distance,
// where two neighbouring letters swapped count as one edit (bracket.ts: a corrected typo). Three rows.
export function distance(a: string, b: string, swaps = false): number {
  let older: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, older[j - 2]! + 1);
    }
    [older, prev] = [prev, row];
  }
  return prev[b.length]!;
}
