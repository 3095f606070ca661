import { z } from 'zod';

export const generateSuggestionsSchema = z.strictObject({
  transcriptIds: z
    .array(z.uuid())
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { params: { rule: 'invalid' } }),
  // Only codes at least this probable are queued; cross-validation counts a code as suggested at the same cut.
  minConfidence: z.number().min(0.05).max(0.99).default(0.5),
  maxPerSegment: z.number().int().min(1).max(5).default(3),
});
export type GenerateSuggestionsInput = z.infer<typeof generateSuggestionsSchema>;

export const suggestionQueueQuerySchema = z.strictObject({
  transcriptId: z.uuid().optional(),
  codeId: z.uuid().optional(),
  minConfidence: z.coerce.number().min(0).max(1).default(0),
  status: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type SuggestionQueueQuery = z.infer<typeof suggestionQueueQuerySchema>;
