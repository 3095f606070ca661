import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { loadConfig } from '../src/config/env.js';
import { createApp } from '../src/create-app.js';
import { radiologistAnswers } from '../test/support/clinician-answers.js';
import { signIn } from '../test/support/sign-in.js';
import { createTestDatabase, migrate, type TestDatabase } from '../test/support/test-database.js';

const CLIENTS = 200;
const RESPONSES_PER_CLIENT = 20;
const KILLS = 5;

let db: TestDatabase | undefined;
let app: NestFastifyApplication | undefined;
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/**
 * responses.faults: clients keep submitting (and retrying with the same UUID) while the API's
 * database connections are terminated under them. Afterwards stored rows must equal the distinct
 * UUIDs sent: nothing lost, nothing duplicated. Needs a PostgreSQL server (TEST_DATABASE_URL).
 */
test.runIf(Boolean(process.env.TEST_DATABASE_URL))('responses.faults: none lost, none duplicated while connections are killed', async () => {
  db = await createTestDatabase();
  if (db.database.engine !== 'postgres') throw new Error('needs PostgreSQL');
  const config = loadConfig({ NODE_ENV: 'test', DEMO: '1', LOG_LEVEL: process.env.BENCH_LOGS === '1' ? 'error' : 'silent', DATABASE_URL: db.database.url });
  await migrate(config.database);
  ({ app } = await createApp(config, { logs: process.env.BENCH_LOGS === '1' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  const inject = app.inject.bind(app);
  const lead = await signIn(inject, 'lead@polyphony.demo');
  const instruments = (await inject({ method: 'GET', url: '/api/instruments', headers: lead })).json() as { items: Array<{ key: string; versions: Array<{ id: string }> }> };
  const instrumentVersionId = instruments.items.find((i) => i.key === 'clinician-meaningful-ai')!.versions[0].id;
  const participant = (await inject({ method: 'POST', url: '/api/participants', headers: lead, payload: { center: 'UKM', group: 'radiologist', language: 'de' } })).json() as { id: string };
  const headers = { ...lead, 'content-type': 'application/json' };

  const sent = new Set<string>();
  let attempts = 0;
  let retried = 0;
  const statuses = new Map<number, number>();
  const submit = async (id: string, variant: number) => {
    const body = JSON.stringify({ instrumentVersionId, participantId: participant.id, data: radiologistAnswers(variant), status: 'completed', revision: 0 });
    for (let attempt = 0; ; attempt += 1) {
      attempts += 1;
      try {
        const response = await fetch(`${url}/api/responses/${id}`, { method: 'PUT', headers, body });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        if (response.status === 500) console.log(`500 body: ${text} request-id ${response.headers.get('x-request-id')}`);
        if (response.ok) return;
        if (response.status < 500) throw new Error(`refused with ${response.status}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('refused')) throw error;
      }
      retried += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** Math.min(attempt, 6))));
    }
  };

  const admin = new pg.Client({ connectionString: db.database.url });
  await admin.connect();
  let killed = 0;
  const killer = (async () => {
    for (let i = 0; i < KILLS; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const rows = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      killed += rows.rowCount ?? 0;
    }
  })();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < RESPONSES_PER_CLIENT; n += 1) {
        const id = randomUUID();
        sent.add(id);
        await submit(id, client * RESPONSES_PER_CLIENT + n);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await killer;
  const [{ stored, distinct }] = (await admin.query<{ stored: number; distinct: number }>(
    `SELECT count(*)::int AS stored, count(DISTINCT id)::int AS distinct FROM survey_response WHERE participant_id = $1`,
    [participant.id],
  )).rows as [{ stored: number; distinct: number }];
  await admin.end();

  console.log(`responses.faults: ${sent.size} UUIDs, ${attempts} attempts (${retried} retried), ${killed} connections killed in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(killed).toBeGreaterThan(0);
  // A lost database connection is the client's cue to retry (503), never an unexplained 500.
  expect(statuses.get(500) ?? 0).toBe(0);
  expect(stored).toBe(sent.size);
  expect(distinct).toBe(sent.size);
  reportBench({ name: 'responses.faults.stored', value: stored, unit: 'rows', baseline: { name: 'distinct-uuids-sent', value: sent.size } });
});
