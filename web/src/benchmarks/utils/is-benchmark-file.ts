/** The file kinds the import accepts (the server recognises them by content, too). */
export const BENCHMARK_FILE_ACCEPT = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isBenchmarkFile(name: string): boolean {
  return /\.(csv|xlsx|json)$/i.test(name.trim());
}
