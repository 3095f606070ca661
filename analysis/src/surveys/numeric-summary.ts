import { quantileOfSorted } from './quantile.js';
import { studentTQuantile } from './student-t.js';

export interface MeanConfidenceInterval {
  /** For example 0.95. */
  level: number;
  lower: number;
  upper: number;
}

/** Descriptives of a numeric (rating or Likert) answer. */
export interface NumericSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator); null when n = 1. */
  standardDeviation: number | null;
  /** Mean ± t(1 − α/2, n − 1) · sd / √n; null when n = 1. */
  meanConfidenceInterval: MeanConfidenceInterval | null;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  /** q3 − q1. */
  iqr: number;
  /** Quartiles by Hyndman & Fan type 7 (linear interpolation), R's default. */
  quantileMethod: 'type7';
}

/** Median, IQR, mean with a t-based confidence interval and the rest; null when there are no values. */
export function summarizeNumbers(values: readonly number[], confidenceLevel = 0.95): NumericSummary | null {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`a confidence level must be strictly within 0–1 (got ${confidenceLevel})`);
  }
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  const standardDeviation =
    n > 1 ? Math.sqrt(sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1)) : null;
  const halfWidth =
    standardDeviation === null ? null : (studentTQuantile(1 - (1 - confidenceLevel) / 2, n - 1) * standardDeviation) / Math.sqrt(n);
  const q1 = quantileOfSorted(sorted, 0.25);
  const q3 = quantileOfSorted(sorted, 0.75);
  return {
    n,
    mean,
    standardDeviation,
    meanConfidenceInterval:
      halfWidth === null ? null : { level: confidenceLevel, lower: mean - halfWidth, upper: mean + halfWidth },
    min: sorted[0],
    max: sorted[n - 1],
    median: quantileOfSorted(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    quantileMethod: 'type7',
  };
}
