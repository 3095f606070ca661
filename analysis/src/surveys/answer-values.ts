import type { DictionaryChoice, DictionaryQuestion } from './data-dictionary.js';

/** No answer: absent, null, blank text, an empty selection or an empty matrix. */
export function isMissingAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A single answer SurveyJS can store for a choice: a string, number or boolean. */
export function isScalarAnswer(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Choices compare by their string form, so 3 and "3" are the same answer. */
export function answerKey(value: string | number | boolean): string {
  return String(value);
}

export function isNumericValue(value: string | number | boolean): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

const DEFAULT_RATE_MIN = 1;
const DEFAULT_RATE_MAX = 5;

/**
 * The choices of a question in display order. A rating question without choices runs from rateMin to
 * rateMax in steps of 1 (SurveyJS defaults 1–5); a boolean question without choices is true, false.
 */
export function choicesOf(question: DictionaryQuestion): DictionaryChoice[] {
  if (question.choices !== undefined && question.choices.length > 0) return question.choices;
  if (question.type === 'rating') {
    const min = question.rateMin ?? DEFAULT_RATE_MIN;
    const max = question.rateMax ?? DEFAULT_RATE_MAX;
    const choices: DictionaryChoice[] = [];
    for (let value = min; value <= max; value += 1) choices.push({ value, label: String(value) });
    return choices;
  }
  if (question.type === 'boolean') {
    return [
      { value: true, label: 'true' },
      { value: false, label: 'false' },
    ];
  }
  return question.choices ?? [];
}
