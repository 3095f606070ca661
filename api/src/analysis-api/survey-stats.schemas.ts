import { z } from 'zod';
import { LANGUAGES } from '../centers/center.entity.js';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';

/** GET /api/analysis/surveys/:versionId/descriptives — how to split and which responses to include. */
export const surveyStatsQuerySchema = z.strictObject({
  /** Split into groups by stakeholder group or center; absent = everyone together. */
  by: z.enum(['group', 'center']).optional(),
  group: z.enum(STAKEHOLDER_GROUPS).optional(),
  center: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,16}$/)
    .optional(),
  /** The language the respondent answered in (not the language of the labels). */
  language: z.enum(LANGUAGES).optional(),
});
export type SurveyStatsQuery = z.infer<typeof surveyStatsQuerySchema>;

export const versionIdParamSchema = z.uuid();
