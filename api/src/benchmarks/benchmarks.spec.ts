import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import type { Actor } from '../access/actor.js';
import { BenchmarkReadService } from './benchmark-read.service.js';
import type { AiPackageView, BenchmarkResultView, CriterionMetricView } from './benchmark-views.js';
import { DEMO_PACKAGES } from './seed/demo-benchmarks.js';

interface Problem {
  code: string;
  row: number | null;
  column: string | null;
  message: string;
}

const HEADER = 'package,package_version,task,center,dataset,metric,value,ci_low,ci_high,n';
const CLEAN = [
  HEADER,
  'spec-pkg,1.0,characterisation,RUMC,holdout,sensitivity,0.9,0.85,0.94,100',
  'spec-pkg,1.0,characterisation,RUMC,holdout,specificity,0.8,0.74,0.85,120',
  'spec-pkg,1.0,infiltration,UNITN,holdout,hd95,6.5,5.2,7.8,40',
].join('\n');

const file = (content: string | Buffer, fileName = 'results.csv') => ({ fileName, contentBase64: Buffer.from(content).toString('base64') });

describe('benchmark results', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
    researcher = await signIn(t.request, 'researcher@polyphony.demo');
  });
  afterAll(() => t.close());

  const results = async (headers: SignedInHeaders, query = '') => ((await t.request({ method: 'GET', url: `/api/benchmarks/results${query}`, headers })).json() as { items: BenchmarkResultView[] }).items;
  const preview = (payload: object, headers: Record<string, string> = lead) => t.request({ method: 'POST', url: '/api/benchmarks/imports/preview', headers, payload });
  const importFile = (payload: object, headers: Record<string, string> = lead) => t.request({ method: 'POST', url: '/api/benchmarks/imports', headers, payload });

  it('seeds four synthetic demo packages with results over four tasks and five centers', async () => {
    const packages = ((await t.request({ method: 'GET', url: '/api/benchmarks/packages', headers: researcher })).json() as { items: AiPackageView[] }).items;
    expect(packages.filter((p) => p.synthetic).map((p) => p.key)).toEqual(DEMO_PACKAGES.map((p) => p.key));
    const rows = await results(researcher, '?package=alba-neuro');
    expect(new Set(rows.map((r) => r.task))).toEqual(new Set(['characterisation', 'molecular', 'infiltration', 'progression']));
    expect(new Set(rows.map((r) => r.center)).size).toBe(5);
    expect(typeof rows[0]!.value).toBe('number');
    expect(rows.every((r) => r.ciLow <= r.value && r.value <= r.ciHigh)).toBe(true);
  });

  it('imports a clean CSV and shows its rows; importing it again changes nothing', async () => {
    const checked = (await preview(file(CLEAN))).json() as { problems: Problem[]; created: number; newPackages: string[]; previousImport: unknown };
    expect(checked).toMatchObject({ problems: [], created: 3, newPackages: ['spec-pkg'], previousImport: null });
    expect(await results(lead, '?package=spec-pkg')).toEqual([]);

    const first = await importFile(file(CLEAN));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'imported', created: 3, updated: 0, unchanged: 0, newPackages: ['spec-pkg'] });
    const stored = await results(lead, '?package=spec-pkg');
    expect(stored.map((r) => [r.task, r.center, r.metric, r.value, r.ciLow, r.ciHigh, r.n])).toEqual([
      ['characterisation', 'RUMC', 'sensitivity', 0.9, 0.85, 0.94, 100],
      ['characterisation', 'RUMC', 'specificity', 0.8, 0.74, 0.85, 120],
      ['infiltration', 'UNITN', 'hd95', 6.5, 5.2, 7.8, 40],
    ]);

    const history = async () => ((await t.request({ method: 'GET', url: '/api/benchmarks/imports', headers: lead })).json() as { items: unknown[] }).items.length;
    const imports = await history();
    const again = await importFile(file(CLEAN));
    expect(again.json()).toMatchObject({ status: 'unchanged', importId: null, created: 0, updated: 0, unchanged: 3 });
    // The same rows as JSON, in another order: still nothing to do.
    const asJson = JSON.stringify([...stored].reverse().map((r) => ({ package: r.packageKey, package_version: r.packageVersion, task: r.task, center: r.center, dataset: r.dataset, metric: r.metric, value: r.value, ci_low: r.ciLow, ci_high: r.ciHigh, n: r.n })));
    expect((await importFile(file(asJson, 'results.json'))).json()).toMatchObject({ status: 'unchanged', unchanged: 3 });
    expect(await history()).toBe(imports);
    expect(((await preview(file(CLEAN))).json() as { previousImport: { fileName: string } | null }).previousImport).toMatchObject({ fileName: 'results.csv' });
    expect(await results(lead, '?package=spec-pkg')).toEqual(stored);
  });

  it('updates a corrected value in place and audits the old and new numbers', async () => {
    const corrected = CLEAN.replace('sensitivity,0.9,0.85,0.94,100', 'sensitivity,0.91,0.86,0.95,100');
    const checked = (await preview(file(corrected))).json() as { updated: number; unchanged: number; updates: { before: { value: number }; after: { value: number } }[] };
    expect(checked).toMatchObject({ updated: 1, unchanged: 2, updates: [{ before: { value: 0.9 }, after: { value: 0.91 } }] });
    const before = (await results(lead, '?package=spec-pkg&metric=sensitivity'))[0]!;
    expect((await importFile(file(corrected))).json()).toMatchObject({ status: 'imported', created: 0, updated: 1, unchanged: 2 });
    const after = (await results(lead, '?package=spec-pkg&metric=sensitivity'))[0]!;
    expect(after).toMatchObject({ id: before.id, value: 0.91, ciLow: 0.86, ciHigh: 0.95 });
    const [event] = await t.app.get(DataSource).query<{ summary: { before: { value: number }; after: { value: number } }; center_code: string }[]>(
      "SELECT summary, center_code FROM audit_event WHERE action = 'benchmark.result_updated' AND entity_id = $1",
      [before.id],
    );
    expect(event).toMatchObject({ center_code: 'RUMC', summary: { before: { value: 0.9 }, after: { value: 0.91 } } });
  });

  const BROKEN = [
    HEADER,
    'spec-pkg,1.0,characterisation,RUMC,holdout,sensitivity,0.9,0.85,0.94,100',
    'spec-pkg,1.0,staging,RUMC,holdout,sensitivty,0.9,0.85,0.94,100',
    'spec-pkg,1.0,molecular,XYZ,holdout,auc,87,80,92,100',
    'spec-pkg,1.0,molecular,UKM,holdout,auc,0.8,0.82,0.9,2.5',
    'spec-pkg,1.0,characterisation,RUMC,holdout,sensitivity,0.9,0.85,0.94,100',
  ].join('\n');
  const EXPECTED = [
    { row: 3, column: 'task', code: 'BENCHMARK_UNKNOWN_TASK' },
    { row: 3, column: 'metric', code: 'BENCHMARK_UNKNOWN_METRIC' },
    { row: 4, column: 'center', code: 'BENCHMARK_UNKNOWN_CENTER' },
    { row: 4, column: 'value', code: 'BENCHMARK_OUT_OF_RANGE' },
    { row: 4, column: 'ci_low', code: 'BENCHMARK_OUT_OF_RANGE' },
    { row: 4, column: 'ci_high', code: 'BENCHMARK_OUT_OF_RANGE' },
    { row: 5, column: 'n', code: 'BENCHMARK_NOT_A_COUNT' },
    { row: 5, column: 'ci_low', code: 'BENCHMARK_CI_ORDER' },
    { row: 6, column: null, code: 'BENCHMARK_DUPLICATE_ROW' },
  ];

  it('reports every row error with row, column and problem in the reader language, and stores nothing', async () => {
    const storedBefore = await results(lead);
    const english = (await preview(file(BROKEN), { ...lead, 'accept-language': 'en' })).json() as { problems: Problem[]; created: number };
    expect(english.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(EXPECTED);
    expect(english.created).toBe(0);
    expect(english.problems[1]!.message).toBe('"sensitivty" is not a known metric (see the schema sheet of the template).');
    expect(english.problems[6]!.message).toBe('"2.5" is not a whole number of at least 1.');

    const german = await importFile(file(BROKEN), { ...lead, 'accept-language': 'de' });
    expect(german.statusCode).toBe(422);
    const body = german.json() as { error: { code: string; message: string; details: { problems: Problem[] } } };
    expect(body.error.code).toBe('BENCHMARK_FILE_INVALID');
    expect(body.error.message).toContain('9 Problem');
    expect(body.error.details.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(EXPECTED);
    expect(body.error.details.problems[1]!.message).toBe('„sensitivty“ ist keine bekannte Kennzahl (siehe Blatt „schema“ der Vorlage).');
    expect(body.error.details.problems[8]!.message).toContain('Zeile 2');
    expect(await results(lead)).toEqual(storedBefore);
  });

  it('reports a missing column and an unreadable file without looking further', async () => {
    const missing = (await preview(file('package,task\nx,y'))).json() as { problems: Problem[] };
    expect(missing.problems.map((p) => p.column)).toEqual(['package_version', 'center', 'dataset', 'metric', 'value', 'ci_low', 'ci_high', 'n']);
    expect(missing.problems.every((p) => p.row === 1 && p.code === 'BENCHMARK_MISSING_COLUMN')).toBe(true);
    const xls = (await preview(file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'old.xls'))).json() as { problems: Problem[] };
    expect(xls.problems).toMatchObject([{ code: 'BENCHMARK_FILE_UNREADABLE', row: null, column: null }]);
    expect((await importFile(file(''))).statusCode).toBe(422);
  });

  it('offers CSV and XLSX templates that import cleanly as they are', async () => {
    const csv = await t.request({ method: 'GET', url: '/api/benchmarks/template?format=csv', headers: researcher });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(HEADER);
    const xlsx = await t.request({ method: 'GET', url: '/api/benchmarks/template?format=xlsx', headers: researcher });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['results', 'schema']);
    for (const [body, name] of [
      [csv.rawPayload, 'template.csv'],
      [xlsx.rawPayload, 'template.xlsx'],
    ] as const) {
      const checked = (await preview(file(body, name))).json() as { problems: Problem[]; rowCount: number; format: string };
      expect(checked, name).toMatchObject({ problems: [], rowCount: 2, format: name.split('.')[1] });
    }
  });

  it('lets leads edit the criterion mapping with optimistic locking (stale → 409)', async () => {
    const mapping = ((await t.request({ method: 'GET', url: '/api/benchmarks/criterion-mapping', headers: researcher })).json() as { items: CriterionMetricView[] }).items;
    expect(mapping.find((m) => m.metric === 'hd95')).toMatchObject({ criterion: 'accuracy', direction: 'lower', normalisation: { kind: 'bounded', worst: 20, best: 0 } });
    expect(new Set(mapping.map((m) => m.criterion))).toEqual(new Set(['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway']));
    const icc = mapping.find((m) => m.metric === 'icc')!;
    const edit = (revision: number, weight: number) =>
      t.request({ method: 'PATCH', url: `/api/benchmarks/criterion-mapping/${icc.id}`, headers: lead, payload: { revision, direction: 'higher', normalisation: { kind: 'bounded', worst: 0.4, best: 1 }, weight } });
    const first = await edit(icc.revision, 1);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ revision: icc.revision + 1, normalisation: { worst: 0.4, best: 1 } });
    const stale = await edit(icc.revision, 2);
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { error: { code: string } }).error.code).toBe('STALE_REVISION');
    // Direction and bounds must agree.
    const contradictory = await t.request({ method: 'PATCH', url: `/api/benchmarks/criterion-mapping/${icc.id}`, headers: lead, payload: { revision: icc.revision + 1, direction: 'lower', normalisation: { kind: 'bounded', worst: 0, best: 1 }, weight: 1 } });
    expect(contradictory.statusCode).toBe(400);
    expect((await t.request({ method: 'PATCH', url: `/api/benchmarks/criterion-mapping/${icc.id}`, headers: researcher, payload: { revision: 2, direction: 'higher', normalisation: { kind: 'bounded', worst: 0, best: 1 }, weight: 1 } })).statusCode).toBe(403);
  });

  it('lets leads edit package metadata with optimistic locking', async () => {
    const pkg = ((await t.request({ method: 'GET', url: '/api/benchmarks/packages', headers: lead })).json() as { items: AiPackageView[] }).items.find((p) => p.key === 'spec-pkg')!;
    const edit = (revision: number) =>
      t.request({ method: 'PATCH', url: '/api/benchmarks/packages/spec-pkg', headers: lead, payload: { revision, vendor: 'Spec BV', regulatoryStatus: 'ce_class_iia', explainabilityFeatures: ['report', 'uncertainty'], integration: ['pacs'] } });
    const saved = await edit(pkg.revision);
    expect(saved.json()).toMatchObject({ vendor: 'Spec BV', regulatoryStatus: 'ce_class_iia', explainabilityFeatures: ['report', 'uncertainty'], integration: ['pacs'], synthetic: false });
    expect((await edit(pkg.revision)).statusCode).toBe(409);
  });

  it('keeps center-scoped readers to their own center, in the API and in BenchmarkReadService', async () => {
    const unitn = await signIn(t.request, 'researcher.unitn@polyphony.demo');
    const own = await results(unitn);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.center))).toEqual(new Set(['UNITN']));
    expect(await results(unitn, '?center=RUMC')).toEqual([]);
    expect(new Set((await results(lead)).map((r) => r.center)).size).toBe(5);
    const read = t.app.get(BenchmarkReadService);
    const scoped = { id: 'x', email: 'x', displayName: 'x', role: 'researcher', center: 'UKM', language: 'en', sessionTokenHash: '' } satisfies Actor;
    const rows = await read.results(scoped, { tasks: ['molecular'], centers: ['UKM', 'RUMC'] });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.center === 'UKM' && r.task === 'molecular')).toBe(true);
    expect((await read.criterionMapping()).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses imports by researchers and any benchmark data to admins and site staff', async () => {
    expect((await importFile(file(CLEAN), researcher)).statusCode).toBe(403);
    const admin = await signIn(t.request, 'admin@polyphony.demo');
    expect((await t.request({ method: 'GET', url: '/api/benchmarks/results', headers: admin })).statusCode).toBe(403);
    const staff = await signIn(t.request, 'staff.ukm@polyphony.demo');
    expect((await t.request({ method: 'GET', url: '/api/benchmarks/results', headers: staff })).statusCode).toBe(403);
  });
});
