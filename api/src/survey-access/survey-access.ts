import type { FastifyRequest } from 'fastify';
import type { SurveyAccessKind } from './survey-access-token.entity.js';

export const SURVEY_TOKEN_HEADER = 'x-survey-token';

/** What a survey token lets its holder do: answer one instrument version as one participant. */
export interface SurveyAccess {
  tokenId: string;
  kind: SurveyAccessKind;
  participantId: string;
  centerCode: string;
  instrumentVersionId: string;
  responseId: string | null;
  completedAt: Date | null;
}

export type RequestWithSurveyAccess = FastifyRequest & { surveyAccess?: SurveyAccess };
