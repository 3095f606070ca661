import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';
import pg from 'pg';
import { getPGliteInstance } from 'typeorm-pglite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { loadConfig } from '../src/config/env.js';
import { createApp } from '../src/create-app.js';
import { validateResponse } from '../src/surveys/validate-response.js';
import { radiologistAnswers } from '../test/support/clinician-answers.js';
import { signIn } from '../test/support/sign-in.js';
import { createTestDatabase, migrate, type TestDatabase } from '../test/support/test-database.js';
import { httpLoad, operationLoad } from './load.js';

// Engine: PostgreSQL when TEST_DATABASE_URL is set (a fresh database is created), else PGlite.
const CONNECTIONS = 50;
const DURATION_S = 8;

let db: TestDatabase;
let app: NestFastifyApplication;
let url: string;
let headers: Record<string, string>;
let body: string;
let definition: Record<string, unknown>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = db.database.engine === 'postgres' ? { DATABASE_URL: db.database.url } : { DATA_DIR: ':memory:' };
  const config = loadConfig({ NODE_ENV: 'test', DEMO: '1', LOG_LEVEL: 'silent', ...env });
  if (db.engine === 'postgres') await migrate(config.database);
  ({ app } = await createApp(config, { logs: false }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = await app.getUrl();
  const inject = app.inject.bind(app);
  const lead = await signIn(inject, 'lead@polyphony.demo');
  const instruments = (await inject({ method: 'GET', url: '/api/instruments', headers: lead })).json() as { items: Array<{ key: string; versions: Array<{ id: string }> }> };
  const versionId = instruments.items.find((i) => i.key === 'clinician-meaningful-ai')!.versions[0].id;
  definition = (await inject({ method: 'GET', url: `/api/instrument-versions/${versionId}`, headers: lead })).json<{ definition: Record<string, unknown> }>().definition;
  const participant = (await inject({ method: 'POST', url: '/api/participants', headers: lead, payload: { center: 'UKM', group: 'radiologist', language: 'de' } })).json() as { id: string };
  const answers = radiologistAnswers(3);
  expect(validateResponse(definition, answers, 'completed').ok).toBe(true);
  body = JSON.stringify({ instrumentVersionId: versionId, participantId: participant.id, data: answers, status: 'completed', revision: 0 });
  headers = { ...lead, 'content-type': 'application/json' };
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

test(`responses.submit: validated completed submissions over HTTP vs a plain INSERT, ${CONNECTIONS} clients`, async () => {
  const path = '/api/responses/[uuid]';
  await httpLoad({ url, connections: CONNECTIONS, durationSeconds: 2, method: 'PUT', headers, body, path }); // warm-up
  const api = await httpLoad({ url, connections: CONNECTIONS, durationSeconds: DURATION_S, method: 'PUT', headers, body, path });
  expect(api.non2xx).toBe(0);
  expect(api.errors).toBe(0);

  const parsed = JSON.parse(body) as { instrumentVersionId: string; participantId: string; data: object };
  const insertSql = `INSERT INTO bench_response (id, instrument_version_id, participant_id, center_code, status, data, language, revision, content_hash, started_at, updated_at, completed_at)
                     VALUES ($1, $2, $3, 'UKM', 'completed', $4, 'de', 1, $5, now(), now(), now())`;
  const createSql = `CREATE TABLE IF NOT EXISTS bench_response (LIKE survey_response INCLUDING ALL)`;
  const params = () => [randomUUID(), parsed.instrumentVersionId, parsed.participantId, JSON.stringify(parsed.data), 'f'.repeat(64)];
  let baseline;
  if (db.database.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: db.database.url, max: CONNECTIONS });
    await pool.query(createSql);
    baseline = await operationLoad(() => pool.query(insertSql, params()), CONNECTIONS, DURATION_S);
    await pool.end();
  } else {
    const pglite = await getPGliteInstance();
    await pglite.query(createSql);
    baseline = await operationLoad(() => pglite.query(insertSql, params()), CONNECTIONS, DURATION_S);
  }
  // The ceiling HTTP itself puts on this machine: a bare Fastify route that parses the same body and
  // runs the same plain INSERT (no session, validation, audit or exactly-once rules), same clients.
  const floorApp = Fastify({ bodyLimit: 1024 * 1024 });
  floorApp.put<{ Params: { id: string }; Body: { instrumentVersionId: string; participantId: string; data: object } }>('/api/responses/:id', async (request) => {
    const { instrumentVersionId, participantId, data } = request.body;
    const values = [request.params.id, instrumentVersionId, participantId, JSON.stringify(data), 'f'.repeat(64)];
    if (db.database.engine === 'postgres') await floorPool!.query(insertSql, values);
    else await (await getPGliteInstance()).query(insertSql, values);
    return { id: request.params.id, revision: 1 };
  });
  const floorPool = db.database.engine === 'postgres' ? new pg.Pool({ connectionString: db.database.url, max: CONNECTIONS }) : undefined;
  const floorUrl = await floorApp.listen({ port: 0, host: '127.0.0.1' });
  await httpLoad({ url: floorUrl, connections: CONNECTIONS, durationSeconds: 2, method: 'PUT', headers: { 'content-type': 'application/json' }, body, path });
  const floor = await httpLoad({ url: floorUrl, connections: CONNECTIONS, durationSeconds: DURATION_S, method: 'PUT', headers: { 'content-type': 'application/json' }, body, path });
  await floorApp.close();
  await floorPool?.end();
  expect(floor.non2xx).toBe(0);

  const engine = db.engine;
  reportBench({ name: `responses.http-floor.${engine}.throughput`, value: floor.requestsPerSecond, unit: 'req/s', baseline: { name: `plain-insert.${engine}`, value: baseline.requestsPerSecond } });
  reportBench({ name: `responses.submit.${engine}.vs-http-floor`, value: api.requestsPerSecond, unit: 'req/s', baseline: { name: `http-floor.${engine}`, value: floor.requestsPerSecond } });
  reportBench({ name: `responses.submit.${engine}.throughput`, value: api.requestsPerSecond, unit: 'req/s', baseline: { name: `plain-insert.${engine}`, value: baseline.requestsPerSecond } });
  reportBench({ name: `responses.submit.${engine}.p50`, value: api.p50, unit: 'ms', baseline: { name: `plain-insert.${engine}`, value: Math.max(baseline.p50, 0.001) } });
  reportBench({ name: `responses.submit.${engine}.p99`, value: api.p99, unit: 'ms', baseline: { name: `plain-insert.${engine}`, value: Math.max(baseline.p99, 0.001) } });
});
