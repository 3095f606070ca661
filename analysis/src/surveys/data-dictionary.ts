/** The SurveyJS question types Polyphony describes. */
export type QuestionType =
  | 'rating'
  | 'radiogroup'
  | 'dropdown'
  | 'checkbox'
  | 'boolean'
  | 'ranking'
  | 'text'
  | 'comment'
  | 'matrix';

export interface DictionaryChoice {
  /** The value SurveyJS stores in the response data. */
  value: string | number | boolean;
  label: string;
}

/** Analysis tags that ride on a question as custom SurveyJS properties. */
export interface QuestionTags {
  /** One of the five meaningful-AI criteria, e.g. diagnostic accuracy or transparency. */
  criterion?: string;
  task?: string;
  measure?: string;
}

/**
 * One question of an instrument version, as analysis needs it: the response data key, the type,
 * the choices in their display order (columns, for a matrix) and, for matrices, the rows.
 */
export interface DictionaryQuestion {
  name: string;
  type: QuestionType;
  choices?: DictionaryChoice[];
  /** Lowest and highest rating when a rating question lists no choices (SurveyJS defaults 1 and 5). */
  rateMin?: number;
  rateMax?: number;
  rows?: { value: string; label: string }[];
  tags?: QuestionTags;
}

/** One SurveyJS response: its data keyed by question name, plus who answered for grouping. */
export interface SurveyResponseRecord {
  id: string;
  data: Readonly<Record<string, unknown>>;
  /** Grouping keys such as stakeholder group, center or language; null or absent when missing. */
  meta?: Readonly<Record<string, string | null | undefined>>;
}
