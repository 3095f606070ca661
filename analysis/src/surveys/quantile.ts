/**
 * Sample quantile by Hyndman & Fan's type 7 (linear interpolation between order statistics, R's and
 * NumPy's default): with sorted values x[0..n−1] and h = (n − 1) p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * Returns NaN when there are no values.
 */
export function quantileType7(values: readonly number[], p: number): number {
  return quantileOfSorted([...values].sort((a, b) => a - b), p);
}

/** `quantileType7` for values already sorted ascending, so several quantiles share one sort. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile's probability must be within 0–1 (got ${p})`);
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}
