import type { SurveyResponse } from './survey-response.entity.js';

export interface ResponseIssueView {
  question: string;
  rule: string;
  params?: Record<string, string | number>;
}

export interface ResponseView {
  id: string;
  instrumentVersionId: string;
  participantId: string;
  center: string;
  status: 'in_progress' | 'completed';
  data: Record<string, unknown>;
  language: string;
  revision: number;
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
}

export interface SaveResult {
  response: ResponseView;
  /** True when this exact content was already stored (a retry): nothing changed. */
  unchanged: boolean;
  /** Answers dropped from an in-progress save (e.g. to questions no longer visible). */
  warnings: ResponseIssueView[];
}

export function toResponseView(r: SurveyResponse): ResponseView {
  return {
    id: r.id,
    instrumentVersionId: r.instrumentVersionId,
    participantId: r.participantId,
    center: r.centerCode,
    status: r.status,
    data: r.data,
    language: r.language,
    revision: r.revision,
    startedAt: r.startedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}
