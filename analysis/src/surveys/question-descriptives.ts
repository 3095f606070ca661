import type { QuestionTags } from './data-dictionary.js';
import type { NumericSummary } from './numeric-summary.js';

/** How often one choice was given. */
export interface ChoiceCount {
  value: string | number | boolean;
  label: string;
  count: number;
  /**
   * count / answered. For a checkbox question a respondent can pick several choices, so shares are
   * per respondent and can sum to more than 1.
   */
  share: number;
}

/** A value in the data that is not among the dictionary's choices (an "other" answer, an old choice). */
export interface UnlistedCount {
  value: string;
  count: number;
}

interface QuestionBase {
  name: string;
  tags: QuestionTags;
  /** Responses in the group; answered + missing + invalid = responses. */
  responses: number;
  answered: number;
  /** No answer: absent, null, empty text, nothing selected (including questions that were not shown). */
  missing: number;
  /** An answer of the wrong shape for the question type (for example a list for a single choice). */
  invalid: number;
}

/** Counts per choice, in choice order; numeric descriptives when every choice value is a number. */
export interface ChoiceDistribution {
  distribution: ChoiceCount[];
  unlisted: UnlistedCount[];
  /** Over answers that are listed choices; null unless every choice value is numeric (Likert, rating). */
  numeric: NumericSummary | null;
}

export interface ChoiceQuestionDescriptives extends QuestionBase, ChoiceDistribution {
  type: 'rating' | 'radiogroup' | 'dropdown' | 'boolean' | 'checkbox';
}

export interface RankingItem {
  value: string | number | boolean;
  label: string;
  /** Respondents who placed this item. */
  ranked: number;
  /** Average position, 1 = top, over respondents who placed it; null when nobody did. */
  meanRank: number | null;
  /** Σ (k − position) over respondents, with k choices: the top place earns k − 1 points, unplaced 0. */
  bordaScore: number;
}

export interface RankingQuestionDescriptives extends QuestionBase {
  type: 'ranking';
  /** In choice order; sort by bordaScore for a league table. */
  items: RankingItem[];
  unlisted: UnlistedCount[];
}

export interface FreeTextQuestionDescriptives extends QuestionBase {
  type: 'text' | 'comment';
  /** Non-empty answers, trimmed, in response order. */
  answers: { responseId: string; text: string }[];
}

export interface MatrixRowDescriptives extends ChoiceDistribution {
  value: string;
  label: string;
  answered: number;
  missing: number;
  invalid: number;
}

export interface MatrixQuestionDescriptives extends QuestionBase {
  type: 'matrix';
  rows: MatrixRowDescriptives[];
}

export type QuestionDescriptives =
  | ChoiceQuestionDescriptives
  | RankingQuestionDescriptives
  | FreeTextQuestionDescriptives
  | MatrixQuestionDescriptives;
