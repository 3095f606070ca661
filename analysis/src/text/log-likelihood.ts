/** How often a term occurs in a target corpus and a reference corpus, and the two corpus sizes. */
export interface FrequencyComparison {
  targetCount: number;
  referenceCount: number;
  targetTotal: number;
  referenceTotal: number;
}

/**
 * Dunning's log-likelihood G² over the full 2×2 table (term / other terms × target / reference):
 * G² = 2 Σ O ln(O / E). UCREL's log-likelihood wizard (Rayson & Garside 2000) sums only the two
 * cells of the term itself; the two agree closely when the term is rare in both corpora.
 */
export function logLikelihood(comparison: FrequencyComparison): number {
  const { targetCount: a, referenceCount: b, targetTotal: c, referenceTotal: d } = validated(comparison);
  const total = c + d;
  if (total === 0) return 0;
  const termTotal = a + b;
  const otherTotal = total - termTotal;
  const g2 =
    2 *
    (cell(a, (c * termTotal) / total) +
      cell(b, (d * termTotal) / total) +
      cell(c - a, (c * otherTotal) / total) +
      cell(d - b, (d * otherTotal) / total));
  // Rounding can leave a tiny negative number when observed equals expected.
  return Math.max(0, g2);
}

function cell(observed: number, expected: number): number {
  // x ln(x / E) tends to 0 as x → 0, so an empty cell adds nothing.
  return observed === 0 ? 0 : observed * Math.log(observed / expected);
}

/**
 * Hardie's Log Ratio effect size: log2 of the ratio of relative frequencies (target / reference).
 * 1 means twice as frequent in the target; a zero count is taken as 0.5 so the ratio stays finite.
 */
export function logRatio(comparison: FrequencyComparison): number {
  const { targetCount, referenceCount, targetTotal, referenceTotal } = validated(comparison);
  if (targetTotal === 0 || referenceTotal === 0) return 0;
  if (targetCount === 0 && referenceCount === 0) return 0;
  const target = Math.max(targetCount, 0.5) / targetTotal;
  const reference = Math.max(referenceCount, 0.5) / referenceTotal;
  return Math.log2(target / reference);
}

/** Upper-tail probability of a χ² statistic with one degree of freedom (the G² of a 2×2 table). */
export function chiSquareOneDfPValue(statistic: number): number {
  if (statistic <= 0) return 1;
  return complementaryErrorFunction(Math.sqrt(statistic / 2));
}

// Chebyshev fit of erfc (Numerical Recipes, 2nd ed., §6.2): fractional error below 1.2e-7, plenty for
// p-values that are read against thresholds such as 0.05 or 0.001.
function complementaryErrorFunction(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const value =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? value : 2 - value;
}

function validated(comparison: FrequencyComparison): FrequencyComparison {
  const { targetCount, referenceCount, targetTotal, referenceTotal } = comparison;
  const values = [targetCount, referenceCount, targetTotal, referenceTotal];
  if (values.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new RangeError('Frequencies and corpus sizes must be finite and not negative.');
  }
  if (targetCount > targetTotal || referenceCount > referenceTotal) {
    throw new RangeError('A term cannot occur more often than the corpus has words.');
  }
  return comparison;
}
