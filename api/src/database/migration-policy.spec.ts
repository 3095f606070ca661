import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env.js';
import { createApp } from '../create-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { PendingMigrationsError } from './migration-policy.js';
import { signIn } from '../../test/support/sign-in.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('start-up migration policy', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it.runIf(!onPostgres)('migrates and seeds the embedded database itself, and keeps data across restarts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-data-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

    const first = await createApp(config, { logs: false });
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    expect(first.seeded?.find((step) => step.step === 'centers')).toMatchObject({ created: 5, existing: 0 });
    await first.app.close();

    const second = await createApp(config, { logs: false });
    expect(second.appliedMigrations).toEqual([]);
    expect(second.seeded?.find((step) => step.step === 'centers')).toMatchObject({ created: 0, existing: 5 });
    const inject = second.app.inject.bind(second.app);
    await signIn(inject, 'admin@polyphony.demo');
    const centers = await inject({ method: 'GET', url: '/api/centers' });
    expect((centers.json() as Array<{ code: string }>).map((c) => c.code)).toEqual(['RUMC', 'UKD', 'UKL', 'UKM', 'UNITN']);
    await second.app.close();
    // Two boots on disk, each migrating or checking and seeding the whole demo study.
  }, 180_000);

  it.runIf(onPostgres)('refuses to start on a server database with pending migrations, saying what to run', async () => {
    const db: TestDatabase = await createTestDatabase();
    cleanups.push(() => db.drop());
    if (db.database.engine !== 'postgres') throw new Error('expected PostgreSQL');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.database.url, LOG_LEVEL: 'silent' });
    const attempt = createApp(config, { logs: false });
    await expect(attempt).rejects.toBeInstanceOf(PendingMigrationsError);
    await expect(attempt).rejects.toThrow(/npm run migration:run/);
  });
});
