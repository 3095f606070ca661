import { Injectable } from '@nestjs/common';
import type { ImportanceResponse, LinkingBenchmarkRow, LinkingCoding, LinkingTranscript, TaskValueResponse, ThresholdResponse } from '@polyphony/analysis';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import { BenchmarkReadService } from '../benchmarks/benchmark-read.service.js';
import type { AiPackageView, CriterionMetricView } from '../benchmarks/benchmark-views.js';
import { derivedMetrics } from '../benchmarks/derived-metrics.js';
import { DERIVED_METRICS, type DerivedMetric } from '../benchmarks/benchmark-schema.js';
import { linkingItems, numericAnswer, type LinkingItems } from './linking-items.js';

export interface LinkingScope {
  center?: string;
  language?: string;
}

export interface ResponseSource {
  participantId: string;
  participantCode: string;
  group: string;
  center: string;
  language: string;
  instrumentVersionId: string;
}

export interface CodingSource {
  transcriptId: string;
  participantCode: string;
  start: number;
  end: number;
}

export interface BenchmarkRowSource {
  packageKey: string;
  packageVersion: string | null;
  task: string | null;
  center: string | null;
  dataset: string | null;
  metric: string;
  /** True for metrics derived from package metadata (explainability features, PACS integration). */
  derived: boolean;
}

export interface SurveyData {
  importance: ImportanceResponse[];
  taskValues: TaskValueResponse[];
  thresholds: ThresholdResponse[];
  sources: Record<string, ResponseSource>;
  /** Tagged questions left out of the weights, per instrument version, for the method notes. */
  leftOut: string[];
}

export interface InterviewData {
  transcripts: LinkingTranscript[];
  codings: LinkingCoding[];
  sources: Record<string, CodingSource>;
}

export interface BenchmarkData {
  packages: AiPackageView[];
  rows: LinkingBenchmarkRow[];
  mapping: CriterionMetricView[];
  sources: Record<string, BenchmarkRowSource>;
}

interface ResponseRow {
  id: string;
  participant_id: string;
  code: string;
  stakeholder_group: string;
  center_code: string;
  language: string;
  data: Record<string, unknown>;
  instrument_version_id: string;
}

/**
 * Loads the plain data the linking works on, within what the caller may see: their center (and
 * the chosen one), the chosen language, and, for researchers, only interviews whose codings were
 * revealed (blind coding holds, as in the crosstabs).
 */
@Injectable()
export class LinkingDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly benchmarks: BenchmarkReadService,
  ) {}

  /** Completed responses, the latest per participant and instrument, turned into linking inputs. */
  async survey(actor: Actor, scope: LinkingScope): Promise<SurveyData> {
    const { where, params } = this.filters(actor, scope, 'r');
    const rows = await this.dataSource.query<ResponseRow[]>(
      `SELECT DISTINCT ON (r.participant_id, v.instrument_id)
              r.id, r.participant_id, p.code, p.stakeholder_group, r.center_code, r.language, r.data, r.instrument_version_id
       FROM survey_response r
       JOIN participant p ON p.id = r.participant_id
       JOIN instrument_version v ON v.id = r.instrument_version_id
       WHERE r.status = 'completed' AND NOT p.data_erased ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY r.participant_id, v.instrument_id, r.completed_at DESC NULLS LAST, r.id`,
      params,
    );
    const items = await this.itemsOf([...new Set(rows.map((r) => r.instrument_version_id))]);
    const data: SurveyData = { importance: [], taskValues: [], thresholds: [], sources: {}, leftOut: [] };
    const leftOut = new Set<string>();
    for (const row of rows) {
      const own = items.get(row.instrument_version_id);
      if (!own) continue;
      own.leftOut.forEach((q) => leftOut.add(q.name));
      const base = { responseId: row.id, participantId: row.participant_id, group: row.stakeholder_group };
      data.sources[row.id] = {
        participantId: row.participant_id,
        participantCode: row.code,
        group: row.stakeholder_group,
        center: row.center_code,
        language: row.language,
        instrumentVersionId: row.instrument_version_id,
      };
      const ratings: Record<string, number> = {};
      let scale = { min: 1, max: 5 };
      for (const question of own.criterionRatings) {
        const value = numericAnswer(row.data[question.name]);
        if (value !== null) ratings[question.criterion] = value;
        scale = question.scale;
      }
      const rankingAnswer = own.ranking ? row.data[own.ranking.name] : undefined;
      const ranking = Array.isArray(rankingAnswer) ? rankingAnswer.filter((v): v is string => typeof v === 'string') : undefined;
      if (Object.keys(ratings).length > 0 || ranking) data.importance.push({ ...base, ratings, ratingScale: scale, ...(ranking ? { ranking } : {}) });
      for (const question of own.taskValues) {
        const value = numericAnswer(row.data[question.name]);
        if (value !== null) data.taskValues.push({ ...base, task: question.task, value, scale: question.scale });
      }
      for (const question of own.thresholds) {
        const value = numericAnswer(row.data[question.name]);
        if (value !== null) data.thresholds.push({ ...base, task: question.task, metric: question.metric, value: question.percent ? value / 100 : value });
      }
    }
    data.leftOut = [...leftOut].sort();
    return data;
  }

  /** Interviews and their codings with the criterion and valence of each code. */
  async interviews(actor: Actor, scope: LinkingScope): Promise<InterviewData> {
    const { where, params } = this.filters(actor, scope, 't');
    if (actor.role !== 'lead' && actor.role !== 'admin') where.push('t.codings_revealed_at IS NOT NULL');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const transcripts = await this.dataSource.query<Array<{ id: string; participant_id: string; stakeholder_group: string }>>(
      `SELECT t.id, t.participant_id, t.stakeholder_group FROM transcript t ${clause} ORDER BY t.created_at, t.id`,
      params,
    );
    const codings = await this.dataSource.query<
      Array<{ id: string; transcript_id: string; participant_id: string; code: string; stakeholder_group: string; criterion: string | null; valence: LinkingCoding['valence']; start_cp: number; end_cp: number }>
    >(
      `SELECT c.id, c.transcript_id, t.participant_id, p.code, t.stakeholder_group, k.criterion, k.valence, c.start_cp, c.end_cp
       FROM coding c JOIN transcript t ON t.id = c.transcript_id JOIN participant p ON p.id = t.participant_id JOIN code k ON k.id = c.code_id
       ${clause} ORDER BY c.transcript_id, c.start_cp, c.id`,
      params,
    );
    const sources: Record<string, CodingSource> = {};
    for (const c of codings) sources[c.id] = { transcriptId: c.transcript_id, participantCode: c.code, start: Number(c.start_cp), end: Number(c.end_cp) };
    return {
      transcripts: transcripts.map((t) => ({ transcriptId: t.id, participantId: t.participant_id, group: t.stakeholder_group })),
      codings: codings.map((c) => ({ codingId: c.id, transcriptId: c.transcript_id, participantId: c.participant_id, group: c.stakeholder_group, criterion: c.criterion, valence: c.valence })),
      sources,
    };
  }

  /**
   * Benchmark rows of the latest version of each package (within scope and center), plus one row
   * per package for each mapped metric derived from its metadata. Packages without any row in scope
   * are left out, so a package missing from a center does not empty a criterion for all others.
   */
  async benchmark(actor: Actor, scope: LinkingScope): Promise<BenchmarkData> {
    const [allPackages, results, mapping] = await Promise.all([
      this.benchmarks.packages(),
      this.benchmarks.results(actor, scope.center ? { centers: [scope.center] } : {}),
      this.benchmarks.criterionMapping(),
    ]);
    const latest = new Map<string, string>();
    for (const r of results) {
      const seen = latest.get(r.packageKey);
      if (!seen || r.packageVersion.localeCompare(seen, undefined, { numeric: true }) > 0) latest.set(r.packageKey, r.packageVersion);
    }
    const packages = allPackages.filter((p) => latest.has(p.key));
    const rows: LinkingBenchmarkRow[] = [];
    const sources: Record<string, BenchmarkRowSource> = {};
    for (const r of results) {
      if (latest.get(r.packageKey) !== r.packageVersion) continue;
      rows.push({ rowId: r.id, packageId: r.packageKey, task: r.task, center: r.center, metric: r.metric, value: r.value, ciLow: r.ciLow, ciHigh: r.ciHigh, n: r.n });
      sources[r.id] = { packageKey: r.packageKey, packageVersion: r.packageVersion, task: r.task, center: r.center, dataset: r.dataset, metric: r.metric, derived: false };
    }
    const mappedDerived = DERIVED_METRICS.filter((metric) => mapping.some((m) => m.metric === metric));
    for (const pkg of packages) {
      const values = derivedMetrics(pkg);
      for (const metric of mappedDerived) {
        const rowId = derivedRowId(pkg.key, metric);
        // A property of the package, not of a task or a center: no task, pooled, exact.
        rows.push({ rowId, packageId: pkg.key, task: '', center: null, metric, value: values[metric], ciLow: null, ciHigh: null, n: null });
        sources[rowId] = { packageKey: pkg.key, packageVersion: null, task: null, center: null, dataset: null, metric, derived: true };
      }
    }
    return { packages, rows, mapping, sources };
  }

  private filters(actor: Actor, scope: LinkingScope, alias: string): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const own = centerScope(actor);
    if (own) {
      params.push(own);
      where.push(`${alias}.center_code = $${params.length}`);
    }
    if (scope.center) {
      params.push(scope.center);
      where.push(`${alias}.center_code = $${params.length}`);
    }
    if (scope.language) {
      params.push(scope.language);
      where.push(`${alias}.language = $${params.length}`);
    }
    return { where, params };
  }

  private async itemsOf(versionIds: string[]): Promise<Map<string, LinkingItems>> {
    if (versionIds.length === 0) return new Map();
    const versions = await this.dataSource.query<Array<{ id: string; definition: unknown }>>('SELECT id, definition FROM instrument_version WHERE id = ANY($1::uuid[])', [versionIds]);
    return new Map(versions.map((v) => [v.id, linkingItems(v.definition)]));
  }
}

export function derivedRowId(packageKey: string, metric: DerivedMetric): string {
  return `package:${packageKey}:${metric}`;
}
