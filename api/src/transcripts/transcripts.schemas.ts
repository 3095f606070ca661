import { z } from 'zod';

const speakerOptions = z
  .strictObject({
    interviewerLabels: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    participantLabels: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    pattern: z.enum(['auto', 'colon', 'bracket']).optional(),
  })
  .optional();

// Files travel as base64 in JSON; 5 MB of file is at most ~6.7 MB of base64.
const fileFields = {
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().max(7_000_000).regex(/^[A-Za-z0-9+/=\s]*$/),
  speakerOptions,
};

export const previewTranscriptSchema = z.strictObject({
  ...fileFields,
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
  names: z.array(z.string().trim().min(2).max(80)).max(500).optional(),
});
export type PreviewTranscriptInput = z.infer<typeof previewTranscriptSchema>;

export const createTranscriptSchema = z.strictObject({
  ...fileFields,
  participantId: z.uuid(),
  language: z.enum(['nl', 'de', 'it', 'en']),
  interviewMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  replacements: z.array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), placeholder: z.string().regex(/^\[[A-Z]+(-\d+)?\]$/) })).max(5000),
  rememberTerms: z
    .array(z.strictObject({ text: z.string().trim().min(2).max(120), placeholder: z.string().regex(/^\[[A-Z]+(-\d+)?\]$/), kind: z.string().max(16) }))
    .max(500)
    .default([]),
});
export type CreateTranscriptInput = z.infer<typeof createTranscriptSchema>;

export const listTranscriptsSchema = z.strictObject({
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
  group: z.enum(['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist']).optional(),
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
  participantId: z.uuid().optional(),
});
export type ListTranscriptsQuery = z.infer<typeof listTranscriptsSchema>;
