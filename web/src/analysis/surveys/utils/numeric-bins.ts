export interface ValueCount {
  value: number;
  count: number;
}

export interface NumericBin {
  /** Inclusive lower and upper bound of the values counted. */
  from: number;
  to: number;
  count: number;
}

/**
 * Groups numeric answers for a distribution chart: each distinct value its own bar when there are
 * few (thresholds in whole percent), else equal-width ranges of a round width (5, 10, 25, 50 …).
 */
export function numericBins(values: readonly ValueCount[], maxBars = 15): NumericBin[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a.value - b.value);
  if (sorted.length <= maxBars) return sorted.map(({ value, count }) => ({ from: value, to: value, count }));
  const low = sorted[0]?.value ?? 0;
  const high = sorted[sorted.length - 1]?.value ?? 0;
  const width = roundWidth((high - low) / maxBars);
  const start = Math.floor(low / width) * width;
  const bins: NumericBin[] = [];
  for (let from = start; from <= high; from += width) bins.push({ from, to: from + width, count: 0 });
  for (const { value, count } of sorted) {
    const index = Math.min(bins.length - 1, Math.floor((value - start) / width));
    const bin = bins[index];
    if (bin) bin.count += count;
  }
  // Ranges are half-open except the last: [from, to); the label shows what the reader needs.
  return bins.map((bin) => ({ ...bin, to: bin.to - (Number.isInteger(width) ? 1 : 0) }));
}

/** The smallest of 1, 2, 5 × 10^n that is at least `raw`. */
function roundWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}
