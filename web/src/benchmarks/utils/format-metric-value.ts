/**
 * A metric's number as a reader expects it: proportions and coefficients with three decimals,
 * millimetres and seconds with one, euros as currency, in the reader's locale.
 */
export function formatMetricValue(value: number, metric: string, locale: string): string {
  if (metric === 'cost_per_case_eur') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
  const digits = metric === 'hd95' || metric === 'processing_time_s' ? 1 : 3;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
