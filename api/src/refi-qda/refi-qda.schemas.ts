import { z } from 'zod';

const LANGUAGES = ['nl', 'de', 'it', 'en'] as const;

// A .qdpx travels as base64 in JSON like transcript files; 24 MB of archive is at most 32 MB of base64.
export const QDPX_MAX_BASE64 = 32 * 1024 * 1024;
/** The body limit of the two upload routes (create-app.ts raises it for them). */
export const QDPX_BODY_LIMIT = QDPX_MAX_BASE64 + 64 * 1024;

const fileFields = {
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(QDPX_MAX_BASE64).regex(/^[A-Za-z0-9+/=\s]*$/),
};

export const previewQdpxSchema = z.strictObject({ ...fileFields });
export type PreviewQdpxInput = z.infer<typeof previewQdpxSchema>;

const replacement = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), placeholder: z.string().regex(/^\[[A-Z]+(-\d+)?\]$/) });

export const importQdpxSchema = z.strictObject({
  ...fileFields,
  /** The language of the file's code names, descriptions and notes. */
  language: z.enum(LANGUAGES),
  sources: z
    .array(
      z.strictObject({
        guid: z.string().trim().min(1).max(64),
        participantId: z.uuid(),
        language: z.enum(LANGUAGES),
        interviewMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        replacements: z.array(replacement).max(20_000).default([]),
      }),
    )
    .max(500),
});
export type ImportQdpxInput = z.infer<typeof importQdpxSchema>;

export const exportQdpxParamsSchema = z.strictObject({});
