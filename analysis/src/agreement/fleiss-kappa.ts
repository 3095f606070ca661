import { AgreementInputError } from './agreement-input-error.js';

/**
 * Fleiss' (1971) kappa for a fixed number of raters per unit. `counts[i][j]` is how many raters put
 * unit i in category j; every unit must have the same number of raters (that is Fleiss' design).
 *   P̄ = Σᵢ Σⱼ nᵢⱼ(nᵢⱼ − 1) / (N·n·(n − 1)),  pⱼ = Σᵢ nᵢⱼ / (N·n),  Pₑ = Σⱼ pⱼ²,  κ = (P̄ − Pₑ)/(1 − Pₑ).
 * NaN when there are no units, fewer than two raters per unit, or only one category is ever used.
 * Throws on ragged rows, counts that are not non-negative integers, or unequal rater totals.
 */
export function fleissKappa(counts: ReadonlyArray<ReadonlyArray<number>>): number {
  const units = counts.length;
  if (units === 0) return Number.NaN;
  const categories = counts[0].length;
  const categoryTotals = new Float64Array(categories);
  let raters = -1;
  let agreeingPairs = 0;
  for (let unit = 0; unit < units; unit++) {
    const row = counts[unit];
    if (row.length !== categories) {
      throw new AgreementInputError(
        'AGREEMENT_RAGGED_MATRIX',
        `unit ${unit} has ${row.length} categories, the first unit has ${categories}`,
        { row: unit, length: row.length, expected: categories },
      );
    }
    let total = 0;
    for (let category = 0; category < categories; category++) {
      const count = row[category];
      if (!Number.isInteger(count) || count < 0) {
        throw new AgreementInputError(
          'AGREEMENT_INVALID_COUNT',
          `count at unit ${unit}, category ${category} must be a non-negative integer, got ${String(count)}`,
          { row: unit, column: category },
        );
      }
      total += count;
      categoryTotals[category] += count;
      agreeingPairs += count * (count - 1);
    }
    if (raters === -1) raters = total;
    else if (total !== raters) {
      throw new AgreementInputError(
        'AGREEMENT_UNEQUAL_RATER_TOTALS',
        `unit ${unit} was rated ${total} times, the first unit ${raters} times; Fleiss' kappa needs the same number of raters for every unit`,
        { row: unit, total, expected: raters },
      );
    }
  }
  if (raters < 2) return Number.NaN;
  const ratings = units * raters;
  let usedCategories = 0;
  let chance = 0;
  for (const total of categoryTotals) {
    if (total > 0) usedCategories++;
    chance += (total / ratings) ** 2;
  }
  if (usedCategories < 2) return Number.NaN;
  const observed = agreeingPairs / (ratings * (raters - 1));
  return (observed - chance) / (1 - chance);
}
