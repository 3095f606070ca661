import { BENCHMARK_TASKS, type BenchmarkFilters } from '../api/benchmark-types';

const TOKEN = /^[A-Za-z0-9_-]{1,40}$/;

/** Reads the filters from the address, dropping anything malformed instead of sending it on. */
export function filtersFromParams(params: URLSearchParams): BenchmarkFilters {
  const read = (name: string) => {
    const value = params.get(name) ?? '';
    return TOKEN.test(value) ? value : '';
  };
  const task = read('task');
  return {
    package: read('package').toLowerCase(),
    task: (BENCHMARK_TASKS as readonly string[]).includes(task) ? task : '',
    center: read('center').toUpperCase(),
    metric: read('metric').toLowerCase(),
  };
}
