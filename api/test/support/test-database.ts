import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/env.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';

export interface TestDatabase {
  database: AppConfig['database'];
  engine: 'pglite' | 'postgres';
  /** Drops the database (PostgreSQL); PGlite ones live in memory and vanish with the process. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file, so runs never collide: on PostgreSQL (when
 * TEST_DATABASE_URL is set) a new database named after a random suffix, else in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { database: { engine: 'pglite', dataDir: null }, engine: 'pglite', drop: async () => {} };
  const name = `polyphony_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: { engine: 'postgres', url: url.toString() },
    engine: 'postgres',
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Applies all migrations with a short-lived data source, as `npm run migration:run` does. */
export async function migrate(database: AppConfig['database']): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    // PGlite's shared instance must stay open for the app that follows in the same process.
    if (database.engine === 'postgres') await dataSource.destroy();
  }
}
