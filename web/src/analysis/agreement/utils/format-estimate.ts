import type { EstimateWithInterval } from './agreement-rows';

/**
 * "0.72 [0.61, 0.83]" in the reader's number format; the interval is left out when it was not
 * drawn, and `undefinedText` stands in for a statistic that is undefined (no variation).
 */
export function formatEstimate(estimate: EstimateWithInterval | null, locale: string, undefinedText: string): string {
  if (!estimate || estimate.value === null) return undefinedText;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const value = number.format(estimate.value);
  if (estimate.low === null || estimate.high === null) return value;
  return `${value} [${number.format(estimate.low)}, ${number.format(estimate.high)}]`;
}
