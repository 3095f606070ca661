import { z } from 'zod';

export const saveResponseSchema = z.strictObject({
  instrumentVersionId: z.uuid(),
  participantId: z.uuid(),
  // Checked in depth against the instrument by validate-response.ts.
  data: z.record(z.string(), z.unknown()),
  status: z.enum(['in_progress', 'completed']),
  // 0 for a new response; afterwards the revision the client last saw.
  revision: z.number().int().min(0),
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
});
export type SaveResponseInput = z.infer<typeof saveResponseSchema>;

export const correctionSchema = z.strictObject({
  data: z.record(z.string(), z.unknown()),
  reason: z.string().trim().min(3).max(500),
  revision: z.number().int().min(1),
});
export type CorrectionInput = z.infer<typeof correctionSchema>;

export const listResponsesSchema = z.strictObject({
  instrumentVersionId: z.uuid().optional(),
  participantId: z.uuid().optional(),
  status: z.enum(['in_progress', 'completed']).optional(),
});
export type ListResponsesQuery = z.infer<typeof listResponsesSchema>;
