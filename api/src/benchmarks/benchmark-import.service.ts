import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Center } from '../centers/center.entity.js';
import { AppError } from '../common/errors/app-error.js';
import { AiPackage } from './ai-package.entity.js';
import { benchmarkChanges, type BenchmarkChanges, type BenchmarkNumbers } from './benchmark-changes.js';
import { BenchmarkImport } from './benchmark-import.entity.js';
import { toImportView } from './benchmark-mappers.js';
import type { BenchmarkProblem } from './benchmark-problems.js';
import { BenchmarkResult } from './benchmark-result.entity.js';
import type { BenchmarkImportView } from './benchmark-views.js';
import type { BenchmarkFileInput } from './benchmarks.schemas.js';
import { readBenchmarkFile, type BenchmarkFileFormat } from './read-benchmark-file.js';
import { validateBenchmarkRecords, type BenchmarkRow } from './validate-benchmark-rows.js';

// Enough to fix a file from; a broken 20 000-row file would otherwise answer with megabytes.
const MAX_REPORTED_PROBLEMS = 500;
const MAX_LISTED_UPDATES = 200;
// Imports run one at a time so two leads importing overlapping files cannot both create a row.
const IMPORT_LOCK = 7_431_001;

export interface BenchmarkPreview {
  fileName: string;
  sha256: string;
  format: BenchmarkFileFormat | null;
  rowCount: number;
  problems: BenchmarkProblem[];
  problemCount: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Up to 200 of the updates, with the stored and the new numbers. */
  updates: { row: number; packageKey: string; packageVersion: string; task: string; center: string; dataset: string; metric: string; before: BenchmarkNumbers; after: BenchmarkNumbers }[];
  newPackages: string[];
  /** When this exact file (same SHA-256) was imported before. */
  previousImport: BenchmarkImportView | null;
}

export interface BenchmarkImportResult {
  status: 'imported' | 'unchanged';
  importId: string | null;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  newPackages: string[];
}

interface CheckedFile {
  sha256: string;
  format: BenchmarkFileFormat | null;
  rowCount: number;
  rows: BenchmarkRow[];
  problems: BenchmarkProblem[];
}

/**
 * Benchmark files in, with nothing stored until the whole file is clean. Importing is idempotent:
 * rows are matched on their six-column key, identical rows change nothing, and a file that
 * changes nothing leaves no trace at all. Corrected numbers update the stored row, audited with
 * the old and the new numbers.
 */
@Injectable()
export class BenchmarkImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(input: BenchmarkFileInput): Promise<BenchmarkPreview> {
    const checked = await this.check(input);
    const previous = await this.dataSource.getRepository(BenchmarkImport).findOne({ where: { sha256: checked.sha256 }, order: { importedAt: 'DESC' } });
    const base = {
      fileName: input.fileName,
      sha256: checked.sha256,
      format: checked.format,
      rowCount: checked.rowCount,
      problems: checked.problems.slice(0, MAX_REPORTED_PROBLEMS),
      problemCount: checked.problems.length,
      previousImport: previous ? toImportView(previous) : null,
    };
    if (checked.problems.length > 0) return { ...base, created: 0, updated: 0, unchanged: 0, updates: [], newPackages: [] };
    const { changes, newPackages } = await this.plan(this.dataSource.manager, checked.rows);
    return {
      ...base,
      created: changes.created.length,
      updated: changes.updated.length,
      unchanged: changes.unchanged,
      updates: changes.updated.slice(0, MAX_LISTED_UPDATES).map(({ row, before, after }) => ({
        row: row.row,
        packageKey: row.packageKey,
        packageVersion: row.packageVersion,
        task: row.task,
        center: row.center,
        dataset: row.dataset,
        metric: row.metric,
        before,
        after,
      })),
      newPackages,
    };
  }

  async import(actor: Actor, input: BenchmarkFileInput): Promise<BenchmarkImportResult> {
    const checked = await this.check(input);
    if (checked.problems.length > 0) {
      throw new AppError('BENCHMARK_FILE_INVALID', { count: checked.problems.length }, { problems: checked.problems.slice(0, MAX_REPORTED_PROBLEMS), problemCount: checked.problems.length });
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const { changes, newPackages } = await this.plan(manager, checked.rows);
      const summary = { rowCount: checked.rowCount, created: changes.created.length, updated: changes.updated.length, unchanged: changes.unchanged, newPackages };
      if (changes.created.length === 0 && changes.updated.length === 0) return { status: 'unchanged', importId: null, ...summary };

      if (newPackages.length > 0) await manager.insert(AiPackage, newPackages.map((key) => ({ key, name: key })));
      const record = await manager.save(
        manager.create(BenchmarkImport, {
          fileName: input.fileName,
          sha256: checked.sha256,
          rowCount: checked.rowCount,
          created: changes.created.length,
          updated: changes.updated.length,
          actorId: actor.id,
          actorEmail: actor.email,
        }),
      );
      await this.write(manager, record.id, changes);
      await this.audit.append(manager, {
        actor,
        action: 'benchmark.imported',
        entity: 'benchmark_import',
        entityId: record.id,
        summary: { fileName: input.fileName, sha256: checked.sha256, ...summary },
      });
      for (const update of changes.updated) {
        const { row } = update;
        await this.audit.append(manager, {
          actor,
          action: 'benchmark.result_updated',
          entity: 'benchmark_result',
          entityId: update.id,
          center: row.center,
          summary: { importId: record.id, key: { package: row.packageKey, packageVersion: row.packageVersion, task: row.task, center: row.center, dataset: row.dataset, metric: row.metric }, before: update.before, after: update.after },
        });
      }
      return { status: 'imported', importId: record.id, ...summary };
    });
  }

  async history(): Promise<BenchmarkImportView[]> {
    const rows = await this.dataSource.getRepository(BenchmarkImport).find({ order: { importedAt: 'DESC' }, take: 100 });
    return rows.map(toImportView);
  }

  private async check(input: BenchmarkFileInput): Promise<CheckedFile> {
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = await readBenchmarkFile(bytes);
    if (file.problems.length > 0) return { sha256, format: file.format, rowCount: file.records.length, rows: [], problems: file.problems };
    const centers = new Set((await this.dataSource.getRepository(Center).find({ select: { code: true } })).map((c) => c.code));
    const { rows, problems } = validateBenchmarkRecords(file.records, centers);
    return { sha256, format: file.format, rowCount: file.records.length, rows, problems };
  }

  private async plan(manager: EntityManager, rows: BenchmarkRow[]): Promise<{ changes: BenchmarkChanges; newPackages: string[] }> {
    const packageKeys = [...new Set(rows.map((r) => r.packageKey))];
    const [stored, packages] = await Promise.all([
      manager.find(BenchmarkResult, { where: { packageKey: In(packageKeys) } }),
      manager.find(AiPackage, { select: { key: true }, where: { key: In(packageKeys) } }),
    ]);
    const known = new Set(packages.map((p) => p.key));
    const changes = benchmarkChanges(
      rows,
      stored.map((s) => ({ ...s, center: s.centerCode, value: Number(s.value), ciLow: Number(s.ciLow), ciHigh: Number(s.ciHigh), n: Number(s.n) })),
    );
    return { changes, newPackages: packageKeys.filter((key) => !known.has(key)).sort() };
  }

  private async write(manager: EntityManager, importId: string, changes: BenchmarkChanges): Promise<void> {
    const fresh = changes.created.map((row) => ({
      packageKey: row.packageKey,
      packageVersion: row.packageVersion,
      task: row.task,
      centerCode: row.center,
      dataset: row.dataset,
      metric: row.metric,
      value: row.value,
      ciLow: row.ciLow,
      ciHigh: row.ciHigh,
      n: row.n,
      importId,
    }));
    for (let start = 0; start < fresh.length; start += 1_000) await manager.insert(BenchmarkResult, fresh.slice(start, start + 1_000));
    for (const { id, after } of changes.updated) await manager.update(BenchmarkResult, { id }, { ...after, importId });
  }
}
