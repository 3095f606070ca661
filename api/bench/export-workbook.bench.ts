import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { afterAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { buildDataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, migrate, type TestDatabase } from '../test/support/test-database.js';
import { generateExportData } from './export-data.js';

// export.workbook: the workbook export of 10 000 responses + 100 000 codings and of ten times that,
// each exported in a child process of its own (peak RSS per size). Needs `npm run build` (the child
// runs the compiled API) and TEST_DATABASE_URL (PostgreSQL; on PGlite the database would share the
// child's memory and the RSS figure would measure the database, not the export).
const CHILD = fileURLToPath(new URL('./export-workbook-child.mjs', import.meta.url));
const SCALE = Number(process.env.BENCH_EXPORT_SCALE ?? 1);
const databases: TestDatabase[] = [];

afterAll(async () => {
  for (const db of databases) await db.drop();
});

async function prepare(responses: number, codings: number): Promise<string> {
  const db = await createTestDatabase();
  databases.push(db);
  if (db.database.engine !== 'postgres') throw new Error('export.workbook needs TEST_DATABASE_URL (PostgreSQL)');
  await migrate(db.database);
  const dataSource = new DataSource(buildDataSourceOptions(db.database));
  await dataSource.initialize();
  const started = performance.now();
  await generateExportData(dataSource, { responses, codings });
  console.log(`export.workbook data: ${responses} responses, ${codings} codings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await dataSource.destroy();
  return db.database.url;
}

async function exportIn(url: string): Promise<{ seconds: number; bytes: number; peakRssMb: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [CHILD, url], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number; bytes: number; peakRssMb: number };
}

test.skipIf(!process.env.TEST_DATABASE_URL)('export.workbook: linear time and flat memory from 10 000 + 100 000 to 10×', { timeout: 3_600_000 }, async () => {
  const small = await exportIn(await prepare(10_000 * SCALE, 100_000 * SCALE));
  console.log(`export.workbook 1x: ${small.seconds.toFixed(1)} s, ${(small.bytes / 1e6).toFixed(1)} MB, peak RSS ${small.peakRssMb.toFixed(0)} MB`);
  const large = await exportIn(await prepare(100_000 * SCALE, 1_000_000 * SCALE));
  console.log(`export.workbook 10x: ${large.seconds.toFixed(1)} s, ${(large.bytes / 1e6).toFixed(1)} MB, peak RSS ${large.peakRssMb.toFixed(0)} MB`);
  reportBench({ name: 'export.workbook.10x.seconds', value: large.seconds, unit: 's', baseline: { name: 'export.workbook.1x.seconds', value: small.seconds } });
  reportBench({ name: 'export.workbook.10x.peak_rss', value: large.peakRssMb, unit: 'MB', baseline: { name: 'export.workbook.1x.peak_rss', value: small.peakRssMb } });
  expect(large.seconds / small.seconds).toBeLessThanOrEqual(12);
  expect(large.peakRssMb / small.peakRssMb).toBeLessThanOrEqual(2);
});
