import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { createApp } from '../../src/create-app.js';
import { createTestDatabase, migrate, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

/**
 * The real application (same modules, filters, migrations and demo seed as `npm start`) on a
 * fresh database, driven in-process through Fastify's inject: no port, no network.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const databaseEnv = db.database.engine === 'postgres' ? { DATABASE_URL: db.database.url } : { DATA_DIR: ':memory:' };
  const config = loadConfig({ NODE_ENV: 'test', DEMO: '1', LOG_LEVEL: 'silent', ...databaseEnv, ...env });
  if (db.engine === 'postgres') await migrate(config.database);
  const { app } = await createApp(config, { logs: false });
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    db,
    request: (options) => app.inject(options),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
