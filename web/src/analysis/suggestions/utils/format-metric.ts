/** A share 0–1 as a whole percentage in the reader's language; "–" when not defined (no codes, NaN). */
export function formatMetric(value: number | null | undefined, language: string | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
