import type { DictionaryQuestion, QuestionType } from '@polyphony/analysis';
import type { DataDictionaryEntry } from '../surveys/data-dictionary.js';
import type { LocalizedText } from '../surveys/localized-text.js';
import type { SurveyTags } from '../surveys/survey-tags.js';

/**
 * How a question is summarised and drawn: `scale` (rating or Likert: numeric choices, a diverging
 * bar), `choice` (one of several), `multiple` (checkbox), `ranking`, `numeric` (a number typed in,
 * such as a threshold), `text` (free text, listed) and `matrix` (a Likert scale per row).
 */
export type StatsKind = 'scale' | 'choice' | 'multiple' | 'ranking' | 'numeric' | 'text' | 'matrix';

/** A question of the version as survey statistics use it: analysis's dictionary entry plus what the reader sees. */
export interface StatsQuestion {
  question: DictionaryQuestion;
  kind: StatsKind;
  /** The SurveyJS type (rating, radiogroup, text …). */
  type: string;
  title: string;
  description?: string;
  page: string;
  tags: SurveyTags;
}

/** A question the statistics leave out (for example a multiple-text or a dynamic panel), named for the reader. */
export interface SkippedQuestion {
  name: string;
  type: string;
  title: string;
}

const TYPE_OF: Partial<Record<string, QuestionType>> = {
  rating: 'rating',
  radiogroup: 'radiogroup',
  dropdown: 'dropdown',
  checkbox: 'checkbox',
  tagbox: 'checkbox',
  boolean: 'boolean',
  ranking: 'ranking',
  text: 'text',
  comment: 'comment',
  matrix: 'matrix',
};

/** A text in the reader's language, else the survey's own, else English, else any; the fallback when there is none. */
export function localize(text: LocalizedText | undefined, language: string, surveyLanguage: string, fallback: string): string {
  if (!text) return fallback;
  return text[language] ?? text[surveyLanguage] ?? text.en ?? Object.values(text)[0] ?? fallback;
}

const NUMBER_INPUTS = new Set(['number', 'range']);

/**
 * Maps the version's data dictionary (api/src/surveys) to the analysis library's dictionary, with
 * every label in the reader's language. Keys are the data keys (`valueName` where it differs).
 */
export function statsDictionary(
  entries: readonly DataDictionaryEntry[],
  language: string,
  surveyLanguage: string,
): { questions: StatsQuestion[]; skipped: SkippedQuestion[] } {
  const questions: StatsQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  for (const entry of entries) {
    const title = localize(entry.title, language, surveyLanguage, entry.name);
    const type = TYPE_OF[entry.type];
    if (!type) {
      skipped.push({ name: entry.key ?? entry.name, type: entry.type, title });
      continue;
    }
    const label = (text: LocalizedText, value: string | number | boolean) => localize(text, language, surveyLanguage, String(value));
    const question: DictionaryQuestion = { name: entry.key ?? entry.name, type, tags: { ...entry.tags } };
    if (entry.choices) question.choices = entry.choices.map((choice) => ({ value: choice.value, label: label(choice.text, choice.value) }));
    if (entry.rateMin !== undefined) question.rateMin = entry.rateMin;
    if (entry.rateMax !== undefined) question.rateMax = entry.rateMax;
    if (type === 'matrix') {
      question.rows = (entry.rows ?? []).map((row) => ({ value: String(row.value), label: label(row.text, row.value) }));
      question.choices = (entry.columns ?? []).map((column) => ({ value: column.value, label: label(column.text, column.value) }));
    }
    const description = entry.description ? localize(entry.description, language, surveyLanguage, '') : '';
    questions.push({
      question,
      kind: kindOf(type, entry, question),
      type: entry.type,
      title,
      ...(description ? { description } : {}),
      page: entry.page,
      tags: { ...entry.tags },
    });
  }
  return { questions, skipped };
}

function kindOf(type: QuestionType, entry: DataDictionaryEntry, question: DictionaryQuestion): StatsKind {
  switch (type) {
    case 'rating':
      return 'scale';
    case 'radiogroup':
    case 'dropdown':
      return numericChoices(question) ? 'scale' : 'choice';
    case 'boolean':
      return 'choice';
    case 'checkbox':
      return 'multiple';
    case 'ranking':
      return 'ranking';
    case 'text':
      return NUMBER_INPUTS.has(entry.inputType ?? '') ? 'numeric' : 'text';
    case 'comment':
      return 'text';
    case 'matrix':
      return 'matrix';
  }
}

function numericChoices(question: DictionaryQuestion): boolean {
  const choices = question.choices ?? [];
  return choices.length > 1 && choices.every((choice) => typeof choice.value === 'number' || (typeof choice.value === 'string' && choice.value.trim() !== '' && Number.isFinite(Number(choice.value))));
}
