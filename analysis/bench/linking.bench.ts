// linking.score: the full meaningful-AI linking (weights with bootstrap, salience, performance,
// scores with 10 000 Monte Carlo draws, thresholds, task value) on a demo-sized study and on one
// ten times larger (ten times the respondents, interviews, codings and benchmark rows). Run:
//   npx vitest run --config vitest.bench.config.ts analysis/bench/linking.bench.ts
import { expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { createRandom } from '../src/agreement/random.js';
import { computeLinking, type LinkingInput } from '../src/linking/linking.js';
import type { CriterionMetric, ImportanceResponse, LinkingBenchmarkRow, LinkingCoding, LinkingTranscript, TaskValueResponse, ThresholdResponse } from '../src/linking/linking-types.js';

const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'];
const GROUPS = ['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'];
const TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'];
const CENTERS = ['RUMC', 'UKD', 'UKM', 'UKL', 'UNITN'];
const PACKAGES = ['atlas', 'bora', 'cygnus', 'delphi'];
const VALENCES = ['positive', 'negative', 'conditional', 'neutral', null] as const;
const MAPPING: CriterionMetric[] = (
  [
    ['accuracy', 'sensitivity', 'higher', 0.5, 1, 0.25],
    ['accuracy', 'specificity', 'higher', 0.5, 1, 0.25],
    ['accuracy', 'auc', 'higher', 0.5, 1, 0.2],
    ['accuracy', 'dice', 'higher', 0, 1, 0.15],
    ['accuracy', 'hd95', 'lower', 20, 0, 0.15],
    ['explainability', 'explainability_features', 'higher', 0, 1, 1],
    ['cost', 'cost_per_case_eur', 'lower', 100, 0, 1],
    ['interpretation', 'icc', 'higher', 0, 1, 1],
    ['care_pathway', 'processing_time_s', 'lower', 600, 0, 0.5],
    ['care_pathway', 'pacs_integration', 'higher', 0, 1, 0.5],
  ] as const
).map(([criterion, metric, direction, worst, best, weight]) => ({ criterion, metric, direction, normalisation: { kind: 'bounded', worst, best }, weight }));
const METRIC_VALUES: Record<string, [number, number]> = {
  sensitivity: [0.7, 0.95],
  specificity: [0.7, 0.95],
  auc: [0.75, 0.95],
  dice: [0.6, 0.9],
  hd95: [3, 12],
  icc: [0.6, 0.9],
  processing_time_s: [30, 400],
  cost_per_case_eur: [5, 60],
};

/** A synthetic study: `scale` 1 is the demo's size (70 respondents, 30 interviews, ~600 codings, ~500 rows). */
function study(scale: number): LinkingInput {
  const random = createRandom(2026 + scale);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const importance: ImportanceResponse[] = [];
  const taskValues: TaskValueResponse[] = [];
  const thresholds: ThresholdResponse[] = [];
  for (let i = 0; i < 70 * scale; i++) {
    const group = i < 40 * scale ? 'patient' : GROUPS[1 + (i % 4)];
    const base = { responseId: `r${i}`, participantId: `p${i}`, group };
    const ratings = Object.fromEntries(CRITERIA.map((c) => [c, 1 + Math.floor(random() * 5)]));
    const ranking = group === 'patient' ? undefined : [...CRITERIA].sort(() => random() - 0.5);
    importance.push({ ...base, ratings, ratingScale: { min: 1, max: 5 }, ...(ranking ? { ranking } : {}) });
    if (group === 'patient') continue;
    for (const task of TASKS) {
      taskValues.push({ ...base, task, value: 1 + Math.floor(random() * 5), scale: { min: 1, max: 5 } });
      for (const metric of ['sensitivity', 'specificity']) thresholds.push({ ...base, task, metric, value: 0.7 + random() * 0.25 });
    }
  }
  const transcripts: LinkingTranscript[] = [];
  const codings: LinkingCoding[] = [];
  for (let i = 0; i < 30 * scale; i++) {
    const transcript = { transcriptId: `t${i}`, participantId: `p${i * 2}`, group: GROUPS[i % 5] };
    transcripts.push(transcript);
    for (let k = 0; k < 20; k++) codings.push({ codingId: `c${i}-${k}`, ...transcript, criterion: random() < 0.8 ? pick(CRITERIA) : null, valence: pick(VALENCES) });
  }
  const benchmarkRows: LinkingBenchmarkRow[] = [];
  for (const packageId of PACKAGES) {
    for (const task of TASKS) {
      for (const center of CENTERS) {
        for (let dataset = 0; dataset < scale; dataset++) {
          for (const [metric, [low, high]] of Object.entries(METRIC_VALUES)) {
            const value = low + random() * (high - low);
            benchmarkRows.push({ rowId: `${packageId}-${task}-${center}-${dataset}-${metric}`, packageId, task, center, metric, value, ciLow: value * 0.93, ciHigh: value * 1.05, n: 60 });
          }
        }
      }
    }
    for (const metric of ['explainability_features', 'pacs_integration']) {
      benchmarkRows.push({ rowId: `${packageId}-${metric}`, packageId, task: '', center: null, metric, value: Math.round(random() * 3) / 3, ciLow: null, ciHigh: null, n: null });
    }
  }
  return { criteria: CRITERIA, groups: GROUPS, tasks: TASKS, packageIds: PACKAGES, thresholdMetrics: ['sensitivity', 'specificity'], importance, taskValues, thresholds, transcripts, codings, benchmarkRows, mapping: MAPPING };
}

/** Median wall time of `runs` runs, after one warm-up. */
function time(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

test('linking.score: demo-sized study and one ten times larger, 10 000 Monte Carlo draws', () => {
  const demo = study(1);
  const large = study(10);
  expect(large.importance.length).toBe(10 * demo.importance.length);
  expect(large.codings.length).toBe(10 * demo.codings.length);
  const result = computeLinking(demo, { draws: 10_000, seed: 1 });
  expect(result.scores.every((s) => s.missing === null)).toBe(true);

  const demoFewDraws = time(() => computeLinking(demo, { draws: 1000, seed: 1 }));
  const demoMs = time(() => computeLinking(demo, { draws: 10_000, seed: 1 }));
  const largeMs = time(() => computeLinking(large, { draws: 10_000, seed: 1 }), 3);
  reportBench({ name: 'linking.score.demo', value: demoMs, unit: 'ms', baseline: { name: 'linking.score.demo.1000draws', value: demoFewDraws } });
  reportBench({ name: 'linking.score.large10x', value: largeMs, unit: 'ms', baseline: { name: 'linking.score.demo', value: demoMs } });
});
