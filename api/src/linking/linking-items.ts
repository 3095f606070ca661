import { readSurveyTags, type Criterion, type Task } from '../surveys/survey-tags.js';

export interface RatingScale {
  min: number;
  max: number;
}

/**
 * The questions of one instrument version that feed the linking, found by their analysis tags:
 * - criterion ratings: `measure: importance` + `criterion`, no `task`, asked of everyone (no
 *   visibleIf). Profession-specific importance items (e.g. PACS integration for radiologists only)
 *   are left out: counting them would give one profession a second vote on a criterion and make
 *   weights incomparable between groups.
 * - the criteria ranking: a ranking tagged `measure: importance` whose choices are criteria;
 * - task value: `measure: importance` + `task`, no `criterion`, asked of everyone (value_*);
 * - thresholds: `measure: threshold` + `task`, named threshold_<metric>_<task>, metric sensitivity
 *   or specificity; a `max` above 1 means the answer is a percentage.
 */
export interface LinkingItems {
  criterionRatings: Array<{ name: string; criterion: Criterion; scale: RatingScale }>;
  ranking: { name: string } | null;
  taskValues: Array<{ name: string; task: Task; scale: RatingScale }>;
  thresholds: Array<{ name: string; task: Task; metric: 'sensitivity' | 'specificity'; percent: boolean }>;
  /** Tagged questions deliberately not used, with the reason (shown with the method). */
  leftOut: Array<{ name: string; reason: 'conditional' | 'not_a_rating' }>;
}

const THRESHOLD_NAME = /^threshold_(sensitivity|specificity)_/;

export function linkingItems(definition: unknown): LinkingItems {
  const items: LinkingItems = { criterionRatings: [], ranking: null, taskValues: [], thresholds: [], leftOut: [] };
  for (const question of questionsOf(definition)) {
    const name = typeof question.name === 'string' ? question.name : null;
    if (!name) continue;
    const tags = readSurveyTags(question);
    const conditional = typeof question.visibleIf === 'string' && question.visibleIf.trim() !== '';
    if (tags.measure === 'importance') {
      if (question.type === 'ranking') {
        if (!items.ranking) items.ranking = { name };
        continue;
      }
      if (!(tags.criterion && !tags.task) && !(tags.task && !tags.criterion)) continue;
      if (question.type !== 'rating') {
        items.leftOut.push({ name, reason: 'not_a_rating' });
        continue;
      }
      if (conditional) {
        items.leftOut.push({ name, reason: 'conditional' });
        continue;
      }
      if (tags.criterion) items.criterionRatings.push({ name, criterion: tags.criterion, scale: ratingScale(question) });
      else if (tags.task) items.taskValues.push({ name, task: tags.task, scale: ratingScale(question) });
    } else if (tags.measure === 'threshold' && tags.task) {
      const match = THRESHOLD_NAME.exec(name);
      if (!match) continue;
      const max = typeof question.max === 'number' ? question.max : Number(question.max);
      items.thresholds.push({ name, task: tags.task, metric: match[1] as 'sensitivity' | 'specificity', percent: Number.isFinite(max) ? max > 1 : true });
    }
  }
  return items;
}

/** SurveyJS rating scale: rateMin..rateMax, or rateMin..rateMin+rateCount−1; 1..5 by default. */
export function ratingScale(question: Record<string, unknown>): RatingScale {
  const min = typeof question.rateMin === 'number' ? question.rateMin : 1;
  if (typeof question.rateMax === 'number') return { min, max: question.rateMax };
  if (typeof question.rateCount === 'number') return { min, max: min + question.rateCount - 1 };
  return { min, max: 5 };
}

function* questionsOf(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const item of node) yield* questionsOf(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.type === 'string' && record.type !== 'panel' && record.type !== 'paneldynamic') yield record;
  if (Array.isArray(record.pages)) yield* questionsOf(record.pages);
  if (Array.isArray(record.elements)) yield* questionsOf(record.elements);
  if (Array.isArray(record.templateElements)) yield* questionsOf(record.templateElements);
}

/** A numeric answer, whether SurveyJS stored it as a number or a numeric string. */
export function numericAnswer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}
