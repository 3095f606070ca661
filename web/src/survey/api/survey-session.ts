import type { Language } from '../../app/languages';

export type SurveyAccessKind = 'tablet' | 'invitation';

export type ResponseStatus = 'in_progress' | 'completed';

/** Answers as SurveyJS keeps them: question name → value. */
export type SurveyAnswers = Record<string, unknown>;

/** A text in each of the instrument's languages (English is `en`). */
export type LocalizedText = Partial<Record<Language, string>>;

export interface ConsentText {
  version: string;
  text: LocalizedText;
}

export interface SavedResponse {
  id: string;
  status: ResponseStatus;
  data: SurveyAnswers;
  revision: number;
  language: string;
  updatedAt: string;
}

/** GET /api/survey-session: what a token opens, and any answers the server already holds. */
export interface SurveySession {
  kind: SurveyAccessKind;
  participant: { id: string; code: string; language: string; group: string; consentVersion: string | null };
  instrumentVersion: {
    id: string;
    /** SurveyJS JSON whose strings are `{default, nl, de, it}`. */
    definition: Record<string, unknown>;
    languages: string[];
    consent: ConsentText | null;
  };
  response: SavedResponse | null;
  completed: boolean;
}

/** PUT /api/responses/:id answer. */
export interface SaveResult {
  response: SavedResponse;
  unchanged: boolean;
  warnings: Array<{ question: string; rule: string }>;
}

/** The body of PUT /api/responses/:id. */
export interface ResponseWrite {
  instrumentVersionId: string;
  participantId: string;
  data: SurveyAnswers;
  status: ResponseStatus;
  revision: number;
  language: Language;
}

export interface AnswerIssue {
  question: string;
  rule: string;
  message: string;
}
