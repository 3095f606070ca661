import { benchmarkRowKey, type BenchmarkRow } from './validate-benchmark-rows.js';

export interface StoredBenchmarkRow {
  id: string;
  packageKey: string;
  packageVersion: string;
  task: string;
  center: string;
  dataset: string;
  metric: string;
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface BenchmarkNumbers {
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface BenchmarkUpdate {
  id: string;
  row: BenchmarkRow;
  before: BenchmarkNumbers;
  after: BenchmarkNumbers;
}

export interface BenchmarkChanges {
  created: BenchmarkRow[];
  updated: BenchmarkUpdate[];
  unchanged: number;
}

function numbers(row: BenchmarkNumbers): BenchmarkNumbers {
  return { value: row.value, ciLow: row.ciLow, ciHigh: row.ciHigh, n: row.n };
}

/**
 * What importing `rows` would do to what is stored: rows with a new key are created, rows whose
 * numbers differ are updated (with before and after), identical rows change nothing. Stored rows
 * the file does not mention are left alone (a file may carry one package or one center only).
 */
export function benchmarkChanges(rows: readonly BenchmarkRow[], stored: readonly StoredBenchmarkRow[]): BenchmarkChanges {
  const storedByKey = new Map(stored.map((s) => [benchmarkRowKey(s), s]));
  const changes: BenchmarkChanges = { created: [], updated: [], unchanged: 0 };
  for (const row of rows) {
    const existing = storedByKey.get(benchmarkRowKey(row));
    if (!existing) changes.created.push(row);
    else if (existing.value === row.value && existing.ciLow === row.ciLow && existing.ciHigh === row.ciHigh && existing.n === row.n) changes.unchanged += 1;
    else changes.updated.push({ id: existing.id, row, before: numbers(existing), after: numbers(row) });
  }
  return changes;
}
