import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { AppConfig } from '../config/env.js';
import { allEntities } from './entities.js';
import { allMigrations } from '../../../migrations/index.js';
import { SerializedPGlitePool } from './serialized-pglite-pool.js';

/**
 * One set of options for both engines: the same entities, the same migrations and the same SQL.
 * Only the transport differs: a pg pool for a server, an in-process PGlite otherwise.
 */
export function buildDataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const shared = {
    type: 'postgres' as const,
    entities: allEntities,
    migrations: allMigrations,
    migrationsTableName: 'migrations',
    // The schema changes only through migrations/.
    synchronize: false,
    migrationsRun: false,
    logging: ['error' as const],
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (database.engine === 'postgres') {
    return { ...shared, url: database.url, poolSize: 20, extra: { connectionTimeoutMillis: 5_000 } };
  }
  const dataDir = database.dataDir === null ? undefined : path.resolve(database.dataDir, 'pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // PGliteDriver stores its options for the shared PGlite instance; the pool class is ours.
  new PGliteDriver({ dataDir });
  return { ...shared, driver: { Pool: SerializedPGlitePool } };
}
