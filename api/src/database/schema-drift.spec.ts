import { afterAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { buildDataSourceOptions } from './data-source-options.js';

describe('entities and migrations', () => {
  let db: TestDatabase | undefined;
  afterAll(() => db?.drop());

  it('agree: after all migrations the entities need no further schema change', async () => {
    db = await createTestDatabase();
    const dataSource = new DataSource(buildDataSourceOptions(db.database));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    // If this fails, run `npm run migration:generate -- DescribeTheChange` and commit the file.
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    await dataSource.destroy();
  });
});
