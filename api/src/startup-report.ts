import type { AppConfig } from './config/env.js';
import type { SeedStepResult } from './demo/demo-seed.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts.js';

/**
 * What the embedded database promises, said where the operator sees it. PGlite writes its WAL
 * through Node's fs into the operating system before a save is acknowledged, so a crash or
 * kill -9 of this process loses nothing acknowledged (npm run verify, check 2); it never calls
 * fsync, so a power cut or an operating-system crash can lose the last acknowledged seconds.
 */
export const EMBEDDED_DURABILITY =
  'saved answers survive a crash or kill -9 of this process, not a power cut or operating-system crash (no fsync); use PostgreSQL (DATABASE_URL) where that matters';

/** The few lines a person starting Polyphony needs: where it is, on what, and what was seeded. */
export function printStartupReport(config: AppConfig, url: string, applied: string[], seeded: SeedStepResult[] | null): void {
  const where = url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost');
  const database =
    config.database.engine === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PGlite in ${config.database.dataDir ?? 'memory'} (single machine; set DATABASE_URL for a server)`;
  const lines = [`Polyphony is running at ${where}`, `  database: ${database}`];
  if (config.database.engine === 'pglite' && config.database.dataDir !== null) lines.push(`  durability: ${EMBEDDED_DURABILITY}`);
  if (applied.length) lines.push(`  migrations applied: ${applied.join(', ')}`);
  if (seeded) {
    lines.push('  demo data (DEMO mode; never in production):');
    for (const step of seeded) lines.push(`    ${step.step}: ${step.created} created, ${step.existing} already there`);
    lines.push(`  demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(34)} ${account.role}${account.center ? ` at ${account.center}` : ', project-wide'}`);
  }
  console.log(lines.join('\n'));
}
