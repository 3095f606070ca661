import type { Language } from '../../../app/languages';
import type { StakeholderGroup } from '../../../participants/api/participant';

export type TextSource = 'transcripts' | 'responses' | 'all';
export type DistinctiveDimension = 'group' | 'center';

/** What the text view reads: one language, one source, optionally one group. */
export interface TextFilters {
  source: TextSource;
  language: Language;
  group: StakeholderGroup | '';
}

export interface WordFrequency {
  /** The stem. */
  term: string;
  count: number;
  share: number;
  /** Word forms counted under the stem, most frequent first. */
  forms: Array<{ form: string; count: number }>;
}

export interface WordFrequencies {
  language: Language;
  source: TextSource;
  documents: number;
  tokens: number;
  distinctTerms: number;
  items: WordFrequency[];
}

export interface KeywordInContextLine {
  source: 'transcript' | 'response';
  transcriptId?: string;
  segmentId?: string;
  responseId?: string;
  question?: string;
  group: string;
  center: string;
  /** Code-point offsets into the transcript (interviews) or the answer. */
  start: number;
  end: number;
  left: string;
  keyword: string;
  right: string;
}

export interface KeywordInContext {
  language: Language;
  term: string;
  total: number;
  items: KeywordInContextLine[];
}

export interface DistinctiveTerm {
  term: string;
  /** The stem's most frequent word form. */
  form: string;
  targetCount: number;
  referenceCount: number;
  logLikelihood: number;
  pValue: number;
  logRatio: number;
  direction: 'over' | 'under';
}

export interface DistinctiveTerms {
  method: string;
  language: Language;
  dimension: DistinctiveDimension;
  target: string;
  targetDocuments: number;
  referenceDocuments: number;
  items: DistinctiveTerm[];
}
