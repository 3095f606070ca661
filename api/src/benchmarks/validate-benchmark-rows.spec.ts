import { describe, expect, it } from 'vitest';
import { benchmarkChanges } from './benchmark-changes.js';
import { readBenchmarkFile, sniffBenchmarkFormat } from './read-benchmark-file.js';
import { demoBenchmarkRows } from './seed/demo-benchmarks.js';
import { parseNumber, validateBenchmarkRecords } from './validate-benchmark-rows.js';
import { derivedMetrics, normalise } from './derived-metrics.js';

const CENTERS = new Set(['RUMC', 'UKD', 'UKM', 'UKL', 'UNITN']);
const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'package,package_version,task,center,dataset,metric,value,ci_low,ci_high,n';

describe(parseNumber.name, () => {
  it.each([
    [0.87, 0.87],
    ['0.87', 0.87],
    [' 0,87 ', 0.87],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['87%', null],
    ['1.000,5', null],
    ['', null],
    [Number.NaN, null],
    [true, null],
  ])('reads %j as %j', (raw, expected) => expect(parseNumber(raw)).toBe(expected));
});

describe(sniffBenchmarkFormat.name, () => {
  it('recognises formats by content, not by name', () => {
    expect(sniffBenchmarkFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(sniffBenchmarkFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls');
    expect(sniffBenchmarkFormat(bytes('\uFEFF  [{"package":"x"}]'))).toBe('json');
    expect(sniffBenchmarkFormat(bytes(HEADER))).toBe('csv');
  });
});

describe(readBenchmarkFile.name, () => {
  it('reads semicolon CSV with decimal commas and spreadsheet row numbers (blank lines count)', async () => {
    const file = await readBenchmarkFile(bytes(`${HEADER.replaceAll(',', ';')}\nalba;1;molecular;UKM;d;auc;0,8;0,7;0,9;50\n\nalba;1;molecular;UKD;d;auc;0,8;0,7;0,9;50\n`));
    expect(file.problems).toEqual([]);
    expect(file.records.map((r) => r.row)).toEqual([2, 4]);
    expect(validateBenchmarkRecords(file.records, CENTERS).rows[0]).toMatchObject({ value: 0.8, ciLow: 0.7, ciHigh: 0.9, n: 50 });
  });

  it('accepts headers in any case and with spaces, and reports unknown and missing columns', async () => {
    const ok = await readBenchmarkFile(bytes(`${HEADER.toUpperCase().replace('CI_LOW', 'ci low')}\nx1,1,molecular,UKM,d,auc,0.8,0.7,0.9,50`));
    expect(ok.problems).toEqual([]);
    const bad = await readBenchmarkFile(bytes(`${HEADER.replace(/,n$/, ',cases')}\nx`));
    expect(bad.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['BENCHMARK_MISSING_COLUMN', 1, 'n'],
      ['BENCHMARK_UNKNOWN_COLUMN', 1, 'cases'],
    ]);
  });

  it('reads JSON arrays and {rows} objects, numbering objects from 1', async () => {
    const row = { package: 'x1', package_version: '1', task: 'molecular', center: 'UKM', dataset: 'd', metric: 'auc', value: 0.8, ci_low: 0.7, ci_high: 0.9, n: 50 };
    const array = await readBenchmarkFile(bytes(JSON.stringify([row, { ...row, extra: 1 }])));
    expect(array.problems).toMatchObject([{ code: 'BENCHMARK_UNKNOWN_COLUMN', row: 2, column: 'extra' }]);
    const wrapped = await readBenchmarkFile(bytes(JSON.stringify({ rows: [row] })));
    expect(wrapped.records).toMatchObject([{ row: 1 }]);
    expect((await readBenchmarkFile(bytes('{"rows": 3}'))).problems[0]!.code).toBe('BENCHMARK_FILE_UNREADABLE');
    expect((await readBenchmarkFile(bytes('[{"package": '))).problems[0]!.code).toBe('BENCHMARK_FILE_UNREADABLE');
  });

  it('reports an empty file and a header without rows as empty', async () => {
    expect((await readBenchmarkFile(new Uint8Array())).problems[0]!.code).toBe('BENCHMARK_FILE_EMPTY');
    expect((await readBenchmarkFile(bytes(`${HEADER}\n`))).problems[0]!.code).toBe('BENCHMARK_FILE_EMPTY');
  });
});

describe(validateBenchmarkRecords.name, () => {
  const record = (row: number, cells: Record<string, unknown>) => ({
    row,
    cells: { package: 'alba', package_version: '1', task: 'molecular', center: 'UKM', dataset: 'd', metric: 'auc', value: 0.8, ci_low: 0.7, ci_high: 0.9, n: 50, ...cells },
  });
  const problemsOf = (cells: Record<string, unknown>) => validateBenchmarkRecords([record(2, cells)], CENTERS).problems.map((p) => [p.code, p.column]);

  it.each([
    [{ package: '' }, [['BENCHMARK_REQUIRED', 'package']]],
    [{ package: 'a b' }, [['BENCHMARK_INVALID_PACKAGE', 'package']]],
    [{ task: 'grading' }, [['BENCHMARK_UNKNOWN_TASK', 'task']]],
    [{ center: 'XYZ' }, [['BENCHMARK_UNKNOWN_CENTER', 'center']]],
    [{ metric: 'f1' }, [['BENCHMARK_UNKNOWN_METRIC', 'metric']]],
    [{ value: 'high' }, [['BENCHMARK_NOT_A_NUMBER', 'value']]],
    [{ n: 0 }, [['BENCHMARK_NOT_A_COUNT', 'n']]],
    [{ n: '' }, [['BENCHMARK_REQUIRED', 'n']]],
    [{ dataset: 'x'.repeat(81) }, [['BENCHMARK_TEXT_TOO_LONG', 'dataset']]],
    [{ value: 0.95 }, [['BENCHMARK_CI_ORDER', 'ci_high']]],
    [{ value: 0.6 }, [['BENCHMARK_CI_ORDER', 'ci_low']]],
    [{ metric: 'hd95', value: -1, ci_low: -2, ci_high: 3 }, [['BENCHMARK_BELOW_MINIMUM', 'value'], ['BENCHMARK_BELOW_MINIMUM', 'ci_low']]],
    [{ metric: 'icc', value: -0.2, ci_low: -0.5, ci_high: 0.1 }, []],
    [{ value: 1.2, ci_high: 1.3 }, [['BENCHMARK_OUT_OF_RANGE', 'value'], ['BENCHMARK_OUT_OF_RANGE', 'ci_high']]],
    [{ package: 'ALBA', task: ' Molecular ', center: 'ukm', metric: 'AUC' }, []],
  ])('%j → %j', (cells, expected) => expect(problemsOf(cells)).toEqual(expected));

  it('reports a second row with the same key as a duplicate of the first', () => {
    const { rows, problems } = validateBenchmarkRecords([record(2, {}), record(3, { value: 0.85 })], CENTERS);
    expect(rows).toHaveLength(1);
    expect(problems).toMatchObject([{ code: 'BENCHMARK_DUPLICATE_ROW', row: 3, params: { firstRow: 2 } }]);
  });
});

describe(benchmarkChanges.name, () => {
  it('splits rows into created, updated (with before and after) and unchanged', () => {
    const [a, b, c] = validateBenchmarkRecords(
      ['auc', 'sensitivity', 'specificity'].map((metric, i) => ({ row: i + 2, cells: { package: 'alba', package_version: '1', task: 'molecular', center: 'UKM', dataset: 'd', metric, value: 0.8, ci_low: 0.7, ci_high: 0.9, n: 50 } })),
      CENTERS,
    ).rows;
    const stored = [
      { ...a!, id: 'a' },
      { ...b!, id: 'b', value: 0.75 },
    ];
    const changes = benchmarkChanges([a!, b!, c!], stored);
    expect(changes.unchanged).toBe(1);
    expect(changes.created.map((r) => r.metric)).toEqual(['specificity']);
    expect(changes.updated).toMatchObject([{ id: 'b', before: { value: 0.75 }, after: { value: 0.8 } }]);
  });
});

describe('synthetic demo rows', () => {
  it('are deterministic and pass the import validation', () => {
    const rows = demoBenchmarkRows();
    expect(rows).toHaveLength(460);
    expect(demoBenchmarkRows()).toEqual(rows);
    const records = rows.map((r) => ({ row: r.row, cells: { package: r.packageKey, package_version: r.packageVersion, task: r.task, center: r.center, dataset: r.dataset, metric: r.metric, value: r.value, ci_low: r.ciLow, ci_high: r.ciHigh, n: r.n } }));
    expect(validateBenchmarkRecords(records, CENTERS).problems).toEqual([]);
  });
});

describe(derivedMetrics.name, () => {
  it('scores explainability as the share of the three features and PACS integration as 0/1', () => {
    expect(derivedMetrics({ explainabilityFeatures: ['report', 'saliency_maps'], integration: ['standalone'] })).toEqual({ explainability_features: 2 / 3, pacs_integration: 0 });
    expect(derivedMetrics({ explainabilityFeatures: [], integration: ['pacs'] })).toEqual({ explainability_features: 0, pacs_integration: 1 });
  });
  it('normalises bounded metrics in either direction and clips', () => {
    expect(normalise(0.75, { kind: 'bounded', worst: 0.5, best: 1 })).toBe(0.5);
    expect(normalise(5, { kind: 'bounded', worst: 20, best: 0 })).toBe(0.75);
    expect(normalise(30, { kind: 'bounded', worst: 20, best: 0 })).toBe(0);
    expect(normalise(0.3, { kind: 'bounded', worst: 0.5, best: 1 })).toBe(0);
  });
});

describe('benchmark problem messages', () => {
  it('exist in nl, de, it and en for every problem code', async () => {
    const { readFileSync } = await import('node:fs');
    const { BENCHMARK_PROBLEM_CODES } = await import('./benchmark-problems.js');
    for (const language of ['nl', 'de', 'it', 'en']) {
      const errors = JSON.parse(readFileSync(new URL(`../../../locales/${language}/errors.json`, import.meta.url), 'utf8')) as { problems: Record<string, string> };
      expect(BENCHMARK_PROBLEM_CODES.filter((code) => !errors.problems[code]), language).toEqual([]);
    }
  });
});
