import { Model } from 'survey-core';
import { expect, test } from 'vitest';
import { createSurveyModel } from './survey-model.js';
import { validateResponse } from './validate-response.js';

/**
 * Full validation of a ~40-question clinician instrument, per response, once the Model is cached,
 * against survey-core on its own (`data` + `clearIncorrectValues` + `validate`, which misses the
 * gaps validateResponse closes) measured in the same run on the same responses.
 * Printed as `bench <name> <value> <unit> baseline <name> <value> ratio <r>`.
 */
const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'];
const TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'];
const RESPONSES = 200;
const ROUNDS = 5;

const instrument = {
  pages: [
    {
      name: 'background',
      elements: [
        { type: 'radiogroup', name: 'role', isRequired: true, choices: ['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'] },
        { type: 'text', name: 'years', inputType: 'number', min: 0, max: 50, isRequired: true },
        { type: 'dropdown', name: 'center', choices: ['RUMC', 'UKD', 'UKM', 'UKL', 'UNITN'] },
        { type: 'boolean', name: 'usedAi', isRequired: true },
        { type: 'checkbox', name: 'aiTools', visibleIf: '{usedAi} = true', choices: ['segmentation', 'classification', 'prediction'], showOtherItem: true },
        { type: 'radiogroup', name: 'aiFrequency', visibleIf: '{usedAi} = true', choices: ['daily', 'weekly', 'rarely'] },
      ],
    },
    {
      name: 'criteria',
      elements: [
        ...CRITERIA.flatMap((criterion) => [
          { type: 'rating', name: `${criterion}Importance`, rateMin: 1, rateMax: 5, isRequired: true, criterion, measure: 'importance' },
          { type: 'rating', name: `${criterion}Attitude`, rateMin: 1, rateMax: 7, criterion, measure: 'attitude' },
        ]),
        { type: 'ranking', name: 'criteriaRanking', choices: CRITERIA },
        { type: 'matrix', name: 'agreement', rows: CRITERIA, columns: [1, 2, 3, 4, 5] },
      ],
    },
    {
      name: 'tasks',
      elements: TASKS.flatMap((task) => [
        { type: 'rating', name: `${task}Value`, rateMin: 1, rateMax: 5, task, measure: 'importance' },
        { type: 'text', name: `${task}Threshold`, inputType: 'number', min: 50, max: 100, task, measure: 'threshold' },
        { type: 'comment', name: `${task}Remarks`, maxLength: 2000 },
      ]),
    },
    {
      name: 'closing',
      elements: [
        { type: 'rating', name: 'trust', rateMin: 1, rateMax: 5, isRequired: true },
        { type: 'comment', name: 'distrustReason', visibleIf: '{trust} <= 2' },
        { type: 'boolean', name: 'wouldUse' },
        { type: 'boolean', name: 'wantsTraining' },
        { type: 'boolean', name: 'contactLater' },
        { type: 'radiogroup', name: 'explanationForm', choices: ['heatmap', 'text', 'confidence'] },
        { type: 'radiogroup', name: 'responsibility', choices: ['clinician', 'vendor', 'shared'] },
        { type: 'comment', name: 'remarks' },
      ],
    },
  ],
};

/** Deterministic pseudo-random numbers, so every run measures the same responses. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function response(next: () => number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const between = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  const usedAi = next() < 0.6;
  const trust = between(1, 5);
  const data: Record<string, unknown> = { role: pick(['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist']), years: between(0, 40), center: pick(['RUMC', 'UKD', 'UKM', 'UKL', 'UNITN']), usedAi };
  if (usedAi) Object.assign(data, { aiTools: ['segmentation', 'other'], 'aiTools-Comment': 'volumetry', aiFrequency: pick(['daily', 'weekly', 'rarely']) });
  for (const criterion of CRITERIA) Object.assign(data, { [`${criterion}Importance`]: between(1, 5), [`${criterion}Attitude`]: between(1, 7) });
  data.criteriaRanking = [...CRITERIA].sort(() => next() - 0.5);
  data.agreement = Object.fromEntries(CRITERIA.map((criterion) => [criterion, between(1, 5)]));
  for (const task of TASKS) Object.assign(data, { [`${task}Value`]: between(1, 5), [`${task}Threshold`]: between(50, 100), [`${task}Remarks`]: 'Useful when margins are unclear.' });
  Object.assign(data, { trust, wouldUse: next() < 0.5, wantsTraining: true, contactLater: false, explanationForm: pick(['heatmap', 'text', 'confidence']), responsibility: 'shared', remarks: 'Thank you.' });
  if (trust <= 2) data.distrustReason = 'Too many false positives.';
  return data;
}

function perResponse(responses: readonly Record<string, unknown>[], validate: (data: Record<string, unknown>) => void): number {
  for (const data of responses) validate(data); // warm-up: JIT, caches
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) for (const data of responses) validate(data);
  return (performance.now() - started) / (ROUNDS * responses.length);
}

function report(name: string, value: number, baselineName: string, baseline: number): void {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  console.log(`bench ${name} ${round(value)} ms baseline ${baselineName} ${round(baseline)} ratio ${round(value / baseline)}`);
}

test('validateResponse on a 40-question clinician instrument versus survey-core alone', () => {
  const next = random(42);
  const responses = Array.from({ length: RESPONSES }, () => response(next));
  for (const data of responses) expect(validateResponse(instrument, data, 'completed').errors).toEqual([]);

  const bare: Model = createSurveyModel(instrument);
  const baseline = perResponse(responses, (data) => {
    bare.data = data;
    bare.clearIncorrectValues();
    bare.validate(true, false, undefined, false);
  });
  const completed = perResponse(responses, (data) => validateResponse(instrument, data, 'completed'));
  const inProgress = perResponse(responses, (data) => validateResponse(instrument, data, 'in_progress'));
  report('surveys.validate-response.completed', completed, 'survey-core.validate', baseline);
  report('surveys.validate-response.in-progress', inProgress, 'survey-core.validate', baseline);
});
