import { Injectable } from '@nestjs/common';
import { computeLinking, type LinkingResult } from '@polyphony/analysis';
import type { Actor } from '../access/actor.js';
import type { AiPackageView } from '../benchmarks/benchmark-views.js';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';
import { CRITERIA, TASKS } from '../surveys/survey-tags.js';
import { LinkingDataService, type BenchmarkRowSource, type CodingSource, type ResponseSource } from './linking-data.service.js';
import { PinnedQuotesService, type PinnedQuoteView } from './pinned-quotes.service.js';

export interface JointDisplayFilters {
  center?: string;
  language?: string;
  draws?: number;
  seed?: number;
}

/** Everything the joint display shows, with the sources behind every number. */
export interface JointDisplay extends LinkingResult {
  filters: { center: string | null; language: string | null };
  packages: Array<Pick<AiPackageView, 'key' | 'name' | 'vendor' | 'synthetic'>>;
  /** Pinned exemplar quotes, already in the reader's language where a translation exists. */
  quotes: PinnedQuoteView[];
  /** The criterion mapping used, so the page can say how each metric was normalised. */
  mapping: Array<{ criterion: string; metric: string; direction: 'higher' | 'lower'; worst: number; best: number; weight: number }>;
  /** Tagged survey questions deliberately left out of the weights (profession-specific items). */
  leftOutQuestions: string[];
  sources: {
    responses: Record<string, ResponseSource>;
    codings: Record<string, CodingSource>;
    benchmarkRows: Record<string, BenchmarkRowSource>;
  };
  computedAt: string;
}

export const THRESHOLD_METRICS = ['sensitivity', 'specificity'] as const;
export const DEFAULT_JOINT_DISPLAY_DRAWS = 2000;

/**
 * The meaningful-AI joint display: loads what the caller may see (center scope, filters), runs the
 * linking of analysis/ and returns the whole structure. Exports and the report reuse it.
 */
@Injectable()
export class LinkingService {
  constructor(
    private readonly data: LinkingDataService,
    private readonly quotes: PinnedQuotesService,
  ) {}

  async jointDisplay(actor: Actor, filters: JointDisplayFilters, language: string): Promise<JointDisplay> {
    const scope = { ...(filters.center ? { center: filters.center } : {}), ...(filters.language ? { language: filters.language } : {}) };
    const [survey, interviews, benchmark, quotes] = await Promise.all([
      this.data.survey(actor, scope),
      this.data.interviews(actor, scope),
      this.data.benchmark(actor, scope),
      this.quotes.list(actor, scope, language),
    ]);
    const result = computeLinking(
      {
        criteria: CRITERIA,
        groups: STAKEHOLDER_GROUPS,
        tasks: TASKS,
        packageIds: benchmark.packages.map((p) => p.key),
        thresholdMetrics: THRESHOLD_METRICS,
        importance: survey.importance,
        taskValues: survey.taskValues,
        thresholds: survey.thresholds,
        transcripts: interviews.transcripts,
        codings: interviews.codings,
        benchmarkRows: benchmark.rows,
        mapping: benchmark.mapping,
      },
      { draws: filters.draws ?? DEFAULT_JOINT_DISPLAY_DRAWS, seed: filters.seed ?? 1 },
    );
    return {
      ...result,
      filters: { center: filters.center ?? null, language: filters.language ?? null },
      packages: benchmark.packages.map((p) => ({ key: p.key, name: p.name, vendor: p.vendor, synthetic: p.synthetic })),
      quotes,
      mapping: benchmark.mapping.map((m) => ({ criterion: m.criterion, metric: m.metric, direction: m.direction, worst: m.normalisation.worst, best: m.normalisation.best, weight: m.weight })),
      leftOutQuestions: survey.leftOut,
      sources: { responses: survey.sources, codings: interviews.sources, benchmarkRows: benchmark.sources },
      computedAt: new Date().toISOString(),
    };
  }
}
