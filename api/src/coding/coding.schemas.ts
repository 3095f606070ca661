import { z } from 'zod';

export const addCodingSchema = z
  .strictObject({
    codeId: z.uuid(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    memo: z.string().trim().max(4000).optional(),
  })
  .refine((c) => c.end > c.start, { path: ['end'], params: { rule: 'invalid' } });
export type AddCodingInput = z.infer<typeof addCodingSchema>;

export const updateCodingSchema = z.strictObject({
  memo: z.string().trim().max(4000).nullable(),
  revision: z.number().int().min(1),
});
export type UpdateCodingInput = z.infer<typeof updateCodingSchema>;

export const retrievalSchema = z.strictObject({
  codeId: z.uuid(),
  includeChildren: z.enum(['true', 'false']).default('true'),
  group: z.enum(['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist']).optional(),
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
  coderId: z.uuid().optional(),
  valence: z.enum(['positive', 'negative', 'conditional', 'neutral']).optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});
export type RetrievalQuery = z.infer<typeof retrievalSchema>;

export const comparisonSchema = z.strictObject({ coderA: z.uuid(), coderB: z.uuid() });
export type ComparisonQuery = z.infer<typeof comparisonSchema>;

export const searchSchema = z.strictObject({
  q: z.string().trim().min(1).max(200),
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type SearchQuery = z.infer<typeof searchSchema>;
