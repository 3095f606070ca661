import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

const UUID_PATH_HOOK = fileURLToPath(new URL('./uuid-path.cjs', import.meta.url));

/**
 * autocannon in a worker thread, so the load generator does not share the API's JavaScript thread
 * when both run in one process. `[uuid]` in the path becomes a fresh UUID on every request.
 */
export function httpLoad(options: {
  url: string;
  connections: number;
  durationSeconds: number;
  method: 'GET' | 'PUT' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  path: string;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        workers: 1,
        requests: [
          {
            method: options.method,
            path: options.path,
            headers: options.headers,
            body: options.body,
            ...(options.path.includes('[uuid]') ? { setupRequest: UUID_PATH_HOOK } : {}),
          },
        ],
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error('autocannon failed'));
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p97_5: result.latency.p97_5,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          total: result.requests.total,
        });
      },
    );
  });
}

/** The same shape of load for a plain async operation: `concurrency` workers for a fixed time. */
export async function operationLoad(operation: () => Promise<unknown>, concurrency: number, durationSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const deadline = performance.now() + durationSeconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await operation();
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { requestsPerSecond: latencies.length / durationSeconds, p50: at(0.5), p97_5: at(0.975), p99: at(0.99), non2xx: 0, errors, total: latencies.length };
}
