import { z } from 'zod';

export const startSurveySchema = z.strictObject({
  participantId: z.uuid(),
  instrumentId: z.uuid(),
});
export type StartSurveyInput = z.infer<typeof startSurveySchema>;

export const listInvitationsSchema = z.strictObject({
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
});
export type ListInvitationsQuery = z.infer<typeof listInvitationsSchema>;

export const surveyConsentSchema = z.strictObject({
  version: z.string().trim().min(1).max(64),
  language: z.enum(['nl', 'de', 'it', 'en']),
});
export type SurveyConsentInput = z.infer<typeof surveyConsentSchema>;
