import type { CodeSuggestionModel, SuggestionStatus } from './suggestions.entities.js';

export const EVALUATION_METHOD =
  'k-fold cross-validation on the coded passages (participant turns with at least one code): each fold is suggested by a model trained on the other folds; a code counts as suggested when its probability reaches the threshold. Precision: share of suggestions that matched a researcher\'s code; recall: share of researchers\' codes that were suggested.';

export interface SuggestionModelView {
  id: string;
  language: string;
  method: string;
  trainingPassages: number;
  threshold: number;
  createdAt: string;
  evaluation: CodeSuggestionModel['evaluation'] & { description: string };
}

export function toSuggestionModelView(model: CodeSuggestionModel): SuggestionModelView {
  return {
    id: model.id,
    language: model.language,
    method: model.method,
    trainingPassages: model.trainingPassages,
    threshold: model.threshold,
    createdAt: model.createdAt.toISOString(),
    evaluation: { ...model.evaluation, description: EVALUATION_METHOD },
  };
}

export interface SuggestionView {
  id: string;
  transcriptId: string;
  participantCode: string;
  group: string;
  segmentId: string;
  codeId: string;
  start: number;
  end: number;
  /** The segment's text: the passage that would be coded. */
  text: string;
  language: string;
  confidence: number;
  status: SuggestionStatus;
  modelId: string;
  createdAt: string;
  reviewedAt: string | null;
  codingId: string | null;
}
