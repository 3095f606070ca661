import { z } from 'zod';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';

const localizedText = z.strictObject({
  en: z.string().trim().min(1).max(300).optional(),
  nl: z.string().trim().min(1).max(300).optional(),
  de: z.string().trim().min(1).max(300).optional(),
  it: z.string().trim().min(1).max(300).optional(),
});

const consent = z.strictObject({
  version: z.string().trim().min(1).max(64),
  text: z.strictObject({
    en: z.string().max(20_000).optional(),
    nl: z.string().max(20_000).optional(),
    de: z.string().max(20_000).optional(),
    it: z.string().max(20_000).optional(),
  }),
});

/** The SurveyJS file travels as text, so that unparseable JSON can be reported, not just refused. */
export const importInstrumentSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  title: localizedText.optional(),
  targetGroups: z.array(z.enum(STAKEHOLDER_GROUPS)).min(1).max(5),
  definitionText: z.string().min(2).max(900_000),
  consent: consent.optional(),
});
export type ImportInstrumentInput = z.infer<typeof importInstrumentSchema>;

export const createDraftSchema = z.strictObject({
  definitionText: z.string().min(2).max(900_000).optional(),
});
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

export const updateDraftSchema = z.strictObject({
  definitionText: z.string().min(2).max(900_000).optional(),
  consent: consent.optional(),
  revision: z.number().int().min(1),
});
export type UpdateDraftInput = z.infer<typeof updateDraftSchema>;

export const translationImportSchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']),
  // CSV as text, XLSX as base64.
  content: z.string().min(1).max(1_200_000),
  revision: z.number().int().min(1),
});
export type TranslationImportInput = z.infer<typeof translationImportSchema>;
