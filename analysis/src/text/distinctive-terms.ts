import { extractTerms, type TermOptions } from './terms.js';
import { chiSquareOneDfPValue, logLikelihood, logRatio } from './log-likelihood.js';
import type { Language } from './language.js';

export interface DistinctiveTermOptions extends TermOptions {
  /** Leave out terms seen fewer times than this in both groups together (default 2). */
  minCount?: number;
  /** Return at most this many terms (default all). */
  limit?: number;
}

export interface DistinctiveTerm {
  term: string;
  targetCount: number;
  referenceCount: number;
  /** Dunning's G²; 3.84 is p < 0.05 and 10.83 is p < 0.001 for one term (no correction for many terms). */
  logLikelihood: number;
  pValue: number;
  /** Hardie's Log Ratio: log2 of the relative-frequency ratio, target against reference. */
  logRatio: number;
  /** Whether the term is more ('over') or less ('under') frequent in the target than in the reference. */
  direction: 'over' | 'under';
}

/**
 * Terms that set one group of texts (the target) apart from the rest (the reference), ranked by
 * log-likelihood, strongest first. Both directions are returned; `direction` tells them apart.
 */
export function distinctiveTerms(
  target: readonly string[],
  reference: readonly string[],
  language: Language,
  options: DistinctiveTermOptions = {},
): DistinctiveTerm[] {
  const { minCount = 2, limit = Number.POSITIVE_INFINITY, ...termOptions } = options;
  const targetCounts = countTerms(target, language, termOptions);
  const referenceCounts = countTerms(reference, language, termOptions);
  const targetTotal = sum(targetCounts.values());
  const referenceTotal = sum(referenceCounts.values());

  const result: DistinctiveTerm[] = [];
  for (const term of new Set([...targetCounts.keys(), ...referenceCounts.keys()])) {
    const targetCount = targetCounts.get(term) ?? 0;
    const referenceCount = referenceCounts.get(term) ?? 0;
    if (targetCount + referenceCount < minCount) continue;
    const comparison = { targetCount, referenceCount, targetTotal, referenceTotal };
    const g2 = logLikelihood(comparison);
    result.push({
      term,
      targetCount,
      referenceCount,
      logLikelihood: g2,
      pValue: chiSquareOneDfPValue(g2),
      logRatio: logRatio(comparison),
      direction: targetCount * referenceTotal >= referenceCount * targetTotal ? 'over' : 'under',
    });
  }
  result.sort((a, b) => b.logLikelihood - a.logLikelihood || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return result.slice(0, limit);
}

function countTerms(texts: readonly string[], language: Language, options: TermOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const term of extractTerms(text, language, options)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
