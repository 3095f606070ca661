import type { CellValue } from './response-columns.js';

/** A column as R and SPSS see it. */
export interface StatisticsVariable {
  /** Valid in R and SPSS: letters, digits, _ and ., starts with a letter, at most 64 characters. */
  name: string;
  /** Variable label, per language. */
  label: Record<string, string>;
  numeric: boolean;
  /** Widest text expected (SPSS A-format); ignored for numeric variables. */
  width: number;
  /** Value labels per language, for coded variables. */
  valueLabels?: Array<{ value: string | number; label: Record<string, string> }>;
}

/** One CSV file of the bundle and what its columns mean. */
export interface StatisticsTable {
  file: string;
  /** R object and SPSS dataset name. */
  dataset: string;
  variables: StatisticsVariable[];
}

const SPSS_RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);

/** Makes names valid and unique for R and SPSS, keeping them as recognisable as possible. */
export class VariableNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let name = wanted.replace(/[^A-Za-z0-9_.]/g, '_').replace(/\.+$/, '');
    if (!/^[A-Za-z]/.test(name) || SPSS_RESERVED.has(name.toUpperCase())) name = `v_${name}`;
    name = name.slice(0, 60);
    let unique = name;
    for (let n = 2; this.used.has(unique.toLowerCase()); n += 1) unique = `${name}_${n}`;
    this.used.add(unique.toLowerCase());
    return unique;
  }
}

/** Booleans are written as 1/0 (see csv-line.ts); value labels follow. */
export function codeOf(value: string | number | boolean): string | number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function isNumericCode(value: CellValue): boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}
