import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test/support/sign-in.js';
import { createTestDatabase, migrate, type TestDatabase } from '../../test/support/test-database.js';
import { loadConfig } from '../config/env.js';
import { createApp } from '../create-app.js';
import type { ExportJobView } from './exports.schemas.js';

describe('export jobs across an API restart', { timeout: 300_000 }, () => {
  let db: TestDatabase | undefined;
  let dataDir: string | undefined;
  let app: NestFastifyApplication | undefined;
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  // On PostgreSQL a job whose fetch was in flight at shutdown stays "active" in pg-boss until its
  // 30-minute expiry and only then runs again (pg-boss 10 has no heartbeat): not lost, but too slow
  // for a test. Known limitation, see README (Exports); here the embedded engine, where it is prompt.
  it.runIf(!process.env.TEST_DATABASE_URL)('finishes a job on the next start when the API stopped before it was done', async () => {
    db = await createTestDatabase();
    // PGlite keeps its data in a folder here, so a second app can open the same database.
    dataDir = db.engine === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'polyphony-restart-')) : undefined;
    const env = db.database.engine === 'postgres' ? { DATABASE_URL: db.database.url } : { DATA_DIR: dataDir! };
    const config = loadConfig({ NODE_ENV: 'test', DEMO: '1', LOG_LEVEL: 'silent', ...env });
    if (db.engine === 'postgres') await migrate(config.database);

    ({ app } = await createApp(config, { logs: false }));
    let lead = await signIn((options) => app!.inject(options), 'lead@polyphony.demo');
    const created = await app.inject({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'workbook', params: { includeInProgress: true } } });
    expect(created.statusCode, created.body).toBe(202);
    const { id } = created.json() as { id: string };
    // Stop at once: the job is still queued, or running and handed back to the queue.
    await app.close();
    app = undefined;

    ({ app } = await createApp(config, { logs: false }));
    lead = await signIn((options) => app!.inject(options), 'lead@polyphony.demo');
    let job: ExportJobView;
    const deadline = Date.now() + 120_000;
    for (;;) {
      job = (await app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: lead })).json() as ExportJobView;
      if (job.status === 'done' || job.status === 'failed' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(job.status, JSON.stringify(job)).toBe('done');
    const [{ attempts }] = await app.get(DataSource).query<Array<{ attempts: number }>>('SELECT attempts FROM export_job WHERE id = $1', [id]);
    expect(attempts).toBeGreaterThanOrEqual(1);
    const download = await app.inject({ method: 'GET', url: `/api/exports/${id}/download`, headers: lead });
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(job.sha256);
  });
});
