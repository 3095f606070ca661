import type { Language } from '../../../app/languages';
import type { QuestionTags } from '../../../instruments/api/dictionary-entry';
import type { StakeholderGroup } from '../../../participants/api/participant';

/** How a question is summarised and drawn (see api/src/analysis-api/survey-stats-dictionary.ts). */
export type StatsKind = 'scale' | 'choice' | 'multiple' | 'ranking' | 'numeric' | 'text' | 'matrix';

export type ChoiceValue = string | number | boolean;

export interface ChoiceCount {
  value: ChoiceValue;
  label: string;
  count: number;
  /** count / answered; for multiple choice per respondent, so shares can sum to more than 1. */
  share: number;
}

export interface NumericSummary {
  n: number;
  mean: number;
  standardDeviation: number | null;
  meanConfidenceInterval: { level: number; lower: number; upper: number } | null;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  quantileMethod: 'type7';
}

export interface RankingItem {
  value: ChoiceValue;
  label: string;
  ranked: number;
  meanRank: number | null;
  bordaScore: number;
}

export interface MatrixRow {
  value: string;
  label: string;
  answered: number;
  missing: number;
  invalid: number;
  distribution: ChoiceCount[];
  numeric: NumericSummary | null;
}

export interface FreeTextAnswer {
  code: string;
  language: string;
  text: string;
}

/** A question's descriptives over one set of responses: everyone (key null) or one group. */
export interface StatsCell {
  key: string | null;
  responses: number;
  answered: number;
  missing: number;
  invalid: number;
  distribution?: ChoiceCount[];
  unlisted?: Array<{ value: string; count: number }>;
  numeric?: NumericSummary | null;
  items?: RankingItem[];
  answers?: FreeTextAnswer[];
  rows?: MatrixRow[];
  values?: Array<{ value: number; count: number }>;
}

export interface SurveyStatsQuestion {
  name: string;
  title: string;
  description?: string;
  page: string;
  type: string;
  kind: StatsKind;
  tags: QuestionTags;
  choices: Array<{ value: ChoiceValue; label: string }>;
  overall: StatsCell;
  groups: StatsCell[];
}

export type SplitBy = 'group' | 'center';

/** GET /api/analysis/surveys/:versionId/descriptives */
export interface SurveyStats {
  version: { id: string; instrumentId: string; instrumentKey: string; title: string; version: number; status: string };
  language: string;
  by: SplitBy | null;
  filters: { group: string | null; center: string | null; language: string | null };
  responses: number;
  groups: Array<{ key: string | null; responses: number }>;
  questions: SurveyStatsQuestion[];
  skipped: Array<{ name: string; type: string; title: string }>;
  confidenceLevel: number;
  quantileMethod: 'type7';
}

export interface SurveyStatsFilters {
  by: SplitBy | '';
  center: string;
  group: StakeholderGroup | '';
  language: Language | '';
}
