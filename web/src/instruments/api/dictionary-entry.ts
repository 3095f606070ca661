import type { LocalizedText } from './instrument';

/** A choice as the data dictionary gives it: the stored value and its text (localized or plain). */
export interface DictionaryChoice {
  value: string | number | boolean;
  text?: LocalizedText | string;
  label?: string;
}

/** Analysis tags that ride on a question as custom SurveyJS properties. */
export interface QuestionTags {
  criterion?: string;
  task?: string;
  measure?: string;
}

/** One question of a version, read-only, as the API's data dictionary describes it. */
export interface DictionaryEntry {
  name: string;
  type: string;
  title: LocalizedText;
  /** Name of the page the question is on. */
  page: string;
  choices?: DictionaryChoice[];
  /** A single-choice matrix: its rows are asked, its columns are the answers. */
  rows?: DictionaryChoice[];
  columns?: DictionaryChoice[];
  rateMin?: number;
  rateMax?: number;
  tags?: QuestionTags;
  /** SurveyJS condition under which the question is shown. */
  visibleIf?: string;
  required: boolean;
}
