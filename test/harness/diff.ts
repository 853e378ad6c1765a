// Line diff for failure reports: a longest-common-subsequence diff printed as `  same`, `- expected`,
// `+ actual` lines, so a failing golden comparison shows exactly which lines differ.
//
// Invariant: lineDiff returns '' exactly when the two line arrays are equal.

/** lineDiff renders a diff of expected vs actual lines, or '' when they are equal. */
export function lineDiff(expected: readonly string[], actual: readonly string[]): string {
  if (expected.length === actual.length && expected.every((l, i) => l === actual[i])) return '';
  const n = expected.length;
  const m = actual.length;
  // lcs[i][j] = length of the LCS of expected[i..] and actual[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i]!;
      row[j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, row[j + 1]!);
    }
  }
  const out: string[] = ['--- expected (go 1.19)', '+++ actual (mgo)'];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push('  ' + expected[i]);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push('+ ' + actual[j]);
      j++;
    } else {
      out.push('- ' + expected[i]);
      i++;
    }
  }
  return out.join('\n');
}
