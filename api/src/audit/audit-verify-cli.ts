import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env.js';
import { buildDataSourceOptions } from '../database/data-source-options.js';
import { AuditService } from './audit.service.js';
import { AuditSealer } from './audit-sealer.js';

/** `npm run audit:verify`: exit 0 when the chain is intact, 1 with the first broken event otherwise. */
async function main(): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(loadConfig().database));
  await dataSource.initialize();
  try {
    const verdict = await new AuditService(dataSource, new AuditSealer(dataSource)).verify();
    if (verdict.ok) console.log(`Audit chain intact: ${verdict.checked} events checked, ${verdict.pending} not yet sealed.`);
    else {
      console.error(`Audit chain BROKEN at event ${verdict.firstBrokenId} (after ${verdict.checked - 1} intact events).`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
