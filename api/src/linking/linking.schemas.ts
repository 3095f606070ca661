import { z } from 'zod';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';
import { CRITERIA } from '../surveys/survey-tags.js';

export const LINKING_LANGUAGES = ['nl', 'de', 'it', 'en'] as const;
export const MAX_LINKING_DRAWS = 20_000;

export const jointDisplayQuerySchema = z.strictObject({
  /** Only participants, interviews and benchmark rows of this center (within the caller's scope). */
  center: z.string().trim().min(1).max(16).optional(),
  /** Only responses and interviews in this language. */
  language: z.enum(LINKING_LANGUAGES).optional(),
  /** Bootstrap resamples of the weights = Monte Carlo draws of the ranks. */
  draws: z.coerce.number().int().min(100).max(MAX_LINKING_DRAWS).default(2000),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(1),
});
export type JointDisplayQuery = z.infer<typeof jointDisplayQuerySchema>;

const translations = z.partialRecord(z.enum(LINKING_LANGUAGES), z.string().trim().max(5000));

export const pinQuoteSchema = z.strictObject({
  codingId: z.uuid(),
  criterion: z.enum(CRITERIA),
  group: z.enum(STAKEHOLDER_GROUPS),
  translations: translations.optional(),
});
export type PinQuoteInput = z.infer<typeof pinQuoteSchema>;

export const editTranslationsSchema = z.strictObject({
  /** Language → text; an empty text removes that translation. */
  translations,
  revision: z.number().int().min(1),
});
export type EditTranslationsInput = z.infer<typeof editTranslationsSchema>;

export const listQuotesQuerySchema = z.strictObject({
  criterion: z.enum(CRITERIA).optional(),
  group: z.enum(STAKEHOLDER_GROUPS).optional(),
});
export type ListQuotesQuery = z.infer<typeof listQuotesQuerySchema>;

export const quoteCandidatesQuerySchema = z.strictObject({
  criterion: z.enum(CRITERIA),
  group: z.enum(STAKEHOLDER_GROUPS),
  center: z.string().trim().min(1).max(16).optional(),
  language: z.enum(LINKING_LANGUAGES).optional(),
});
export type QuoteCandidatesQuery = z.infer<typeof quoteCandidatesQuerySchema>;
