import { z } from 'zod';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';

/**
 * Which texts an analysis reads: participant turns of interviews, free-text answers of completed
 * survey responses, or both. Always one language: stems of different languages never mix.
 */
const textScope = {
  source: z.enum(['transcripts', 'responses', 'all']).default('transcripts'),
  language: z.enum(['nl', 'de', 'it', 'en']),
  group: z.enum(STAKEHOLDER_GROUPS).optional(),
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
  // Only the parts of participant turns coded with this code (interviews only).
  codeId: z.uuid().optional(),
};

export const wordFrequencyQuerySchema = z.strictObject({
  ...textScope,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type WordFrequencyQuery = z.infer<typeof wordFrequencyQuerySchema>;

export const keywordInContextQuerySchema = z.strictObject({
  ...textScope,
  term: z.string().trim().min(1).max(100),
  contextWords: z.coerce.number().int().min(1).max(20).default(6),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type KeywordInContextQuery = z.infer<typeof keywordInContextQuerySchema>;

// Within one language, so the comparison is by group or center (language is the fixed stratum).
export const distinctiveTermsQuerySchema = z.strictObject({
  ...textScope,
  dimension: z.enum(['group', 'center']),
  target: z.string().trim().min(1).max(32),
  minCount: z.coerce.number().int().min(1).max(1000).default(3),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type DistinctiveTermsQuery = z.infer<typeof distinctiveTermsQuerySchema>;

export type TextScopeQuery = Pick<WordFrequencyQuery, 'source' | 'language' | 'group' | 'center' | 'codeId'>;
