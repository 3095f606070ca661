import { ApiProcess, type ApiOptions } from './api-process.js';
import { createDatabase, type ServerDatabase } from './postgres.js';

export interface Stack {
  db: ServerDatabase;
  api: ApiProcess;
  close(): Promise<void>;
}

/** The built API on a fresh, migrated database of the PostgreSQL server, with demo accounts. */
export async function startStack(options: Omit<ApiOptions, 'databaseUrl' | 'dataDir'> = {}): Promise<Stack> {
  const db = await createDatabase();
  try {
    const api = await ApiProcess.start({ ...options, databaseUrl: db.url, env: { LOG_LEVEL: 'warn', ...options.env } });
    return {
      db,
      api,
      close: async () => {
        await api.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
