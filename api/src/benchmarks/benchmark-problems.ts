/**
 * What can be wrong with a benchmark file. Each code has a message under `problems` in
 * locales/<lng>/errors.json, rendered with its params in the reader's language.
 */
export const BENCHMARK_PROBLEM_CODES = [
  'BENCHMARK_FILE_UNREADABLE',
  'BENCHMARK_FILE_EMPTY',
  'BENCHMARK_TOO_MANY_ROWS',
  'BENCHMARK_MISSING_COLUMN',
  'BENCHMARK_UNKNOWN_COLUMN',
  'BENCHMARK_REQUIRED',
  'BENCHMARK_NOT_A_NUMBER',
  'BENCHMARK_NOT_A_COUNT',
  'BENCHMARK_TEXT_TOO_LONG',
  'BENCHMARK_INVALID_PACKAGE',
  'BENCHMARK_UNKNOWN_TASK',
  'BENCHMARK_UNKNOWN_METRIC',
  'BENCHMARK_UNKNOWN_CENTER',
  'BENCHMARK_OUT_OF_RANGE',
  'BENCHMARK_BELOW_MINIMUM',
  'BENCHMARK_CI_ORDER',
  'BENCHMARK_DUPLICATE_ROW',
] as const;
export type BenchmarkProblemCode = (typeof BENCHMARK_PROBLEM_CODES)[number];

/**
 * One problem. `row` is the row number a spreadsheet shows (the header is row 1, so the first
 * data row is 2); for JSON it is the position of the object in the array (first = 1). `row` and
 * `column` are null for problems of the whole file.
 */
export interface BenchmarkProblem {
  code: BenchmarkProblemCode;
  row: number | null;
  column: string | null;
  params: Record<string, string | number>;
}

export function problem(code: BenchmarkProblemCode, row: number | null, column: string | null, params: Record<string, string | number> = {}): BenchmarkProblem {
  return { code, row, column, params: column === null ? params : { column, ...params } };
}
