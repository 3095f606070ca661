import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { loadConfig } from '../src/config/env.js';
import { createApp } from '../src/create-app.js';
import { User } from '../src/identity/user.entity.js';
import { signIn } from '../test/support/sign-in.js';
import { createTestDatabase, migrate, type TestDatabase } from '../test/support/test-database.js';
import { generateCorpus, RARE_WORD, type Corpus } from './corpus.js';
import { httpLoad, operationLoad } from './load.js';

// The corpus (500 transcripts, ~4 million words, 50 000 codings) on PostgreSQL; a tenth of
// it on embedded PGlite, which is meant for single-machine use. BENCH_CORPUS_SCALE overrides.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const SCALE = Number(process.env.BENCH_CORPUS_SCALE ?? (onPostgres ? 1 : 0.1));

let db: TestDatabase;
let app: NestFastifyApplication;
let url: string;
let headers: Record<string, string>;
let corpus: Corpus;
let dataSource: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = db.database.engine === 'postgres' ? { DATABASE_URL: db.database.url } : { DATA_DIR: ':memory:' };
  const config = loadConfig({ NODE_ENV: 'test', DEMO: '1', LOG_LEVEL: 'silent', ...env });
  if (db.engine === 'postgres') await migrate(config.database);
  ({ app } = await createApp(config, { logs: false }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = await app.getUrl();
  dataSource = app.get(DataSource);
  const users = await dataSource.getRepository(User).find();
  const id = (email: string) => users.find((u) => u.email === email)!.id;
  const started = performance.now();
  corpus = await generateCorpus(dataSource, {
    transcripts: Math.round(500 * SCALE),
    wordsPerTranscript: 8_000,
    codings: Math.round(50_000 * SCALE),
    coderIds: [id('researcher@polyphony.demo'), id('coder2@polyphony.demo'), id('lead@polyphony.demo')],
    createdBy: id('lead@polyphony.demo'),
  });
  console.log(`corpus (${db.engine}, scale ${SCALE}): ${corpus.transcriptIds.length} transcripts, ${corpus.words} words, ${corpus.codings} codings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  headers = { ...(await signIn(app.inject.bind(app), 'lead@polyphony.demo')), 'content-type': 'application/json' };
}, 900_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

test('coding.apply: adding codings through the API, 20 concurrent coders', async () => {
  const transcript = corpus.transcriptIds[0]!;
  const body = JSON.stringify({ codeId: corpus.codeIds[0], start: 10, end: 120 });
  const api = await httpLoad({ url, connections: 20, durationSeconds: 8, method: 'POST', headers, body, path: `/api/transcripts/${transcript}/codings` });
  expect(api.non2xx).toBe(0);
  // Baseline: the same row written with one INSERT, same concurrency.
  const baseline = await operationLoad(
    () => dataSource.query('INSERT INTO coding (transcript_id, code_id, coder_id, start_cp, end_cp) VALUES ($1, $2, $3, 10, 120)', [transcript, corpus.codeIds[0], corpus.coderIds[0]]),
    20,
    8,
  );
  // autocannon reports p97.5, not p95: a slightly stricter figure.
  reportBench({ name: `coding.apply.${db.engine}.p97_5`, value: api.p97_5, unit: 'ms', baseline: { name: 'plain-insert.p97_5', value: Math.max(baseline.p97_5, 0.001) } });
});

test('coding.retrieve: all passages of one code with filters', async () => {
  const codeId = corpus.codeIds[1]!;
  const path = `/api/passages?codeId=${codeId}&group=patient&includeChildren=true`;
  // Five researchers retrieving at the same moment.
  const api = await httpLoad({ url, connections: 5, durationSeconds: 6, method: 'GET', headers, path });
  expect(api.non2xx).toBe(0);
  const baseline = await operationLoad(
    () => dataSource.query(`SELECT c.id FROM coding c JOIN transcript t ON t.id = c.transcript_id WHERE c.code_id = $1 AND t.stakeholder_group = 'patient' LIMIT 500`, [codeId]),
    5,
    6,
  );
  reportBench({ name: `coding.retrieve.${db.engine}.p97_5`, value: api.p97_5, unit: 'ms', baseline: { name: 'bare-sql-ids.p97_5', value: Math.max(baseline.p97_5, 0.001) } });
});

test('search.fulltext: stemmed search with keywords in context vs an unindexed ILIKE scan', async () => {
  // Five researchers searching; the same page of results (first 50 in transcript order) both ways.
  const api = await httpLoad({ url, connections: 5, durationSeconds: 6, method: 'GET', headers, path: `/api/search?q=${encodeURIComponent(RARE_WORD.nl!)}&language=nl&limit=50` });
  expect(api.non2xx).toBe(0);
  const baseline = await operationLoad(
    () => dataSource.query(`SELECT s.id, s.text FROM segment s JOIN transcript t ON t.id = s.transcript_id JOIN participant p ON p.id = t.participant_id
                            WHERE s.language = 'nl' AND s.text ILIKE $1 ORDER BY p.code, s.ordinal LIMIT 50`, [`%${RARE_WORD.nl}%`]),
    5,
    6,
  );
  reportBench({ name: `search.fulltext.${db.engine}.p97_5`, value: api.p97_5, unit: 'ms', baseline: { name: 'ilike-scan.p97_5', value: Math.max(baseline.p97_5, 0.001) } });
});
