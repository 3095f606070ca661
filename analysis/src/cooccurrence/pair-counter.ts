import { cCoefficient } from './c-coefficient.js';
import type { CodePairCooccurrence, CooccurrenceTable } from './cooccurrence-table.js';

/** Counts per code and per co-occurring pair, accumulated by the two counting strategies. */
export class PairCounter {
  private readonly codeCounts = new Map<string, number>();
  private readonly pairCounts = new Map<string, Map<string, number>>();

  addCode(codeId: string): void {
    this.codeCounts.set(codeId, (this.codeCounts.get(codeId) ?? 0) + 1);
  }

  addPair(first: string, second: string): void {
    if (first === second) return;
    const [codeA, codeB] = first < second ? [first, second] : [second, first];
    const row = this.pairCounts.get(codeA) ?? new Map<string, number>();
    row.set(codeB, (row.get(codeB) ?? 0) + 1);
    this.pairCounts.set(codeA, row);
  }

  table(unit: CooccurrenceTable['unit']): CooccurrenceTable {
    const codes = [...this.codeCounts]
      .map(([codeId, count]) => ({ codeId, count }))
      .sort((a, b) => b.count - a.count || compareIds(a.codeId, b.codeId));
    const pairs: CodePairCooccurrence[] = [];
    for (const [codeA, row] of this.pairCounts) {
      for (const [codeB, n12] of row) {
        const n1 = this.codeCounts.get(codeA) ?? 0;
        const n2 = this.codeCounts.get(codeB) ?? 0;
        pairs.push({ codeA, codeB, n1, n2, n12, c: cCoefficient(n12, n1, n2), inflated: n12 > Math.min(n1, n2) });
      }
    }
    pairs.sort((a, b) => b.n12 - a.n12 || compareIds(a.codeA, b.codeA) || compareIds(a.codeB, b.codeB));
    return { unit, codes, pairs };
  }
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
