import type { Language } from '../../../app/languages';

export type SuggestionStatus = 'pending' | 'accepted' | 'rejected';

/** A code the classifier proposes for one participant turn; applied only if a researcher accepts it. */
export interface CodeSuggestion {
  id: string;
  transcriptId: string;
  participantCode: string;
  group: string;
  segmentId: string;
  codeId: string;
  /** The turn's code-point range in the transcript: what accepting codes. */
  start: number;
  end: number;
  text: string;
  language: Language;
  /** The classifier's probability that the code fits (0–1). */
  confidence: number;
  status: SuggestionStatus;
  modelId: string;
  createdAt: string;
  reviewedAt: string | null;
  codingId: string | null;
}

export interface CodeMetrics {
  codeId: string;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AveragedMetrics {
  /** null when there were no codes to average (JSON has no NaN). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One trained suggester and its cross-validated quality. */
export interface SuggestionModel {
  id: string;
  language: Language;
  method: string;
  trainingPassages: number;
  threshold: number;
  createdAt: string;
  evaluation: {
    method: string;
    description: string;
    folds: number;
    seed: number;
    threshold: number;
    passages: number;
    perCode: CodeMetrics[];
    macro: AveragedMetrics;
    micro: AveragedMetrics;
  };
}

export interface SuggestionQueue {
  total: number;
  items: CodeSuggestion[];
  models: SuggestionModel[];
}

export interface SuggestionQueueFilters {
  transcriptId: string;
  codeId: string;
  /** 0–1. */
  minConfidence: number;
}

export interface GenerateResult {
  created: number;
  models: SuggestionModel[];
  skipped: Array<{ language: Language; passages: number }>;
}
