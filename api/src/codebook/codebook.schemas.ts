import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) =>
  z.strictObject({ en: text(max).optional(), nl: text(max).optional(), de: text(max).optional(), it: text(max).optional() });

const codeFields = {
  parentId: z.uuid().nullable().optional(),
  name: localized(120),
  definition: localized(4000).optional(),
  inclusion: localized(4000).optional(),
  exclusion: localized(4000).optional(),
  example: localized(2000).optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  criterion: z.enum(['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway']).nullable().optional(),
  valence: z.enum(['positive', 'negative', 'conditional', 'neutral']).nullable().optional(),
  task: z.enum(['characterisation', 'molecular', 'infiltration', 'progression']).nullable().optional(),
};

export const createCodeSchema = z.strictObject({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,78}$/).optional(), ...codeFields });
export type CreateCodeInput = z.infer<typeof createCodeSchema>;

export const updateCodeSchema = z.strictObject({ revision: z.number().int().min(1), ...codeFields, name: localized(120).optional() });
export type UpdateCodeInput = z.infer<typeof updateCodeSchema>;

export const mergeCodeSchema = z.strictObject({ intoId: z.uuid(), revision: z.number().int().min(1) });
export type MergeCodeInput = z.infer<typeof mergeCodeSchema>;

export const splitCodeSchema = z.strictObject({
  revision: z.number().int().min(1),
  into: z.array(z.strictObject({ name: localized(120), definition: localized(4000).optional() })).min(2).max(10),
});
export type SplitCodeInput = z.infer<typeof splitCodeSchema>;

export const importQdcSchema = z.strictObject({ xml: z.string().min(10).max(5_000_000), language: z.enum(['en', 'nl', 'de', 'it']).default('en') });
export type ImportQdcInput = z.infer<typeof importQdcSchema>;
