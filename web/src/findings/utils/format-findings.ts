import type { Estimate } from '../api/joint-display';

/** The dash shown wherever a number cannot be computed; the reason is said next to it. */
export const NO_VALUE = '—';

/** "0.31 (0.27–0.35)": a point estimate with its interval, in the reader's number format. */
export function formatEstimate(estimate: Estimate | null, locale: string, digits = 2): string {
  if (!estimate) return NO_VALUE;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${number.format(estimate.value)} (${number.format(estimate.low)}–${number.format(estimate.high)})`;
}

export function formatNumber(value: number | null, locale: string, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatPercent(value: number | null, locale: string, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** A valence balance with its sign, so "+0.25" reads as leaning positive. */
export function formatBalance(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
