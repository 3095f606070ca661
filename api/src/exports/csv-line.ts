import type { CellValue } from './response-columns.js';

/**
 * One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled.
 * Booleans become 1/0 so statistics software reads them as numbers. Formula-like text (=, +, -, @)
 * is left as is: these files are for R and SPSS, not for spreadsheet programs.
 */
export function csvLine(values: readonly CellValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
