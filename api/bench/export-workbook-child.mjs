// One size of the export.workbook bench in a process of its own, so sizes never share a heap.
// Runs the compiled API (npm run build): node api/bench/export-workbook-child.mjs <database-url|pglite-dir>
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';

const target = process.argv[2];
const { buildDataSourceOptions } = await import('../dist/api/src/database/data-source-options.js');
const { ExportDataService } = await import('../dist/api/src/exports/export-data.service.js');
const { ExtraExportSheets } = await import('../dist/api/src/exports/extra-export-sheets.js');
const { WorkbookProducer } = await import('../dist/api/src/exports/workbook.producer.js');

const database = target.startsWith('postgres') ? { engine: 'postgres', url: target } : { engine: 'pglite', dataDir: target };
const dataSource = new DataSource(buildDataSourceOptions(database));
await dataSource.initialize();
const [lead] = await dataSource.query("SELECT id FROM app_user WHERE email = 'lead@bench.example'");
const producer = new WorkbookProducer(new ExportDataService(dataSource), new ExtraExportSheets());
let bytes = 0;
// Like the chunk writer: takes the bytes at database pace (here: at once) and keeps none of them.
const output = new Writable({ highWaterMark: 1024 * 1024, write(chunk, _encoding, callback) { bytes += chunk.length; callback(); } });
const context = {
  actor: { id: lead.id, email: '', displayName: '', role: 'lead', center: null, language: 'en', sessionTokenHash: '' },
  language: 'de',
  params: { includeInProgress: false },
  progress: async () => {},
};
const finished = new Promise((resolve, reject) => { output.on('finish', resolve); output.on('error', reject); });
const started = performance.now();
await Promise.all([producer.produce(context, output), finished]);
const seconds = (performance.now() - started) / 1000;
await dataSource.destroy();
// maxRSS: the peak resident set of this process, in KiB.
process.stdout.write(JSON.stringify({ seconds, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
