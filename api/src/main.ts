import { ConfigError, loadConfig } from './config/env.js';
import { createApp } from './create-app.js';
import { PendingMigrationsError } from './database/migration-policy.js';
import { printStartupReport } from './startup-report.js';
import { reportMemoryOnSignal } from './common/process/memory-report.js';

async function main(): Promise<void> {
  const config = loadConfig();
  reportMemoryOnSignal();
  const { app, appliedMigrations, seeded } = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  printStartupReport(config, await app.getUrl(), appliedMigrations, seeded);
}

main().catch((error: unknown) => {
  // Configuration and migration problems are the operator's to fix: say what, without a stack.
  if (error instanceof ConfigError || error instanceof PendingMigrationsError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
