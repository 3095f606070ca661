import type { DictionaryQuestion, SurveyResponseRecord } from './data-dictionary.js';
import { describeQuestion, type DescribeOptions } from './describe-question.js';
import type { QuestionDescriptives } from './question-descriptives.js';

export interface DescribeSurveyOptions extends DescribeOptions {
  /**
   * Split responses into groups: a key of `meta` (such as 'group', 'center' or 'language') or a
   * function of the response (for example one reading an answer). Absent means no groups.
   */
  groupBy?: string | ((response: SurveyResponseRecord) => string | null | undefined);
}

export interface SurveyGroupDescriptives {
  /** The group's value; null collects responses where it is missing. */
  key: string | null;
  responses: number;
  questions: QuestionDescriptives[];
}

export interface SurveyDescriptives {
  overall: { responses: number; questions: QuestionDescriptives[] };
  /** Sorted by key, the missing-value group (null) last; empty when there is no `groupBy`. */
  groups: SurveyGroupDescriptives[];
}

/**
 * Descriptives for every question of a data dictionary (in dictionary order), over all responses
 * and per group.
 */
export function describeSurvey(
  dictionary: readonly DictionaryQuestion[],
  responses: readonly SurveyResponseRecord[],
  options: DescribeSurveyOptions = {},
): SurveyDescriptives {
  const { groupBy, ...describeOptions } = options;
  const describeAll = (subset: readonly SurveyResponseRecord[]): QuestionDescriptives[] =>
    dictionary.map((question) => describeQuestion(question, subset, describeOptions));

  const overall = { responses: responses.length, questions: describeAll(responses) };
  if (groupBy === undefined) return { overall, groups: [] };

  const keyOf = typeof groupBy === 'string' ? (response: SurveyResponseRecord) => response.meta?.[groupBy] : groupBy;
  const byKey = new Map<string | null, SurveyResponseRecord[]>();
  for (const response of responses) {
    const key = keyOf(response) ?? null;
    const members = byKey.get(key) ?? [];
    members.push(response);
    byKey.set(key, members);
  }
  const groups = [...byKey]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, members]) => ({ key, responses: members.length, questions: describeAll(members) }));
  return { overall, groups };
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
