import { groupThresholds, thresholdMatrix, type GroupThreshold, type ThresholdCell } from './acceptance-thresholds.js';
import { criterionWeights, type GroupWeights } from './criterion-weights.js';
import { interviewSalience, type SalienceCell } from './interview-salience.js';
import type {
  CriterionMetric,
  ImportanceResponse,
  LinkingBenchmarkRow,
  LinkingCoding,
  LinkingTranscript,
  TaskValueResponse,
  ThresholdResponse,
} from './linking-types.js';
import { meaningfulScores, SCORE_DEFAULTS, type GroupScores } from './meaningful-score.js';
import { packagePerformance, type CriterionPerformance } from './package-performance.js';
import { taskPerformance, taskValues, type GroupTaskValue, type TaskPerformance } from './task-value.js';

export interface LinkingInput {
  readonly criteria: readonly string[];
  readonly groups: readonly string[];
  readonly tasks: readonly string[];
  readonly packageIds: readonly string[];
  /** Metrics for which stakeholders state thresholds, e.g. sensitivity and specificity. */
  readonly thresholdMetrics: readonly string[];
  readonly importance: readonly ImportanceResponse[];
  readonly taskValues: readonly TaskValueResponse[];
  readonly thresholds: readonly ThresholdResponse[];
  readonly transcripts: readonly LinkingTranscript[];
  readonly codings: readonly LinkingCoding[];
  readonly benchmarkRows: readonly LinkingBenchmarkRow[];
  readonly mapping: readonly CriterionMetric[];
}

export interface LinkingOptions {
  /** Bootstrap resamples of the weights and Monte Carlo draws of the scores. Default 10 000. */
  readonly draws?: number;
  readonly seed?: number;
  readonly confidence?: number;
  readonly performanceUncertainty?: boolean;
}

/** The group weights without their bootstrap draws (those are only needed inside the computation). */
export type GroupWeightsSummary = Omit<GroupWeights, 'draws'>;

export interface LinkingResult {
  readonly criteria: readonly string[];
  readonly groups: readonly string[];
  readonly tasks: readonly string[];
  readonly packageIds: readonly string[];
  readonly weights: readonly GroupWeightsSummary[];
  readonly salience: readonly SalienceCell[];
  readonly performance: readonly CriterionPerformance[];
  readonly scores: readonly GroupScores[];
  readonly thresholds: readonly GroupThreshold[];
  readonly thresholdMatrix: readonly ThresholdCell[];
  readonly taskValues: readonly GroupTaskValue[];
  readonly taskPerformance: readonly TaskPerformance[];
  readonly settings: { readonly draws: number; readonly seed: number; readonly confidence: number; readonly performanceUncertainty: boolean };
  /** Keys of the plain-language method text, in reading order (the UI and the report translate them). */
  readonly method: typeof LINKING_METHOD;
}

/** The method as the joint display explains it: steps, then the assumptions a reader should know. */
export const LINKING_METHOD = {
  steps: ['weights', 'salience', 'performance', 'score', 'stability', 'thresholds', 'taskValue'],
  assumptions: ['ratingsInterval', 'rankingCentroid', 'equalComponents', 'conservativeIntervals', 'commonCriteria', 'performanceDraws', 'thresholdMedian', 'missingData'],
} as const;

/**
 * The whole meaningful-AI linking for one scope of data: survey weights, interview salience, package
 * performance, scores with rank stability, thresholds and task value. One seed makes it reproducible.
 */
export function computeLinking(input: LinkingInput, options: LinkingOptions = {}): LinkingResult {
  const draws = options.draws ?? SCORE_DEFAULTS.draws;
  const seed = options.seed ?? SCORE_DEFAULTS.seed;
  const confidence = options.confidence ?? SCORE_DEFAULTS.confidence;
  const performanceUncertainty = options.performanceUncertainty ?? SCORE_DEFAULTS.performanceUncertainty;
  const weights = criterionWeights(input.importance, input.groups, input.criteria, { draws, seed, confidence });
  const performance = packagePerformance(input.benchmarkRows, input.mapping, input.packageIds, input.criteria);
  const scores = meaningfulScores(weights, performance, input.packageIds, { draws, seed, confidence, performanceUncertainty });
  const thresholds = groupThresholds(input.thresholds, input.groups, input.tasks, input.thresholdMetrics);
  return {
    criteria: input.criteria,
    groups: input.groups,
    tasks: input.tasks,
    packageIds: input.packageIds,
    weights: weights.map(({ draws: _draws, ...summary }) => summary),
    salience: interviewSalience(input.transcripts, input.codings, input.groups, input.criteria),
    performance,
    scores,
    thresholds,
    thresholdMatrix: thresholdMatrix(thresholds, input.benchmarkRows, input.packageIds),
    taskValues: taskValues(input.taskValues, input.groups, input.tasks, { draws: Math.min(draws, 2000), seed, confidence }),
    taskPerformance: taskPerformance(input.benchmarkRows, input.mapping, input.packageIds, input.tasks),
    settings: { draws, seed, confidence, performanceUncertainty },
    method: LINKING_METHOD,
  };
}
