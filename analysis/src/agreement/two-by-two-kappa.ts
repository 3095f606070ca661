/** A 2 × 2 table of two coders' present/absent judgements. */
export interface TwoByTwoCounts {
  /** Both coders said present. */
  readonly both: number;
  /** Only the first coder said present. */
  readonly onlyFirst: number;
  /** Only the second coder said present. */
  readonly onlySecond: number;
  /** Neither said present. */
  readonly neither: number;
}

/**
 * Cohen's kappa from a 2 × 2 table, in the closed form κ = 2(ad − bc) / ((a+b)(b+d) + (a+c)(c+d)),
 * which equals (pₒ − pₑ)/(1 − pₑ). Counts may be large (characters), so nothing is expanded per unit.
 * NaN when the table is empty or has no variation.
 */
export function twoByTwoKappa(counts: TwoByTwoCounts): number {
  return kappaOfCells(counts.both, counts.onlyFirst, counts.onlySecond, counts.neither);
}

/** twoByTwoKappa on the four cells a = both, b = only first, c = only second, d = neither. */
export function kappaOfCells(a: number, b: number, c: number, d: number): number {
  const denominator = (a + b) * (b + d) + (a + c) * (c + d);
  if (denominator === 0) return Number.NaN;
  return (2 * (a * d - b * c)) / denominator;
}

/** Share of units the two coders agree on (both or neither), NaN for an empty table. */
export function twoByTwoAgreement(counts: TwoByTwoCounts): number {
  const total = counts.both + counts.onlyFirst + counts.onlySecond + counts.neither;
  return total === 0 ? Number.NaN : (counts.both + counts.neither) / total;
}
