import { pairRatings } from './paired-ratings.js';

/**
 * Share of units on which two coders chose the same category, as a proportion in [0, 1]
 * (multiply by 100 for a percentage). Units where either coder has no value (null) are skipped;
 * NaN when no unit is left. Not chance-corrected: report it beside kappa or alpha, never alone.
 */
export function percentAgreement(a: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): number {
  const { pairs, agreements } = pairRatings(a, b);
  return pairs === 0 ? Number.NaN : agreements / pairs;
}
