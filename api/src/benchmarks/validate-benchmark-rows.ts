import { BENCHMARK_METRICS, BENCHMARK_TASKS, PACKAGE_KEY_PATTERN, isBenchmarkMetric, type BenchmarkMetric, type BenchmarkTask } from './benchmark-schema.js';
import { problem, type BenchmarkProblem } from './benchmark-problems.js';
import type { BenchmarkRecord } from './read-benchmark-file.js';

/** A checked row, ready to store. */
export interface BenchmarkRow {
  row: number;
  packageKey: string;
  packageVersion: string;
  task: BenchmarkTask;
  center: string;
  dataset: string;
  metric: BenchmarkMetric;
  value: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface BenchmarkValidation {
  rows: BenchmarkRow[];
  problems: BenchmarkProblem[];
}

/** The six columns that identify a result; a second row with the same key is a duplicate. */
export function benchmarkRowKey(row: { packageKey: string; packageVersion: string; task: string; center: string; dataset: string; metric: string }): string {
  return JSON.stringify([row.packageKey, row.packageVersion, row.task, row.center, row.dataset, row.metric]);
}

const MAX_LENGTH = { package_version: 40, dataset: 80 } as const;

/** Checks every record and reports every problem (not just the first), row by row, column by column. */
export function validateBenchmarkRecords(records: readonly BenchmarkRecord[], knownCenters: ReadonlySet<string>): BenchmarkValidation {
  const rows: BenchmarkRow[] = [];
  const problems: BenchmarkProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const record of records) {
    const before = problems.length;
    const report = (code: BenchmarkProblem['code'], column: string, params: Record<string, string | number> = {}) => problems.push(problem(code, record.row, column, params));
    const text = (column: string): string | null => {
      const raw = record.cells[column];
      const value = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw.trim() : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
      if (value === '') {
        report('BENCHMARK_REQUIRED', column);
        return null;
      }
      return value;
    };
    const bounded = (column: 'package_version' | 'dataset'): string | null => {
      const value = text(column);
      if (value !== null && value.length > MAX_LENGTH[column]) {
        report('BENCHMARK_TEXT_TOO_LONG', column, { max: MAX_LENGTH[column] });
        return null;
      }
      return value;
    };
    const number = (column: string): number | null => {
      const raw = record.cells[column];
      if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
        report('BENCHMARK_REQUIRED', column);
        return null;
      }
      const parsed = parseNumber(raw);
      if (parsed === null) report('BENCHMARK_NOT_A_NUMBER', column, { value: shown(raw) });
      return parsed;
    };

    const packageRaw = text('package');
    const packageKey = packageRaw?.toLowerCase() ?? null;
    if (packageKey !== null && !PACKAGE_KEY_PATTERN.test(packageKey)) report('BENCHMARK_INVALID_PACKAGE', 'package', { value: shown(packageRaw) });
    const packageVersion = bounded('package_version');
    const taskRaw = text('task');
    const task = taskRaw?.toLowerCase() ?? null;
    if (task !== null && !(BENCHMARK_TASKS as readonly string[]).includes(task)) report('BENCHMARK_UNKNOWN_TASK', 'task', { value: shown(taskRaw), allowed: BENCHMARK_TASKS.join(', ') });
    const centerRaw = text('center');
    const center = centerRaw?.toUpperCase() ?? null;
    if (center !== null && !knownCenters.has(center)) report('BENCHMARK_UNKNOWN_CENTER', 'center', { value: shown(centerRaw), allowed: [...knownCenters].sort().join(', ') });
    const dataset = bounded('dataset');
    const metricRaw = text('metric');
    const metric = metricRaw?.toLowerCase() ?? null;
    if (metric !== null && !isBenchmarkMetric(metric)) report('BENCHMARK_UNKNOWN_METRIC', 'metric', { value: shown(metricRaw) });
    const value = number('value');
    const ciLow = number('ci_low');
    const ciHigh = number('ci_high');
    const nRaw = record.cells.n;
    let n: number | null = null;
    if (nRaw === null || nRaw === undefined || (typeof nRaw === 'string' && nRaw.trim() === '')) report('BENCHMARK_REQUIRED', 'n');
    else {
      n = parseNumber(nRaw);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 10_000_000) {
        report('BENCHMARK_NOT_A_COUNT', 'n', { value: shown(nRaw) });
        n = null;
      }
    }

    if (metric !== null && isBenchmarkMetric(metric)) {
      const spec = BENCHMARK_METRICS[metric];
      for (const [column, v] of [['value', value], ['ci_low', ciLow], ['ci_high', ciHigh]] as const) {
        if (v === null) continue;
        if (spec.min !== null && spec.max !== null && (v < spec.min || v > spec.max)) report('BENCHMARK_OUT_OF_RANGE', column, { value: v, min: spec.min, max: spec.max, metric });
        else if (spec.min !== null && v < spec.min) report('BENCHMARK_BELOW_MINIMUM', column, { value: v, min: spec.min, metric });
      }
    }
    if (value !== null && ciLow !== null && ciHigh !== null && !(ciLow <= value && value <= ciHigh)) {
      report('BENCHMARK_CI_ORDER', ciLow > value ? 'ci_low' : 'ci_high', { value, ciLow, ciHigh });
    }

    if (problems.length > before) continue;
    // Every field was checked above; the non-null assertions restate what the checks established.
    const row: BenchmarkRow = {
      row: record.row,
      packageKey: packageKey!,
      packageVersion: packageVersion!,
      task: task as BenchmarkTask,
      center: center!,
      dataset: dataset!,
      metric: metric as BenchmarkMetric,
      value: value!,
      ciLow: ciLow!,
      ciHigh: ciHigh!,
      n: n!,
    };
    const key = benchmarkRowKey(row);
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      problems.push(problem('BENCHMARK_DUPLICATE_ROW', record.row, null, { firstRow: first }));
      continue;
    }
    firstRowOfKey.set(key, record.row);
    rows.push(row);
  }
  return { rows, problems };
}

/**
 * Numbers from cells: JS numbers as they are; text with a decimal point or, as Dutch, German and
 * Italian spreadsheets write it, a decimal comma ("0,87"). Thousands separators are not guessed.
 */
export function parseNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (/^[+-]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function shown(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw) ?? '';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
