import { pairRatings } from './paired-ratings.js';

/**
 * Cohen's (1960) kappa for two coders and nominal categories: κ = (pₒ − pₑ) / (1 − pₑ), with pₑ
 * from each coder's own category shares. Units where either coder has no value (null) are skipped.
 * NaN when no unit is pairable or both coders used one and the same category throughout
 * (pₑ = 1: no variation, so chance agreement cannot be told from real agreement).
 */
export function cohenKappa(a: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): number {
  const { pairs, agreements, marginalProducts } = pairRatings(a, b);
  // Multiplied through by n² so everything stays in exact integers until the one division.
  const denominator = pairs * pairs - marginalProducts;
  if (pairs === 0 || denominator === 0) return Number.NaN;
  return (pairs * agreements - marginalProducts) / denominator;
}
