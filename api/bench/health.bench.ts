import Fastify from 'fastify';
import { afterAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { loadConfig } from '../src/config/env.js';
import { createApp } from '../src/create-app.js';
import { httpLoad } from './load.js';

const CONNECTIONS = 50;
const DURATION_S = 5;

function load(url: string) {
  return httpLoad({ url, connections: CONNECTIONS, durationSeconds: DURATION_S, method: 'GET', path: '/api/health' });
}

const closers: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const close of closers) await close();
});

/**
 * Framework overhead: the full stack (Nest, guard, filters, helmet, logging off, one database round
 * trip for the migration check) against a bare Fastify handler returning the same JSON, same run.
 */
test('api.health round trip versus a bare Fastify handler, 50 connections', async () => {
  const bare = Fastify();
  bare.get('/api/health', async () => ({ status: 'ok', database: 'pglite', migrations: 'current' }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  closers.push(() => bare.close());

  // BENCH_DATABASE_URL measures the same on a (migrated) PostgreSQL server instead of PGlite.
  const server = process.env.BENCH_DATABASE_URL;
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: ':memory:', LOG_LEVEL: 'silent', ...(server ? { DATABASE_URL: server } : {}) });
  const { app } = await createApp(config, { logs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  closers.push(() => app.close());
  const appUrl = await app.getUrl();

  await load(bareUrl); // warm-up both, so JIT and pools are ready
  await load(appUrl);
  const baseline = await load(bareUrl);
  const full = await load(appUrl);
  expect(full.non2xx).toBe(0);
  expect(full.errors).toBe(0);

  reportBench({ name: 'api.health.requests-per-second', value: full.requestsPerSecond, unit: 'req/s', baseline: { name: 'fastify.bare', value: baseline.requestsPerSecond } });
  reportBench({ name: 'api.health.latency-p99', value: full.p99, unit: 'ms', baseline: { name: 'fastify.bare', value: Math.max(baseline.p99, 0.001) } });
});
