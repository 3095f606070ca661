import type { CodePairCooccurrence } from '../api/cooccurrence-api';

export type PairSortKey = 'codeA' | 'codeB' | 'n12' | 'c';

/** Pairs sorted by a column; ties broken by count, then by the two code names, so the order is stable. */
export function sortPairs(
  pairs: readonly CodePairCooccurrence[],
  key: PairSortKey,
  direction: 'asc' | 'desc',
  labelOf: (codeId: string) => string,
): CodePairCooccurrence[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byNames = (a: CodePairCooccurrence, b: CodePairCooccurrence) =>
    labelOf(a.codeA).localeCompare(labelOf(b.codeA)) || labelOf(a.codeB).localeCompare(labelOf(b.codeB));
  return [...pairs].sort((a, b) => {
    let primary: number;
    switch (key) {
      case 'codeA':
        primary = labelOf(a.codeA).localeCompare(labelOf(b.codeA));
        break;
      case 'codeB':
        primary = labelOf(a.codeB).localeCompare(labelOf(b.codeB));
        break;
      case 'n12':
        primary = a.n12 - b.n12;
        break;
      case 'c':
        primary = a.c - b.c;
        break;
    }
    return sign * primary || b.n12 - a.n12 || byNames(a, b);
  });
}
