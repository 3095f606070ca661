import type { DataSource } from 'typeorm';
import type { DatabaseEngine } from '../config/env.js';

export class PendingMigrationsError extends Error {
  constructor() {
    super(
      'The PostgreSQL database has pending migrations. Polyphony does not change a server database ' +
        'on its own: run `npm run migration:run` (with the same DATABASE_URL), then start again.',
    );
  }
}

/**
 * Embedded mode is single-user and self-managing, so it migrates itself at start. A server
 * database is shared and backed up by an operator, who applies migrations deliberately.
 */
export async function applyMigrationPolicy(dataSource: DataSource, engine: DatabaseEngine): Promise<string[]> {
  if (engine === 'pglite') {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  }
  if (await dataSource.showMigrations()) throw new PendingMigrationsError();
  return [];
}
